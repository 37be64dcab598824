import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors.ts';
import { bpmn, definitions, loadError } from './fixture.ts';
import { loadDefinitions } from './load.ts';
import { guardXml } from './xml-guard.ts';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">&lol3;</process></definitions>`;

/** Runs `fn`, returning the ModelError it throws and how long it took. */
function refusal(fn: () => unknown): { error: ModelError; ms: number } {
  const started = performance.now();
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return { error, ms: performance.now() - started };
    throw error;
  }
  throw new Error('expected a ModelError');
}

describe('guardXml', () => {
  it('refuses a 50 MB document as model-too-large without scanning it', () => {
    const huge = `<a>${'x'.repeat(50 * 1024 * 1024)}</a>`;
    const { error, ms } = refusal(() => guardXml(huge));
    expect(error.code).toBe('model-too-large');
    expect(ms).toBeLessThan(1000);
  });

  it('counts the limit in UTF-8 bytes and lets callers configure it', () => {
    expect(() => guardXml('<a>ééé</a>', { maxBytes: 13 })).not.toThrow();
    expect(refusal(() => guardXml('<a>éééé</a>', { maxBytes: 13 })).error.code).toBe(
      'model-too-large',
    );
  });

  it('refuses a DOCTYPE with entity declarations (billion laughs) and names its line', () => {
    const { error } = refusal(() => guardXml(BILLION_LAUGHS));
    expect(error).toMatchObject({ code: 'doctype-not-allowed', details: { line: 2, column: 1 } });
  });

  it('refuses a bare ENTITY declaration too', () => {
    expect(refusal(() => guardXml('<a>\n<!ENTITY x "y">\n</a>')).error).toMatchObject({
      code: 'doctype-not-allowed',
      details: { line: 2 },
    });
  });

  it('refuses 10,000 levels of nesting at level 201, quickly and without recursion', () => {
    const deep = `<root>\n${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}\n</root>`;
    const { error, ms } = refusal(() => guardXml(deep));
    expect(error).toMatchObject({
      code: 'nesting-too-deep',
      details: { line: 2, column: 1 + 199 * 3 },
    });
    expect(ms).toBeLessThan(1000);
  });

  it('accepts nesting up to the limit, self-closing tags not counted', () => {
    expect(() => guardXml(`${'<a>'.repeat(200)}<b/>${'</a>'.repeat(200)}`)).not.toThrow();
    expect(() => guardXml(`${'<a>'.repeat(3)}${'</a>'.repeat(3)}`, { maxDepth: 2 })).toThrow(
      /nested deeper than 2/,
    );
  });

  it.each([
    ['a mismatched closing tag', '<a>\n  <b>\n</a>', 3, 1, /Expected <\/b> but found <\/a>/],
    ['an unclosed start tag', '<a>\n  <b>\n</b>', 1, 1, /<a> is never closed/],
    ['a tag cut off by another tag', '<a>\n  <b id="x"\n</a>', 2, 3, /never closed/],
    [
      'an unclosed attribute value',
      '<a>\n <b id="x/>\n</a>',
      2,
      8,
      /attribute value is never closed/,
    ],
    ['an unclosed comment', '<a>\n<!-- note\n</a>', 2, 1, /comment is never closed/],
    ['a closing tag without start tag', '<a/>\n</b>', 2, 1, /no matching start tag/],
    ['two root elements', '<a/>\n<b/>', 2, 1, /exactly one root element/],
    ['no root element at all', '   ', 1, 1, /no root element/],
  ])('reports %s as malformed-xml with line and column', (_, xml, line, column, message) => {
    const { error } = refusal(() => guardXml(xml));
    expect(error).toMatchObject({ code: 'malformed-xml', details: { line, column } });
    expect(error.message).toMatch(message);
    expect(error.details.problems).toEqual([
      expect.objectContaining({ code: 'malformed-xml', line, column }),
    ]);
  });

  it('skips comments, CDATA and attribute values that contain markup characters', () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- <x> -->\n<a title="1 > 0 and </b>"><![CDATA[ <not-a-tag> ]]><b/></a>\n';
    expect(() => guardXml(xml)).not.toThrow();
  });
});

describe('loadDefinitions safety', () => {
  it('runs the guard before the parser', async () => {
    expect((await loadError(BILLION_LAUGHS)).code).toBe('doctype-not-allowed');
    expect((await loadError(bpmn('<task id="a">'))).code).toBe('malformed-xml');
  });

  it('surfaces a parser-level syntax error with its line and column', async () => {
    // Well-balanced, but an undeclared prefix: only the XML parser can tell.
    const error = await loadError(definitions('<process id="p">\n  <x:task id="a"/>\n</process>'));
    expect(error).toMatchObject({ code: 'malformed-xml', details: { line: 4, column: 3 } });
    expect(error.message).toMatch(/missing namespace on <x:task>/);
  });

  it.each([
    [
      'an attribute without quotes',
      '<startEvent id="s" name=x/>',
      /missing attribute value quotes/,
    ],
    [
      'attributes without whitespace between them',
      '<startEvent id="s" name="a"title="b"/>',
      /illegal character after attribute end/,
    ],
    [
      'a repeated attribute',
      '<startEvent id="s" name="a" name="b"/>',
      /attribute <name> already defined/,
    ],
  ])('refuses %s as malformed-xml with its position', async (_, element, message) => {
    const error = await loadError(
      definitions(`<process id="p" isExecutable="true">\n${element}\n</process>`),
    );
    expect(error).toMatchObject({ code: 'malformed-xml', details: { line: 4, column: 1 } });
    expect(error.message).toMatch(message);
  });

  it('reads whitespace around = as the valid XML it is', async () => {
    const xml = bpmn('<startEvent id = "s" name =\t"Start"/>');
    const { graphs } = await loadDefinitions(xml);
    expect(graphs[0]?.nodes.s?.name).toBe('Start');
  });

  it('refuses a document whose root is not bpmn:definitions', async () => {
    expect((await loadError('<html><body/></html>')).code).toBe('not-bpmn');
  });

  it.each([
    [
      'a 50 MB file',
      () => bpmn(`<documentation>${'x'.repeat(50 * 1024 * 1024)}</documentation>`),
      'model-too-large',
    ],
    [
      '10,000 levels of nesting',
      () => bpmn(`${'<subProcess>'.repeat(10_000)}${'</subProcess>'.repeat(10_000)}`),
      'nesting-too-deep',
    ],
    ['an entity declaration', () => BILLION_LAUGHS, 'doctype-not-allowed'],
    [
      'malformed XML',
      () => bpmn('<startEvent id="s">\n<task id="t"/>\n</process>'),
      'malformed-xml',
    ],
    [
      'a flow to a missing element',
      () => bpmn('<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="gone"/>'),
      'missing-flow-target',
    ],
    [
      'a condition with a syntax error',
      () =>
        bpmn(
          '<startEvent id="s"/><endEvent id="e"/><sequenceFlow id="f" sourceRef="s" targetRef="e"><conditionExpression>${a ==}</conditionExpression></sequenceFlow>',
        ),
      'invalid-condition',
    ],
  ])('refuses %s with the right code, quickly', async (_, xml, code) => {
    const input = xml();
    const started = performance.now();
    const error = await loadError(input);
    const codes = [error.code, ...(error.details.problems ?? []).map((p) => p.code)];
    expect(codes).toContain(code);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('honours a configured size limit', async () => {
    expect((await loadError(bpmn('<startEvent id="s"/>'), { maxBytes: 100 })).code).toBe(
      'model-too-large',
    );
  });
});
