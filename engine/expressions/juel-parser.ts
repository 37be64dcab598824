/**
 * Recursive-descent parser for Camunda 7 JUEL: composite text (`Hello ${name}!`) split into literal
 * parts and expression blocks, each block parsed to an AST. Precedence follows JSR-245 EL 2.2 §1.17:
 * `[] .` > unary `- ! not empty` > `* / div % mod` > `+ -` > `< > <= >=` > `== !=` > `&&` > `||` > `?:`.
 */
import { JuelSyntaxError, tokenizeBlock, type Token } from './juel-lexer.ts';

export { JuelSyntaxError } from './juel-lexer.ts';

/** Every node keeps its 0-based `[start, end)` range in the full source, for error messages. */
export type JuelNode = { start: number; end: number } & (
  | { type: 'literal'; value: null | boolean | number | string }
  | { type: 'identifier'; name: string }
  /** `nameAt` is where the property or method name starts, so errors can point at it. */
  | { type: 'property'; object: JuelNode; name: string; nameAt: number }
  | { type: 'index'; object: JuelNode; index: JuelNode }
  | { type: 'call'; object: JuelNode; method: string; nameAt: number; args: JuelNode[] }
  /** A bare call (`slaPolicy('phone-immediate')`): EL's functions, without a namespace. */
  | { type: 'function'; name: string; args: JuelNode[] }
  | { type: 'unary'; op: '-' | '!' | 'empty'; operand: JuelNode }
  | { type: 'binary'; op: string; left: JuelNode; right: JuelNode }
  | { type: 'conditional'; test: JuelNode; then: JuelNode; otherwise: JuelNode }
);

/** A parsed source: literal text parts and expression blocks, in order. */
export interface JuelTemplate {
  source: string;
  parts: (string | JuelNode)[];
}

/**
 * Parses a JUEL source, composite or not. Throws `JuelSyntaxError` naming the position.
 * A backslash before `${` or `#{` keeps it as text, as in EL.
 */
export function parseJuel(source: string): JuelTemplate {
  const parts: (string | JuelNode)[] = [];
  let text = '';
  let i = 0;
  let kind: string | undefined;
  while (i < source.length) {
    const c = source[i]!;
    const opens = (c === '$' || c === '#') && source[i + 1] === '{';
    if (c === '\\' && (source[i + 1] === '$' || source[i + 1] === '#') && source[i + 2] === '{') {
      text += source.slice(i + 1, i + 3);
      i += 3;
      continue;
    }
    if (!opens) {
      text += c;
      i++;
      continue;
    }
    // EL forbids mixing immediate `${` and deferred `#{` in one composite expression.
    if (kind && kind !== c)
      throw new JuelSyntaxError(`Cannot mix '\${' and '#{' in one expression`, i + 1, source);
    kind = c;
    if (text) parts.push(text);
    text = '';
    const { tokens, end } = tokenizeBlock(source, i + 2);
    parts.push(new Parser(source, tokens, i).parseBlock());
    i = end;
  }
  if (text) parts.push(text);
  return { source, parts };
}

class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly blockStart: number,
  ) {}

  parseBlock(): JuelNode {
    if (this.isOp('}')) this.fail('Empty expression', this.blockStart);
    const node = this.conditional();
    if (!this.isOp('}')) this.unexpected();
    return node;
  }

  private conditional(): JuelNode {
    const test = this.binary(0);
    if (!this.acceptOp('?')) return test;
    const then = this.conditional();
    this.expectOp(':');
    const otherwise = this.conditional();
    return { type: 'conditional', test, then, otherwise, start: test.start, end: otherwise.end };
  }

  // Binary levels from loosest to tightest; each is left-associative.
  private static readonly LEVELS = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  private binary(level: number): JuelNode {
    const ops = Parser.LEVELS[level];
    if (!ops) return this.unary();
    let left = this.binary(level + 1);
    for (let t = this.peek(); t.kind === 'op' && ops.includes(t.op); t = this.peek()) {
      this.at++;
      const right = this.binary(level + 1);
      left = { type: 'binary', op: t.op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(): JuelNode {
    const t = this.peek();
    if (t.kind === 'op' && (t.op === '-' || t.op === '!' || t.op === 'empty')) {
      this.at++;
      const operand = this.unary();
      return { type: 'unary', op: t.op, operand, start: t.start, end: operand.end };
    }
    return this.postfix(this.primary());
  }

  /** The arguments of a call, up to (not including) its closing parenthesis. */
  private args(): JuelNode[] {
    const args: JuelNode[] = [];
    if (!this.isOp(')')) {
      do args.push(this.conditional());
      while (this.acceptOp(','));
    }
    return args;
  }

  private postfix(node: JuelNode): JuelNode {
    for (;;) {
      if (this.acceptOp('.')) {
        const name = this.next();
        if (name.kind !== 'name') return this.unexpected(name, 'a property or method name');
        if (!this.acceptOp('(')) {
          node = {
            type: 'property',
            object: node,
            name: name.text,
            nameAt: name.start,
            start: node.start,
            end: name.end,
          };
          continue;
        }
        const args = this.args();
        const close = this.expectOp(')');
        node = {
          type: 'call',
          object: node,
          method: name.text,
          nameAt: name.start,
          args,
          start: node.start,
          end: close.end,
        };
      } else if (this.acceptOp('[')) {
        const index = this.conditional();
        const close = this.expectOp(']');
        node = { type: 'index', object: node, index, start: node.start, end: close.end };
      } else {
        return node;
      }
    }
  }

  private primary(): JuelNode {
    const t = this.next();
    const { start, end } = t;
    switch (t.kind) {
      case 'number':
      case 'string':
      case 'literal':
        return { type: 'literal', value: t.value, start, end };
      case 'name':
        if (this.acceptOp('(')) {
          const args = this.args();
          return { type: 'function', name: t.text, args, start, end: this.expectOp(')').end };
        }
        return { type: 'identifier', name: t.text, start, end };
      case 'op':
        if (t.op === '(') {
          const inner = this.conditional();
          this.expectOp(')');
          return inner;
        }
    }
    return this.unexpected(t, 'an operand');
  }

  private peek(): Token {
    // The lexer always ends a block with `}`, so the last token is a safe sentinel.
    return this.tokens[this.at] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (this.at < this.tokens.length - 1) this.at++;
    return t;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.op === op;
  }

  private acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.at++;
    return true;
  }

  private expectOp(op: string): Token {
    const t = this.peek();
    if (t.kind !== 'op' || t.op !== op) return this.unexpected(t, `'${op}'`);
    this.at++;
    return t;
  }

  private unexpected(t: Token = this.peek(), expected?: string): never {
    const found = t.kind === 'op' && t.op === '}' ? "end of expression '}'" : `'${t.text}'`;
    return this.fail(
      expected ? `Expected ${expected} but found ${found}` : `Unexpected ${found}`,
      t.start,
    );
  }

  private fail(detail: string, at: number): never {
    throw new JuelSyntaxError(detail, at + 1, this.source);
  }
}
