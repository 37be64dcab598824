/**
 * Tokenizer for the body of one JUEL `${...}` / `#{...}` block (JSR-245 EL, the subset Camunda 7 uses).
 * It starts right after the opening brace and stops at the closing `}`, so the composite-text
 * scanner in `juel-parser.ts` never has to guess where a block ends (a `}` inside a string literal
 * does not close it).
 */

/** A syntax problem, with the 1-based character position in the full source. */
export class JuelSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly position: number,
    readonly source: string,
  ) {
    super(`${detail} at position ${position} in '${source}'`);
    this.name = 'JuelSyntaxError';
  }
}

export type Token =
  | { kind: 'number'; value: number; text: string; start: number; end: number }
  | { kind: 'string'; value: string; text: string; start: number; end: number }
  | { kind: 'literal'; value: boolean | null; text: string; start: number; end: number }
  | { kind: 'name'; text: string; start: number; end: number }
  /** Punctuation and operators; word forms (`eq`, `and`, `div`...) are normalized to their symbol in `op`. */
  | { kind: 'op'; op: string; text: string; start: number; end: number };

// EL keywords: word operators map to the symbol the parser understands.
const WORD_OPS = new Map([
  ['and', '&&'],
  ['or', '||'],
  ['not', '!'],
  ['eq', '=='],
  ['ne', '!='],
  ['lt', '<'],
  ['gt', '>'],
  ['le', '<='],
  ['ge', '>='],
  ['div', '/'],
  ['mod', '%'],
  ['empty', 'empty'],
]);
const WORD_LITERALS = new Map<string, boolean | null>([
  ['true', true],
  ['false', false],
  ['null', null],
]);
const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHAR_OPS = new Set([
  '<',
  '>',
  '!',
  '+',
  '-',
  '*',
  '/',
  '%',
  '?',
  ':',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '}',
]);
const NUMBER = /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_$][A-Za-z0-9_$]*/y;

/**
 * Tokenizes from `start` (just after `${`) up to and including the closing `}`.
 * Returns the tokens (the last one is the `}` op) and the index just after the `}`.
 */
export function tokenizeBlock(source: string, start: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let i = start;
  const fail = (detail: string, at: number): never => {
    throw new JuelSyntaxError(detail, at + 1, source);
  };
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const { value, end } = readString(source, i, fail);
      tokens.push({ kind: 'string', value, text: source.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(source);
    if (num) {
      const end = i + num[0].length;
      tokens.push({ kind: 'number', value: Number(num[0]), text: num[0], start: i, end });
      i = end;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(source);
    if (name) {
      const text = name[0];
      const end = i + text.length;
      const op = WORD_OPS.get(text);
      if (op) tokens.push({ kind: 'op', op, text, start: i, end });
      else if (WORD_LITERALS.has(text))
        tokens.push({ kind: 'literal', value: WORD_LITERALS.get(text)!, text, start: i, end });
      else if (text === 'instanceof') fail("'instanceof' is not supported", i);
      else tokens.push({ kind: 'name', text, start: i, end });
      i = end;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', op: two, text: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ kind: 'op', op: c, text: c, start: i, end: i + 1 });
      i++;
      if (c === '}') return { tokens, end: i };
      continue;
    }
    // `=` alone would be EL 3 assignment, `&`/`|` alone are typos of `&&`/`||`: name them plainly.
    fail(`Unexpected character '${c}'`, i);
  }
  return fail(`Missing '}' to close the expression opened`, start - 2);
}

/** Reads a quoted EL string literal; EL knows only the escapes `\\`, `\'` and `\"`. */
function readString(
  source: string,
  start: number,
  fail: (detail: string, at: number) => never,
): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i]!;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\\') {
      const next = source[i + 1];
      if (next !== '\\' && next !== "'" && next !== '"')
        fail(`Invalid escape '\\${next ?? ''}' in string literal`, i);
      value += next;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return fail('Unterminated string literal', start);
}
