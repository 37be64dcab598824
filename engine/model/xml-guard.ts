import { ModelError } from '../errors.ts';
import { positionAt } from './lines.ts';

/**
 * Safety checks on raw XML, run before bpmn-moddle sees it. A deployment is untrusted input:
 * this pass is one linear scan with a bounded stack, so no input can make the loader hang,
 * expand entities or overflow the call stack.
 */

export interface XmlGuardOptions {
  /** Largest accepted document, in UTF-8 bytes. Default 10 MB. */
  maxBytes?: number;
  /** Deepest accepted element nesting. Default 200. */
  maxDepth?: number;
  /** Most processes in one file. Default 50. */
  maxProcesses?: number;
  /** Most elements in one file. Default 20,000. */
  maxElements?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 200;
/** A deployment is parsed and compiled in one go: these bound how long that holds the server. */
export const DEFAULT_MAX_PROCESSES = 50;
export const DEFAULT_MAX_ELEMENTS = 20_000;

/** XML name start characters, loosely: ASCII letters, `_`, `:` and anything non-ASCII. */
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

interface OpenTag {
  name: string;
  offset: number;
}

/**
 * Refuses input that is too large, declares a DOCTYPE or entities, nests too deeply, holds too
 * many processes or elements, or is not well-formed (unbalanced tags, unclosed comments,
 * attributes or tags). Throws a `ModelError` with code `model-too-large`, `doctype-not-allowed`,
 * `nesting-too-deep`, `too-many-processes`, `too-many-elements` or `malformed-xml`, with the
 * line and column of the offending spot.
 */
export function guardXml(xml: string, options: XmlGuardOptions = {}): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxProcesses = options.maxProcesses ?? DEFAULT_MAX_PROCESSES;
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  let processes = 0;
  let elements = 0;
  // Characters never outnumber UTF-8 bytes, so the exact count is only needed near the limit.
  const bytes =
    xml.length > maxBytes
      ? xml.length
      : xml.length * 3 > maxBytes
        ? Buffer.byteLength(xml, 'utf8')
        : 0;
  if (bytes > maxBytes) {
    throw refuse(xml, 'model-too-large', `The model is larger than the limit of ${maxBytes} bytes`);
  }

  const stack: OpenTag[] = [];
  let rootClosed = false;
  let i = xml.indexOf('<');
  while (i !== -1) {
    if (xml.startsWith('<!--', i)) {
      i = skipPast(xml, i, '-->', 'The comment is never closed');
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      i = skipPast(xml, i, ']]>', 'The CDATA section is never closed');
      continue;
    }
    if (xml.charCodeAt(i + 1) === 33 /* ! */) {
      // DOCTYPE, ENTITY, ELEMENT...: entity expansion ("billion laughs") and external entities live here.
      throw refuse(
        xml,
        'doctype-not-allowed',
        'DOCTYPE and entity declarations are not allowed in a model',
        i,
      );
    }
    if (xml.charCodeAt(i + 1) === 63 /* ? */) {
      i = skipPast(xml, i, '?>', 'The processing instruction is never closed');
      continue;
    }

    const closing = xml.charCodeAt(i + 1) === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    const end = tagEnd(xml, i, nameStart);
    const name = readName(xml, nameStart, end);
    if (!name || !NAME_START.test(name.charAt(0))) throw malformed(xml, 'Invalid tag name', i);

    if (closing) {
      const open = stack.pop();
      if (!open) throw malformed(xml, `Closing tag </${name}> has no matching start tag`, i);
      if (open.name !== name)
        throw malformed(xml, `Expected </${open.name}> but found </${name}>`, i);
      if (stack.length === 0) rootClosed = true;
      i = xml.indexOf('<', end + 1);
      continue;
    }
    elements++;
    if (stack.length === 1 && localName(name) === 'process') processes++;
    if (elements > maxElements)
      throw refuse(xml, 'too-many-elements', `The model has more than ${maxElements} elements`, i);
    if (processes > maxProcesses)
      throw refuse(
        xml,
        'too-many-processes',
        `The model has more than ${maxProcesses} processes; deploy them in several files`,
        i,
      );
    if (xml.charCodeAt(end - 1) !== 47 /* self-closing */) {
      if (rootClosed) throw malformed(xml, 'A document has exactly one root element', i);
      stack.push({ name, offset: i });
      if (stack.length > maxDepth) {
        throw refuse(
          xml,
          'nesting-too-deep',
          `Elements are nested deeper than ${maxDepth} levels`,
          i,
        );
      }
    } else if (stack.length === 0) {
      if (rootClosed) throw malformed(xml, 'A document has exactly one root element', i);
      rootClosed = true;
    }
    i = xml.indexOf('<', end + 1);
  }

  const unclosed = stack.at(-1);
  if (unclosed)
    throw malformed(xml, `Start tag <${unclosed.name}> is never closed`, unclosed.offset);
  if (!rootClosed) throw malformed(xml, 'The document has no root element', 0);
}

/** Offset of the next `<` after `terminator`, or -1; throws when the terminator is missing. */
function skipPast(xml: string, start: number, terminator: string, message: string): number {
  const end = xml.indexOf(terminator, start + 2);
  if (end === -1) throw malformed(xml, message, start);
  return xml.indexOf('<', end + terminator.length);
}

/** Offset of the `>` closing the tag at `start`, skipping quoted attribute values. */
function tagEnd(xml: string, start: number, from: number): number {
  for (let k = from; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", k + 1);
      if (close === -1) throw malformed(xml, 'An attribute value is never closed', k);
      k = close;
    } else if (c === 62 /* > */) {
      return k;
    } else if (c === 60 /* < */) {
      throw malformed(xml, 'The tag is never closed', start);
    }
  }
  throw malformed(xml, 'The tag is never closed', start);
}

/** `bpmn:process` → `process`. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function readName(xml: string, from: number, end: number): string {
  let k = from;
  while (k < end) {
    const c = xml.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 /* / */) break;
    k++;
  }
  return xml.slice(from, k);
}

function malformed(xml: string, message: string, offset: number): ModelError {
  return refuse(xml, 'malformed-xml', message, offset);
}

function refuse(xml: string, code: string, message: string, offset?: number): ModelError {
  const where = offset === undefined ? undefined : positionAt(xml, offset);
  const text = where ? `${message} (line ${where.line}, column ${where.column})` : message;
  const problem = { severity: 'error' as const, code, message: text, ...where };
  return new ModelError(code, text, { ...where, problems: [problem] });
}
