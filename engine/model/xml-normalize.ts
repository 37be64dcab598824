import type { ProblemCollector } from './problems.ts';

/**
 * Rewrites two valid XML forms that bpmn-moddle's parser (saxen) mishandles, before it sees
 * them. Runs after xml-guard, so tags are known to be well-formed. Only spaces and tabs are
 * removed, never newlines, so every line number stays true.
 *
 * - Whitespace around `=` (`source ="x"`) is legal XML, but saxen then drops all attributes.
 * - An id with surrounding whitespace (`id="flow4 "`) is legal too: XML Schema collapses
 *   whitespace in `xsd:ID`, and Camunda reads it as `flow4`. moddle drops the element instead.
 */
export function normalizeXml(xml: string, problems: ProblemCollector): string {
  const parts: string[] = [];
  let copied = 0;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const end = constructEnd(xml, i);
    if (end === -1) break;
    const c = xml.charCodeAt(i + 1);
    // Only start tags carry attributes: skip </close>, <!-- -->, <![CDATA[ ]]> and <? ?>.
    if (c !== 47 && c !== 33 && c !== 63) {
      const tag = xml.slice(i, end + 1);
      const fixed = fixAttributes(tag, problems);
      if (fixed !== tag) {
        parts.push(xml.slice(copied, i), fixed);
        copied = end + 1;
      }
    }
    i = xml.indexOf('<', end + 1);
  }
  return copied === 0 ? xml : parts.join('') + xml.slice(copied);
}

/** Offset of the last character of the markup construct starting at `start`. */
function constructEnd(xml: string, start: number): number {
  if (xml.startsWith('<!--', start)) return endOf(xml, start, '-->');
  if (xml.startsWith('<![CDATA[', start)) return endOf(xml, start, ']]>');
  if (xml.startsWith('<?', start)) return endOf(xml, start, '?>');
  for (let k = start + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (c === 34 || c === 39) {
      k = xml.indexOf(c === 34 ? '"' : "'", k + 1);
      if (k === -1) return -1;
    } else if (c === 62) {
      return k;
    }
  }
  return -1;
}

function endOf(xml: string, start: number, terminator: string): number {
  const at = xml.indexOf(terminator, start);
  return at === -1 ? -1 : at + terminator.length - 1;
}

const ATTRIBUTE = /([^\s=/<>"']+)([ \t]*)=([ \t]*)("[^"]*"|'[^']*')/g;

function fixAttributes(tag: string, problems: ProblemCollector): string {
  if (!/[ \t]=|=[ \t]|\sid=["'][ \t]|\sid=["'][^"']*[ \t]["']/.test(tag)) return tag;
  return tag.replace(
    ATTRIBUTE,
    (whole, name: string, before: string, after: string, quoted: string) => {
      let value = quoted;
      if (name === 'id') {
        const quote = quoted.charAt(0);
        const inner = quoted.slice(1, -1);
        const trimmed = inner.replace(/^[ \t]+|[ \t]+$/g, '');
        if (trimmed !== inner) {
          problems.warn(
            'id-whitespace',
            `The id '${inner}' has surrounding whitespace; it is read as '${trimmed}'`,
            trimmed,
          );
          value = `${quote}${trimmed}${quote}`;
        }
      }
      return before || after || value !== quoted ? `${name}=${value}` : whole;
    },
  );
}
