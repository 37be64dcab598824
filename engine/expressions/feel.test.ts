import { describe, expect, it } from 'vitest';
import { FeelEvaluationError, FeelSyntaxError, compileFeel, evaluateFeel } from './feel.ts';

const variables: Record<string, unknown> = {
  amount: 150,
  x: true,
  items: [1, 2, 3],
  order: { total: 5 },
  'order total': 7,
};
const lookup = (name: string) =>
  Object.hasOwn(variables, name) ? { found: true, value: variables[name] } : { found: false };
const run = (source: string) => evaluateFeel(compileFeel(source), lookup);

describe('compileFeel', () => {
  it('strips the = and lists the variables to look up, not builtins or loop names', () => {
    expect(compileFeel('= amount > 100')).toEqual({
      body: ' amount > 100',
      names: ['amount'],
      mayLoop: false,
    });
    // Only what can loop gets the time limit's watchdog.
    expect(compileFeel('= for i in 1..n return i').mayLoop).toBe(true);
    expect(compileFeel('= count(items)').mayLoop).toBe(true);
    expect(compileFeel('= items[price > 10]').mayLoop).toBe(true);
    expect(compileFeel('=count(items)').names).toEqual(['items']);
    expect(compileFeel('= for a in items return a * k').names.sort()).toEqual(['a', 'items', 'k']);
    expect(compileFeel('= order.total + order total').names).toEqual(['order', 'order total']);
  });

  it('reports a syntax error with its position in the full source', () => {
    const error = (() => {
      try {
        compileFeel('= amount >');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FeelSyntaxError);
    expect((error as FeelSyntaxError).message).toBe(
      "Invalid FEEL: Incomplete Comparison at position 11 in '= amount >'",
    );
    expect(() => compileFeel('= 1 +* 2')).toThrow(
      "Invalid FEEL: Unrecognized token '*' in ArithmeticExpression at position 6",
    );
    expect(() => compileFeel('=')).toThrow('Invalid FEEL: Incomplete Expression at position 2');
    expect(() => compileFeel('= "open')).toThrow(FeelSyntaxError);
  });
});

describe('evaluateFeel', () => {
  it('evaluates comparisons, if-then-else and builtins', () => {
    expect(run('= amount > 100').value).toBe(true);
    expect(run('= if x then "a" else "b"').value).toBe('a');
    expect(run('= count(items)').value).toBe(3);
    expect(run('= sum(items) + order.total').value).toBe(11);
    expect(run('= order total * 2').value).toBe(14);
    expect(run('= items[item > 1]').value).toEqual([2, 3]);
  });

  it('gives null with a warning for a missing variable, as Zeebe does', () => {
    expect(run('= missing > 1')).toEqual({
      value: null,
      warnings: ["[NO_VARIABLE_FOUND] Variable 'missing' not found"],
    });
  });

  it('names types, not values, in warnings', () => {
    const { warnings } = run('= x.secret');
    expect(warnings).toEqual(["[NO_PROPERTY_FOUND] Property 'secret' not found in boolean"]);
    expect(run('= "a" + amount').warnings).toEqual(["[INVALID_TYPE] Can't add number to string"]);
  });

  it('turns temporal values into ISO 8601 strings', () => {
    expect(run('= date("2026-01-31")').value).toBe('2026-01-31');
    expect(run('= date and time("2026-01-01T08:00:00Z")').value).toBe('2026-01-01T08:00:00Z');
    expect(run('= date and time("2026-01-01T08:00:00@Europe/Paris")').value).toBe(
      '2026-01-01T08:00:00+01:00',
    );
    expect(run('= date and time("2026-01-01T08:00:00")').value).toBe('2026-01-01T08:00:00');
    expect(run('= duration("PT36H")').value).toBe('P1DT12H');
    expect(run('= duration("P1Y2M")').value).toBe('P1Y2M');
    expect(run('= time("10:30:00")').value).toBe('10:30:00');
  });

  it('turns contexts, lists and ranges into plain values', () => {
    expect(run('= { a: 1, due: date("2026-02-01"), list: [duration("PT1H")] }').value).toEqual({
      a: 1,
      due: '2026-02-01',
      list: ['PT1H'],
    });
    expect(run('= [1..3]').value).toEqual({
      start: 1,
      end: 3,
      startIncluded: true,
      endIncluded: true,
    });
  });

  it('refuses a function as a result, and keeps prototypes out of reach', () => {
    expect(() => run('= function(a) a + 1')).toThrow(FeelEvaluationError);
    expect(run('= order.constructor').value).toBe(null);
    expect(run('= "abc".constructor').value).toBe(null);
  });
});
