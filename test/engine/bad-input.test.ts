import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t">
  <bpmn:process id="customer-request" isExecutable="true">
${body}
  </bpmn:process>
</bpmn:definitions>`;

const badInputs: [string, () => string, string, Record<string, unknown>?][] = [
  [
    'malformed XML',
    () => wrap('<bpmn:startEvent id="start">'),
    'malformed-xml',
    { line: expect.any(Number) },
  ],
  ['a 50 MB file', () => wrap(`<!-- ${'x'.repeat(50 * 1024 * 1024)} -->`), 'model-too-large'],
  [
    '10,000-deep nesting',
    () => wrap(`${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`),
    'nesting-too-deep',
    { line: expect.any(Number) },
  ],
  [
    'entity declarations',
    () =>
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${wrap('<bpmn:startEvent id="s" />')}`,
    'doctype-not-allowed',
  ],
  [
    'a flow to a missing element',
    () =>
      wrap(
        '<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="to-nowhere" sourceRef="start" targetRef="nowhere" />',
      ),
    'invalid-model',
    { elementId: 'to-nowhere', line: 4 },
  ],
  [
    'a condition with a syntax error',
    () =>
      wrap(`<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="broken" sourceRef="start" targetRef="end">
  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${amount &gt;}</bpmn:conditionExpression></bpmn:sequenceFlow><bpmn:endEvent id="end" />`),
    'invalid-model',
    { elementId: 'broken' },
  ],
];

describe('bad input', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  it.each(badInputs)(
    'refuses %s with a clear error and leaves what is stored untouched',
    async (_what, makeXml, code, details = {}) => {
      const running = await t.engine.start('customer-request');
      const definitionsBefore = await t.engine.listDefinitions({ latestOnly: false });
      const started = performance.now();
      const error = await t.engine
        .deploy({ name: 'bad.bpmn', xml: makeXml() })
        .catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(error).toBeInstanceOf(ModelError);
      const modelError = error as ModelError;
      expect(modelError.code).toBe(code);
      expect(modelError.message.length).toBeGreaterThan(10);
      if (code === 'invalid-model')
        expect(modelError.details.problems?.[0]).toMatchObject({ severity: 'error', ...details });
      else expect(modelError.details).toMatchObject(details);
      expect(await t.engine.listDefinitions({ latestOnly: false })).toEqual(definitionsBefore);
      expect(await t.engine.getInstance(running.id)).toMatchObject({
        status: 'active',
        activeElements: ['classify-request'],
      });
    },
  );
});
