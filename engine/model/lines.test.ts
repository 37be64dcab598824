import { describe, expect, it } from 'vitest';
import { elementLines, positionAt } from './lines.ts';

describe('elementLines', () => {
  it('maps each id attribute to its 1-based line', () => {
    const xml =
      '<definitions id="d">\n  <process id="p">\n    <task\n      id=\'t1\' name="x"/>\n  </process>\n</definitions>';
    expect(Object.fromEntries(elementLines(xml))).toEqual({ d: 1, p: 2, t1: 4 });
  });

  it('ignores attributes that merely end in "id", keeps the first of duplicates, trims like xsd:ID', () => {
    const xml =
      '<a bpmnElement="x" processid="y">\n<b id="dup"/>\n<c id="dup"/>\n<d id=" spaced "/></a>';
    expect(Object.fromEntries(elementLines(xml))).toEqual({ dup: 2, spaced: 4 });
  });

  it('scans a large document in one pass', () => {
    const xml = Array.from({ length: 50_000 }, (_, i) => `<task id="t${i}"/>`).join('\n');
    const started = performance.now();
    const lines = elementLines(xml);
    expect(lines.get('t49999')).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('positionAt', () => {
  it('gives the line and column of an offset', () => {
    const xml = 'ab\ncd\nef';
    expect(positionAt(xml, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(xml, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(xml, 6)).toEqual({ line: 3, column: 1 });
  });
});
