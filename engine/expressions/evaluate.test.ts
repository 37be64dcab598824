import { describe, expect, it } from 'vitest';
import { IncidentError, ModelError } from '../errors.ts';
import {
  checkExpression,
  compileExpression,
  evaluateCondition,
  evaluateExpression,
  isExpression,
  resolveText,
  toTextOrExpression,
  type ExpressionContext,
} from './evaluate.ts';

const scope = (
  variables: Record<string, unknown>,
  extra: Partial<ExpressionContext> = {},
): ExpressionContext => ({
  lookup: (name) =>
    Object.hasOwn(variables, name) ? { found: true, value: variables[name] } : { found: false },
  activityId: 'check-amount',
  ...extra,
});

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('compileExpression', () => {
  it('picks FEEL for =, JUEL for ${ and #{, and trims like Camunda', () => {
    expect(compileExpression('= amount > 100')).toEqual({
      language: 'feel',
      source: '= amount > 100',
    });
    expect(compileExpression('${amount > 100}')).toEqual({
      language: 'juel',
      source: '${amount > 100}',
    });
    expect(compileExpression('#{amount}')).toEqual({ language: 'juel', source: '#{amount}' });
    expect(compileExpression('\n  ${ok}\n')).toEqual({ language: 'juel', source: '${ok}' });
    expect(compileExpression('Dear ${name}')).toEqual({ language: 'juel', source: 'Dear ${name}' });
  });

  it('refuses a syntax error with ModelError invalid-expression naming the position', () => {
    const juel = thrown(() => compileExpression('${amount >}'));
    expect(juel).toBeInstanceOf(ModelError);
    expect(juel).toMatchObject({
      code: 'invalid-expression',
      message:
        "Expected an operand but found end of expression '}' at position 11 in '${amount >}'",
    });
    const feel = thrown(() => compileExpression('= amount >'));
    expect(feel).toMatchObject({
      name: 'ModelError',
      code: 'invalid-expression',
      message: "Invalid FEEL: Incomplete Comparison at position 11 in '= amount >'",
    });
  });

  it('refuses non-allowlisted methods and plain text at compile time', () => {
    expect(() => compileExpression('${execution.getClass()}')).toThrow(ModelError);
    expect(thrown(() => compileExpression('approved'))).toMatchObject({
      code: 'invalid-expression',
      message: expect.stringContaining("'approved' is not an expression"),
    });
  });
});

describe('checkExpression', () => {
  it('returns the syntax error message or undefined', () => {
    expect(checkExpression({ language: 'juel', source: '${a && b}' })).toBeUndefined();
    expect(checkExpression({ language: 'feel', source: '= a and b' })).toBeUndefined();
    expect(checkExpression({ language: 'juel', source: '${a &&}' })).toMatch(/at position 7/);
    expect(checkExpression({ language: 'feel', source: '= (a' })).toMatch(/^Invalid FEEL/);
  });
});

describe('evaluateExpression', () => {
  it('evaluates JUEL and FEEL against the lookup', () => {
    const ctx = scope({ amount: 150, name: 'Ann', items: [1, 2] });
    expect(evaluateExpression(compileExpression('${amount * 2}'), ctx)).toBe(300);
    expect(evaluateExpression(compileExpression('Dear ${name}'), ctx)).toBe('Dear Ann');
    expect(evaluateExpression(compileExpression('= count(items)'), ctx)).toBe(2);
    expect(evaluateExpression(compileExpression('= missing'), ctx)).toBe(null);
  });

  it('turns a failure into an incident on the element, quoting the source', () => {
    const error = thrown(() =>
      evaluateExpression(compileExpression('${amount > limit}'), scope({ amount: 1 })),
    );
    expect(error).toBeInstanceOf(IncidentError);
    expect(error).toMatchObject({
      code: 'expression-failed',
      message:
        "Expression '${amount > limit}' failed: Unknown property used in expression: Cannot resolve identifier 'limit'",
      details: { elementId: 'check-amount' },
    });
  });

  it('keeps variable values out of incident messages', () => {
    const error = thrown(() =>
      evaluateExpression(compileExpression('${secret * 2}'), scope({ secret: 'hunter2' })),
    );
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('turns an unparsable source that skipped compilation into an incident, not a crash', () => {
    const error = thrown(() =>
      evaluateExpression({ language: 'juel', source: '${a +}' }, scope({})),
    );
    expect(error).toMatchObject({ name: 'IncidentError', code: 'expression-failed' });
    expect((error as Error).message).toMatch(/^Expression '\$\{a \+\}' is invalid: /);
  });

  it('re-reads variables on every evaluation while reusing the parsed form', () => {
    const expr = compileExpression('${n + 1}');
    expect(evaluateExpression(expr, scope({ n: 1 }))).toBe(2);
    expect(evaluateExpression(expr, scope({ n: 41 }))).toBe(42);
  });
});

describe('evaluateCondition', () => {
  it('returns the boolean of a JUEL or FEEL condition', () => {
    const ctx = scope({ amount: 150, x: false });
    expect(evaluateCondition(compileExpression('${amount > 100}'), ctx)).toBe(true);
    expect(evaluateCondition(compileExpression('= amount > 200'), ctx)).toBe(false);
    expect(evaluateCondition(compileExpression('= if x then false else true'), ctx)).toBe(true);
  });

  it('raises an incident for a non-boolean result, as Camunda does', () => {
    expect(
      thrown(() => evaluateCondition(compileExpression('${amount}'), scope({ amount: 1 }))),
    ).toMatchObject({
      name: 'IncidentError',
      message: "Expression '${amount}' must return a boolean but returned a number",
    });
    expect(() => evaluateCondition(compileExpression("${'true'}"), scope({}))).toThrow(
      'returned a string',
    );
  });

  it('explains a FEEL null with its warnings', () => {
    const error = thrown(() => evaluateCondition(compileExpression('= amount > 100'), scope({})));
    expect((error as Error).message).toBe(
      "Expression '= amount > 100' must return a boolean but returned null ([NO_VARIABLE_FOUND] Variable 'amount' not found)",
    );
  });
});

describe('text or expression', () => {
  it('keeps literals as written and compiles expressions', () => {
    expect(toTextOrExpression('kermit')).toEqual({ literal: 'kermit' });
    expect(toTextOrExpression('${owner}')).toEqual({
      expression: { language: 'juel', source: '${owner}' },
    });
    expect(toTextOrExpression('=owner')).toEqual({
      expression: { language: 'feel', source: '=owner' },
    });
    expect(() => toTextOrExpression('${owner')).toThrow(ModelError);
    expect(isExpression('price: $5 {net}')).toBe(false);
  });

  it('resolves a literal to its text and an expression to its value', () => {
    const ctx = scope({ owner: 'gonzo' });
    expect(resolveText({ literal: 'kermit' }, ctx)).toBe('kermit');
    expect(resolveText(toTextOrExpression('${owner}'), ctx)).toBe('gonzo');
    expect(resolveText(toTextOrExpression('= upper case(owner)'), ctx)).toBe('GONZO');
  });
});
