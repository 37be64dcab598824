import { describe, expect, it } from 'vitest';
import { utcIso } from './utc-iso.ts';

const DAY_MS = 86_400_000;
const native = (ms: number) => new Date(ms).toISOString();

describe('utcIso', () => {
  it('writes what toISOString writes on every day from 1970 to 2200 and every 97th day to 9999', () => {
    const days = Array.from({ length: Date.UTC(2200, 0, 1) / DAY_MS }, (_, day) => day);
    for (let day = days.length; day <= Date.UTC(9999, 11, 31) / DAY_MS; day += 97) days.push(day);
    // A different time of each day, down to the millisecond.
    const differing = days
      .map((day) => day * DAY_MS + ((day * 7_919_993) % DAY_MS))
      .filter((ms) => utcIso(ms) !== native(ms));
    expect(differing).toEqual([]);
  });

  it('gets leap days, century years and the edges of a day and of the range right', () => {
    const instants = [
      0,
      DAY_MS - 1,
      Date.UTC(1972, 1, 29, 12),
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2000, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      Date.UTC(2100, 2, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ];
    for (const ms of instants) expect(utcIso(ms)).toBe(native(ms));
  });

  it('leaves instants it does not format itself to toISOString: before 1970, after 9999, fractional', () => {
    for (const ms of [-1, Date.UTC(1969, 11, 31), Date.UTC(10_000, 0, 1), 1.5])
      expect(utcIso(ms)).toBe(native(ms));
    expect(() => utcIso(Number.NaN)).toThrow(RangeError);
  });
});
