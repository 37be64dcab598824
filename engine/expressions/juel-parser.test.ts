import { describe, expect, it } from 'vitest';
import { JuelSyntaxError, parseJuel, type JuelNode } from './juel-parser.ts';

/** The single expression block of a source. */
const block = (source: string): JuelNode => {
  const [part] = parseJuel(source).parts;
  if (typeof part !== 'object') throw new Error('no expression block');
  return part;
};

/** A compact rendering of the AST, to assert precedence without spelling out positions. */
const show = (n: JuelNode): string => {
  switch (n.type) {
    case 'literal':
      return JSON.stringify(n.value);
    case 'identifier':
      return n.name;
    case 'property':
      return `${show(n.object)}.${n.name}`;
    case 'index':
      return `${show(n.object)}[${show(n.index)}]`;
    case 'call':
      return `${show(n.object)}.${n.method}(${n.args.map(show).join(', ')})`;
    case 'function':
      return `${n.name}(${n.args.map(show).join(', ')})`;
    case 'unary':
      return `(${n.op} ${show(n.operand)})`;
    case 'binary':
      return `(${show(n.left)} ${n.op} ${show(n.right)})`;
    case 'conditional':
      return `(${show(n.test)} ? ${show(n.then)} : ${show(n.otherwise)})`;
  }
};

const syntaxError = (source: string): JuelSyntaxError => {
  try {
    parseJuel(source);
  } catch (error) {
    if (error instanceof JuelSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
};

describe('parseJuel', () => {
  it('reads number, string, boolean and null literals', () => {
    expect(show(block('${12}'))).toBe('12');
    expect(show(block('${1.5e2}'))).toBe('150');
    expect(show(block("${'it\\'s'}"))).toBe('"it\'s"');
    expect(show(block('${"say \\"hi\\""}'))).toBe('"say \\"hi\\""');
    expect(show(block('${true}'))).toBe('true');
    expect(show(block('${null}'))).toBe('null');
  });

  it('binds multiplication tighter than addition, and comparison tighter than and/or', () => {
    expect(show(block('${a + b * c}'))).toBe('(a + (b * c))');
    expect(show(block('${a - b - c}'))).toBe('((a - b) - c)');
    expect(show(block('${a < b && c == d || e}'))).toBe('(((a < b) && (c == d)) || e)');
    expect(show(block('${(a + b) * c}'))).toBe('((a + b) * c)');
  });

  it('normalizes word operators to their symbols', () => {
    expect(show(block('${a eq b and c ne d or not e}'))).toBe('(((a == b) && (c != d)) || (! e))');
    expect(show(block('${a lt b}'))).toBe('(a < b)');
    expect(show(block('${a ge b}'))).toBe('(a >= b)');
    expect(show(block('${a div b mod c}'))).toBe('((a / b) % c)');
  });

  it('parses unary operators, empty and the ternary', () => {
    expect(show(block('${-a + 1}'))).toBe('((- a) + 1)');
    expect(show(block('${empty list ? 1 : 2}'))).toBe('((empty list) ? 1 : 2)');
    expect(show(block('${a ? b : c ? d : e}'))).toBe('(a ? b : (c ? d : e))');
  });

  it('parses property access, indexes and method calls left to right', () => {
    expect(show(block("${order.items[0]['sku'].toUpperCase()}"))).toBe(
      'order.items[0]["sku"].toUpperCase()',
    );
    expect(show(block("${execution.getVariable('x', 1)}"))).toBe('execution.getVariable("x", 1)');
  });

  it('splits composite text into literal parts and blocks, with \\${ as an escape', () => {
    const { parts } = parseJuel('Hello ${name}, you owe ${amount}! \\${not} #x');
    expect(parts.map((p) => (typeof p === 'string' ? p : show(p)))).toEqual([
      'Hello ',
      'name',
      ', you owe ',
      'amount',
      '! ${not} #x',
    ]);
  });

  it('does not end a block at a brace inside a string literal', () => {
    expect(show(block("${'}' == x}"))).toBe('("}" == x)');
  });

  it('reports syntax errors with the 1-based position', () => {
    expect(syntaxError('${a +}').message).toBe(
      "Expected an operand but found end of expression '}' at position 6 in '${a +}'",
    );
    expect(syntaxError('x ${a b}').position).toBe(7);
    expect(syntaxError('${a = 1}').message).toContain("Unexpected character '='");
    expect(syntaxError('${(a}').message).toContain("Expected ')'");
    expect(syntaxError('${}').message).toContain('Empty expression');
  });

  it('reports unclosed blocks, unterminated strings and bad escapes', () => {
    expect(syntaxError('Hi ${name').message).toBe(
      "Missing '}' to close the expression opened at position 4 in 'Hi ${name'",
    );
    expect(syntaxError("${'abc}").message).toContain('Unterminated string literal at position 3');
    expect(syntaxError("${'a\\n'}").message).toContain("Invalid escape '\\n'");
  });

  it('parses a bare function call, and refuses instanceof and mixing ${ with #{', () => {
    expect(show(block("${slaPolicy(channel, 'resolution')}"))).toBe(
      'slaPolicy(channel, "resolution")',
    );
    expect(syntaxError('${a instanceof b}').message).toContain("'instanceof' is not supported");
    expect(syntaxError('${a} #{b}').message).toContain("Cannot mix '${' and '#{'");
  });
});
