import { describe, expect, it } from 'vitest';
import type { ExpressionContext } from './evaluate.ts';
import { JuelEvaluationError, JuelSyntaxError, compileJuel, evaluateJuel } from './juel.ts';

const variables: Record<string, unknown> = {
  amount: 150,
  count: 3,
  zero: 0,
  numeric: '42',
  name: 'Ann',
  blank: '',
  flag: true,
  yes: 'TRUE',
  nothing: null,
  items: [1, 2, 3],
  none: [],
  order: { total: 99.5, customer: { name: 'Bob' }, empty: {}, missing: null },
};

const context: ExpressionContext = {
  lookup: (name) =>
    Object.hasOwn(variables, name) ? { found: true, value: variables[name] } : { found: false },
  lookupLocal: (name) => (name === 'local' ? { found: true, value: 'here' } : { found: false }),
  instanceId: 'instance-1',
  businessKey: 'order-42',
  activityId: 'approve-order',
};

const run = (source: string, ctx: ExpressionContext = context) =>
  evaluateJuel(compileJuel(source), ctx);
const failure = (source: string): string => {
  try {
    run(source);
  } catch (error) {
    if (error instanceof JuelEvaluationError) return error.message;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
};

describe('evaluateJuel', () => {
  it('keeps the type of a single ${...} and returns a string for composite text', () => {
    expect(run('${amount}')).toBe(150);
    expect(run('${flag}')).toBe(true);
    expect(run('${items}')).toEqual([1, 2, 3]);
    expect(run('#{amount}')).toBe(150);
    expect(run('Hello ${name}, total ${order.total} ${nothing}!')).toBe('Hello Ann, total 99.5 !');
    expect(run(' ${amount}')).toBe(' 150');
    expect(run('plain text')).toBe('plain text');
  });

  it('does arithmetic with + - * / % div mod and unary minus', () => {
    expect(run('${amount + 10}')).toBe(160);
    expect(run('${amount - 50}')).toBe(100);
    expect(run('${count * 2}')).toBe(6);
    expect(run('${count / 2}')).toBe(1.5);
    expect(run('${count div 3}')).toBe(1);
    expect(run('${count % 2}')).toBe(1);
    expect(run('${count mod 2}')).toBe(1);
    expect(run('${-count}')).toBe(-3);
    expect(run('${-zero}')).toBe(0);
    expect(Object.is(run('${-zero}'), -0)).toBe(false);
  });

  it('coerces numeric strings and null in arithmetic, and refuses other strings', () => {
    expect(run('${numeric + 1}')).toBe(43);
    expect(run("${'1' + '2'}")).toBe(3);
    expect(run('${nothing + 1}')).toBe(1);
    expect(run('${nothing + nothing}')).toBe(0);
    expect(failure("${name + '!'}")).toMatch(/Cannot coerce string to number .*concatenate/);
    expect(failure('${flag + 1}')).toBe('Cannot coerce boolean to number');
    expect(failure('${name * 2}')).toBe('Cannot coerce string to number');
  });

  it('refuses division and modulo by zero', () => {
    expect(failure('${count / zero}')).toBe('Division by zero');
    expect(failure('${count % 0}')).toBe('Division by zero');
  });

  it('compares with == != and eq ne, coercing a numeric string against a number', () => {
    expect(run('${numeric == 42}')).toBe(true);
    expect(run('${numeric eq 42.0}')).toBe(true);
    expect(run("${amount != '150'}")).toBe(false);
    expect(run("${name ne 'Bob'}")).toBe(true);
    expect(run('${yes == true}')).toBe(true);
    expect(run('${nothing == null}')).toBe(true);
    expect(run('${amount == null}')).toBe(false);
    expect(run('${items == items}')).toBe(true);
    expect(failure('${name == 1}')).toBe('Cannot coerce string to number');
  });

  it('orders with < > <= >= and lt gt le ge', () => {
    expect(run('${amount > 100}')).toBe(true);
    expect(run('${amount gt 200}')).toBe(false);
    expect(run('${amount < 200}')).toBe(true);
    expect(run('${amount lt 100}')).toBe(false);
    expect(run('${amount >= 150}')).toBe(true);
    expect(run('${amount ge 151}')).toBe(false);
    expect(run('${amount <= 150}')).toBe(true);
    expect(run('${amount le 149}')).toBe(false);
    expect(run("${'10' < 9}")).toBe(false);
    expect(run("${'abc' < 'abd'}")).toBe(true);
    expect(run('${nothing < 1}')).toBe(false);
    expect(failure('${items < 1}')).toBe('Cannot coerce list to number');
    expect(failure("${flag < 'x'}")).toBe('Cannot compare boolean with string');
  });

  it('combines with && || ! and and or not, short-circuiting', () => {
    expect(run('${flag && amount > 100}')).toBe(true);
    expect(run('${flag and zero > 1}')).toBe(false);
    expect(run('${zero > 1 || flag}')).toBe(true);
    expect(run('${zero > 1 or zero > 2}')).toBe(false);
    expect(run('${!flag}')).toBe(false);
    expect(run('${not nothing}')).toBe(true);
    expect(run("${yes && 'false' == false}")).toBe(true);
    // The right side would fail on the null customer: short-circuit must skip it.
    expect(run('${order.missing != null && order.missing.name == "x"}')).toBe(false);
    expect(run('${flag || undefinedVariable}')).toBe(true);
    expect(failure('${items && flag}')).toBe('Cannot coerce list to boolean');
  });

  it('evaluates empty and the ternary', () => {
    expect(run('${empty nothing}')).toBe(true);
    expect(run('${empty blank}')).toBe(true);
    expect(run('${empty none}')).toBe(true);
    expect(run("${empty order['empty']}")).toBe(true);
    expect(run('${empty items}')).toBe(false);
    expect(run('${not empty name}')).toBe(true);
    expect(run("${amount > 100 ? 'big' : 'small'}")).toBe('big');
    expect(run("${zero > 0 ? 'big' : 'small'}")).toBe('small');
  });

  it('reads map properties, list indexes and bracket keys', () => {
    expect(run('${order.customer.name}')).toBe('Bob');
    expect(run("${order['customer']['name']}")).toBe('Bob');
    expect(run('${items[0] + items[2]}')).toBe(4);
    expect(run("${items['1']}")).toBe(2);
    expect(run('${items[7]}')).toBe(null);
    expect(run('${order.unknownKey}')).toBe(null);
  });

  it('fails on an unknown top-level variable with Camunda wording', () => {
    expect(failure('${missing > 1}')).toBe(
      "Unknown property used in expression: Cannot resolve identifier 'missing'",
    );
    expect(failure('Hi ${missing}')).toContain("'missing'");
  });

  it('reads a property of null as null, as EL does, and fails on wrong types', () => {
    expect(run('${order.missing.name}')).toBeNull();
    expect(run('${nothing[0]}')).toBeNull();
    expect(failure('${name.length}')).toBe("Cannot read 'length' of string 'name'");
    expect(failure('${items[0.5]}')).toBe('List index must be an integer, got number');
  });

  it('answers the allowlisted execution methods and properties', () => {
    expect(run("${execution.getVariable('amount')}")).toBe(150);
    expect(run("${execution.getVariable('missing')}")).toBe(null);
    expect(run("${execution.hasVariable('amount')}")).toBe(true);
    expect(run("${execution.hasVariable('missing')}")).toBe(false);
    expect(run("${execution.getVariableLocal('local')}")).toBe('here');
    expect(run("${execution.getVariableLocal('amount')}")).toBe(null);
    expect(run('${execution.getProcessInstanceId()}')).toBe('instance-1');
    expect(run('${execution.getBusinessKey()}')).toBe('order-42');
    expect(run('${execution.processBusinessKey}')).toBe('order-42');
    expect(run('${execution.getCurrentActivityId()}')).toBe('approve-order');
    expect(run('${execution.processInstanceId}')).toBe('instance-1');
    expect(run('${execution.getBusinessKey()}', { lookup: () => ({ found: false }) })).toBe(null);
  });

  it('answers the allowlisted string and list methods', () => {
    expect(run("${name.equals('Ann')}")).toBe(true);
    expect(run('${numeric.equals(42)}')).toBe(false);
    expect(run("${name.contains('n')}")).toBe(true);
    expect(run("${name.startsWith('A')}")).toBe(true);
    expect(run("${name.endsWith('x')}")).toBe(false);
    expect(run('${name.toUpperCase()}')).toBe('ANN');
    expect(run('${name.toLowerCase()}')).toBe('ann');
    expect(run('${name.length()}')).toBe(3);
    expect(run('${name.size()}')).toBe(3);
    expect(run('${blank.isEmpty()}')).toBe(true);
    expect(run('${items.size()}')).toBe(3);
    expect(run('${items.contains(2)}')).toBe(true);
    expect(run("${items.contains('2')}")).toBe(false);
    expect(run('${none.isEmpty()}')).toBe(true);
  });

  it('refuses methods on the wrong receiver and wrong argument counts at run time', () => {
    expect(failure('${items.toUpperCase()}')).toBe(
      "Method 'toUpperCase' is not allowed on list 'items'",
    );
    expect(failure('${amount.equals(1)}')).toBe(
      "Method 'equals' is not allowed on number 'amount'",
    );
    expect(failure("${execution.contains('x')}")).toBe(
      "Method 'contains' is not allowed on execution 'execution'",
    );
    expect(failure('${name.contains()}')).toBe("Method 'contains' takes 1 argument(s), got 0");
    expect(failure('${nothing.size()}')).toBe("Cannot call 'size' on null: 'nothing' is null");
    expect(failure('${execution}')).toBe("'execution' cannot be used as a value");
    expect(failure('${execution.id}')).toBe("Unknown property 'id' of execution");
  });
});

describe('compileJuel security', () => {
  const refusal = (source: string): string => {
    try {
      compileJuel(source);
    } catch (error) {
      if (error instanceof JuelSyntaxError) return error.message;
      throw error;
    }
    throw new Error(`expected ${source} to be refused`);
  };

  it('refuses methods outside the allowlist before anything runs', () => {
    expect(refusal('${execution.getClass()}')).toMatch(
      /^Method 'getClass' is not allowed \(allowed: getVariable, .*\) at position 13/,
    );
    expect(refusal('${name.toString()}')).toContain("Method 'toString' is not allowed");
    // The leftmost offence is reported, wherever it sits in a chain.
    expect(refusal("${name.getClass().forName('java.lang.Runtime')}")).toContain(
      "Method 'getClass' is not allowed",
    );
    expect(refusal("${items.hasOwnProperty('x')}")).toContain(
      "Method 'hasOwnProperty' is not allowed",
    );
  });

  it('knows only the functions it offers, at their arities', () => {
    expect(refusal('${foo(1)}')).toBe(
      "Function 'foo' is not known (known: slaPolicy) at position 3 in '${foo(1)}'",
    );
    expect(refusal("${slaPolicy('a', 'b', 'c')}")).toContain(
      "Function 'slaPolicy' takes 1 or 2 argument(s), got 3",
    );
    const policies = (args: unknown[]) => `PT${args.length}M`;
    expect(run("${slaPolicy(name, 'resolution')}", { ...context, slaPolicy: policies })).toBe(
      'PT2M',
    );
    expect(failure("${slaPolicy('phone-immediate')}")).toBe(
      "'slaPolicy' cannot be used in this expression",
    );
  });

  it('refuses prototype and constructor access, dotted or bracketed', () => {
    expect(refusal("${''.constructor}")).toBe(
      "Access to 'constructor' is not allowed at position 6 in '${''.constructor}'",
    );
    expect(refusal('${order.__proto__}')).toContain("Access to '__proto__' is not allowed");
    expect(refusal("${order['constructor']}")).toContain("Access to 'constructor' is not allowed");
    expect(refusal('${items.prototype}')).toContain("Access to 'prototype' is not allowed");
  });

  it('refuses a computed key that reaches a prototype at run time', () => {
    const ctx: ExpressionContext = {
      lookup: (n) => ({ found: true, value: n === 'key' ? '__proto__' : { a: 1 } }),
    };
    expect(() => run('${obj[key]}', ctx)).toThrow("Access to '__proto__' is not allowed");
  });

  it('does not reach inherited members of a JSON map or a class instance', () => {
    const ctx: ExpressionContext = {
      lookup: (n) => ({ found: true, value: n === 'when' ? new Date(0) : {} }),
    };
    expect(run('${obj.toString}', ctx)).toBe(null);
    expect(run('${obj.hasOwnProperty}', ctx)).toBe(null);
    expect(() => run('${when.getTime}', ctx)).toThrow("Cannot read 'getTime' of object 'when'");
  });
});
