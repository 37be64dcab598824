import { describe, expect, it } from 'vitest';
import { IncidentError } from '../errors.ts';
import {
  addDuration,
  parseCycle,
  parseDateTime,
  parseDuration,
  resolveDueDate,
} from './iso8601.ts';

const at = (iso: string) => Date.parse(iso);
const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

describe('parseDuration', () => {
  it('reads every component', () => {
    expect(parseDuration('P2DT2H30M')).toEqual({ ...zero, days: 2, hours: 2, minutes: 30 });
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('PT10M')).toEqual({ ...zero, minutes: 10 });
    expect(parseDuration(' P1M ')).toEqual({ ...zero, months: 1 });
  });

  it('accepts a fraction on the last component only', () => {
    expect(parseDuration('PT0.5S')).toEqual({ ...zero, seconds: 0.5 });
    expect(parseDuration('PT1,5H')).toEqual({ ...zero, hours: 1.5 });
    expect(() => parseDuration('PT1.5H30M')).toThrow(RangeError);
    expect(() => parseDuration('P1.5Y')).toThrow(RangeError);
  });

  it('throws on garbage', () => {
    for (const text of [
      '',
      'P',
      'PT',
      '10M',
      'P10',
      'PT5D',
      'P1H',
      '-PT5M',
      'P1DT',
      'PT10m',
      'P1D2H',
    ]) {
      expect(() => parseDuration(text), text).toThrow(/is not an ISO 8601 duration/);
    }
  });
});

describe('addDuration', () => {
  it('adds time units exactly', () => {
    expect(addDuration(at('2026-01-01T08:00:00Z'), parseDuration('PT3M'))).toBe(
      at('2026-01-01T08:03:00Z'),
    );
    expect(addDuration(at('2026-01-01T08:00:00Z'), parseDuration('PT0.5S'))).toBe(
      at('2026-01-01T08:00:00.500Z'),
    );
  });

  it('moves the calendar for years, months, weeks and days', () => {
    expect(addDuration(at('2026-01-15T10:00:00Z'), parseDuration('P1M'))).toBe(
      at('2026-02-15T10:00:00Z'),
    );
    expect(addDuration(at('2026-11-30T10:00:00Z'), parseDuration('P3M'))).toBe(
      at('2027-02-28T10:00:00Z'),
    );
    expect(addDuration(at('2026-03-28T00:00:00Z'), parseDuration('P1W2D'))).toBe(
      at('2026-04-06T00:00:00Z'),
    );
    expect(addDuration(at('2026-01-01T00:00:00Z'), parseDuration('P1Y2M3DT4H'))).toBe(
      at('2027-03-04T04:00:00Z'),
    );
  });

  it('clamps the day at the end of a shorter month, leap years included', () => {
    expect(addDuration(at('2026-01-31T12:00:00Z'), parseDuration('P1M'))).toBe(
      at('2026-02-28T12:00:00Z'),
    );
    expect(addDuration(at('2028-01-31T12:00:00Z'), parseDuration('P1M'))).toBe(
      at('2028-02-29T12:00:00Z'),
    );
    expect(addDuration(at('2028-02-29T00:00:00Z'), parseDuration('P1Y'))).toBe(
      at('2029-02-28T00:00:00Z'),
    );
    expect(addDuration(at('2100-01-31T00:00:00Z'), parseDuration('P1M'))).toBe(
      at('2100-02-28T00:00:00Z'),
    );
  });
});

describe('parseDateTime', () => {
  it('reads UTC, offsets and fractions', () => {
    expect(parseDateTime('2026-01-01T08:00:00Z')).toBe(at('2026-01-01T08:00:00Z'));
    expect(parseDateTime('2026-01-01T08:00:00+02:00')).toBe(at('2026-01-01T06:00:00Z'));
    expect(parseDateTime('2026-01-01T08:00:00-0530')).toBe(at('2026-01-01T13:30:00Z'));
    expect(parseDateTime('2026-01-01T08:00:00.25Z')).toBe(at('2026-01-01T08:00:00.250Z'));
  });

  it('takes a time without offset as UTC, and a date alone as midnight UTC', () => {
    expect(parseDateTime('2026-06-15T08:00:00')).toBe(at('2026-06-15T08:00:00Z'));
    expect(parseDateTime('2026-06-15T08:00')).toBe(at('2026-06-15T08:00:00Z'));
    expect(parseDateTime('2026-06-15')).toBe(at('2026-06-15T00:00:00Z'));
  });

  it('throws on garbage and impossible dates', () => {
    for (const text of [
      '',
      'tomorrow',
      '2026-13-01T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-1-1',
      '2026-01-01T08:00:00+25:00',
      '1767254400000',
    ]) {
      expect(() => parseDateTime(text), text).toThrow(/is not an ISO 8601 date-time/);
    }
  });
});

describe('resolveDueDate', () => {
  const now = at('2026-01-01T08:00:00Z');

  it('accepts a Date, epoch milliseconds, a date-time or a duration from now', () => {
    expect(resolveDueDate(new Date('2026-02-01T00:00:00Z'), now)).toBe(at('2026-02-01T00:00:00Z'));
    expect(resolveDueDate(at('2026-03-01T00:00:00Z'), now)).toBe(at('2026-03-01T00:00:00Z'));
    expect(resolveDueDate('2026-01-05T09:00:00+01:00', now)).toBe(at('2026-01-05T08:00:00Z'));
    expect(resolveDueDate('P2DT2H30M', now)).toBe(at('2026-01-03T10:30:00Z'));
  });

  it('raises an incident for anything else, without quoting the value', () => {
    for (const value of [null, undefined, true, {}, Number.NaN, new Date('nonsense'), 'soon']) {
      expect(() => resolveDueDate(value, now)).toThrow(IncidentError);
    }
    expect(() => resolveDueDate('call me', now)).toThrow(
      'Due date is a string that is neither an ISO 8601 date-time nor a duration',
    );
    expect(() => resolveDueDate(true, now)).toThrow('got a boolean');
  });
});

describe('parseCycle', () => {
  it('reads unbounded and bounded repetitions, with or without a start', () => {
    expect(parseCycle('R/PT10M')).toEqual({
      repetitions: null,
      duration: { ...zero, minutes: 10 },
    });
    expect(parseCycle('R3/PT10M')).toEqual({ repetitions: 3, duration: { ...zero, minutes: 10 } });
    expect(parseCycle('R3/2026-01-01T08:00:00Z/P1D')).toEqual({
      repetitions: 3,
      start: at('2026-01-01T08:00:00Z'),
      duration: { ...zero, days: 1 },
    });
  });

  it('throws on anything else', () => {
    for (const text of [
      'PT10M',
      'R',
      'Rx/PT1M',
      'R3/PT1M/PT1M/PT1M',
      '0 0 9 * * ?',
      'R3/nonsense',
    ]) {
      expect(() => parseCycle(text), text).toThrow(RangeError);
    }
  });
});
