import { describe, expect, it } from 'vitest';
import { CamundaError } from '../../api/camunda/errors.ts';
import {
  fromTypedValue,
  fromTypedVariables,
  toTypedValue,
  toTypedVariables,
} from '../../api/camunda/variables.ts';

describe('Camunda typed variables', () => {
  it('reads each Camunda type, in either first-letter case, into a JSON value', () => {
    expect(
      fromTypedVariables({
        s: { value: 'text', type: 'String' },
        b: { value: 'true', type: 'boolean' },
        i: { value: '42', type: 'Integer' },
        sh: { value: -7, type: 'Short' },
        l: { value: 2 ** 40, type: 'long' },
        d: { value: '2.5', type: 'Double' },
        at: { value: '2013-01-23T14:42:45.000+0200', type: 'Date' },
        j: { value: '{"a":[1,2]}', type: 'json' },
        o: {
          value: '{"b":1}',
          type: 'Object',
          valueInfo: {
            objectTypeName: 'java.util.HashMap',
            serializationDataFormat: 'application/json',
          },
        },
        n: { value: 'ignored', type: 'Null' },
        untyped: { value: { free: 'form' } },
        absent: { type: 'String' },
      }),
    ).toEqual({
      s: 'text',
      b: true,
      i: 42,
      sh: -7,
      l: 2 ** 40,
      d: 2.5,
      at: '2013-01-23T12:42:45.000Z',
      j: { a: [1, 2] },
      o: { b: 1 },
      n: null,
      untyped: { free: 'form' },
      absent: null,
    });
  });

  it('refuses values that do not fit their type and types it cannot hold, with 400 InvalidRequestException', () => {
    const refused = (typed: Parameters<typeof fromTypedValue>[1]) => {
      try {
        fromTypedValue('v', typed);
      } catch (error) {
        return error instanceof CamundaError ? [error.status, error.type] : error;
      }
      return 'accepted';
    };
    for (const typed of [
      { value: 2 ** 31, type: 'Integer' },
      { value: 1.5, type: 'Long' },
      { value: 'yes', type: 'Boolean' },
      { value: 'not a date', type: 'Date' },
      { value: '{broken', type: 'Json' },
      {
        value: 'rO0ABXNy',
        type: 'Object',
        valueInfo: { serializationDataFormat: 'application/x-java-serialized-object' },
      },
      { value: 'aGVsbG8=', type: 'Bytes' },
      { value: 'aGVsbG8=', type: 'File', valueInfo: { filename: 'a.txt' } },
      { value: 1, type: 'Decimal' },
    ]) {
      expect([typed, refused(typed)]).toEqual([typed, [400, 'InvalidRequestException']]);
    }
  });

  it('answers each JSON value with the type Camunda would give it', () => {
    expect(
      toTypedVariables({
        s: 'x',
        t: true,
        i: 2_147_483_647,
        l: 2_147_483_648,
        d: 0.5,
        n: null,
        o: { a: 1 },
        list: [1],
      }),
    ).toEqual({
      s: { type: 'String', value: 'x', valueInfo: {} },
      t: { type: 'Boolean', value: true, valueInfo: {} },
      i: { type: 'Integer', value: 2_147_483_647, valueInfo: {} },
      l: { type: 'Long', value: 2_147_483_648, valueInfo: {} },
      d: { type: 'Double', value: 0.5, valueInfo: {} },
      n: { type: 'Null', value: null, valueInfo: {} },
      o: { type: 'Json', value: '{"a":1}', valueInfo: {} },
      list: { type: 'Json', value: '[1]', valueInfo: {} },
    });
    expect(toTypedVariables({ a: 1, b: 2 }, ['b', 'missing'])).toEqual({ b: toTypedValue(2) });
  });
});
