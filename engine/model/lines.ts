/**
 * Source positions for diagram elements. bpmn-moddle drops positions once it has built its
 * tree, so we scan the raw XML ourselves: cheap, linear, and good enough to point an author
 * at the right line.
 */

/** A 1-based position in the XML text. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** `id="..."` or `id='...'` preceded by whitespace, so `bpmnElement="..."` does not match. */
const ID_ATTRIBUTE = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Maps every `id` attribute in the XML to the 1-based line it sits on, in a single pass.
 * The first occurrence of an id wins; duplicates are reported by the parser.
 *
 * @example
 * elementLines('<a>\n  <task id="t1"/>\n</a>').get('t1') // 2
 */
export function elementLines(xml: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let scanned = 0;
  ID_ATTRIBUTE.lastIndex = 0;
  for (let match = ID_ATTRIBUTE.exec(xml); match; match = ID_ATTRIBUTE.exec(xml)) {
    line += countNewlines(xml, scanned, match.index + 1);
    scanned = match.index + 1;
    // Trimmed like XML Schema's xsd:ID; see xml-normalize.ts.
    const id = (match[1] ?? match[2] ?? '').trim();
    if (id && !lines.has(id)) lines.set(id, line);
  }
  return lines;
}

/**
 * The 1-based line and column of a character offset. Linear in the offset; meant for the one
 * position an error report needs, not for loops.
 */
export function positionAt(xml: string, offset: number): SourcePosition {
  const end = Math.min(Math.max(offset, 0), xml.length);
  const line = 1 + countNewlines(xml, 0, end);
  const lineStart = xml.lastIndexOf('\n', end - 1) + 1;
  return { line, column: end - lineStart + 1 };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
