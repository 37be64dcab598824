import { describe, expect, it } from 'vitest';
import { addWorkingTime, officeHours } from './business-calendar.ts';

const hours = (n: number) => n * 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('business calendar', () => {
  it('counts 8 working hours from Friday 16:00 to Monday 16:00 on a 9–17 weekday calendar', () => {
    expect(
      new Date(addWorkingTime(at('2026-01-09T16:00:00Z'), hours(8), officeHours())).toISOString(),
    ).toBe('2026-01-12T16:00:00.000Z');
  });

  it('starts counting at the next opening when the request arrives out of hours', () => {
    expect(
      new Date(addWorkingTime(at('2026-01-10T11:00:00Z'), hours(1), officeHours())).toISOString(),
    ).toBe('2026-01-12T10:00:00.000Z');
  });

  it('skips holidays', () => {
    const calendar = officeHours('UTC', ['2026-01-12']);
    expect(
      new Date(addWorkingTime(at('2026-01-09T16:00:00Z'), hours(8), calendar)).toISOString(),
    ).toBe('2026-01-13T16:00:00.000Z');
  });

  it('works in the calendar time zone, across a daylight-saving change', () => {
    // Madrid moves from UTC+1 to UTC+2 on 2026-03-29; Friday 16:00 local is 15:00Z.
    const madrid = officeHours('Europe/Madrid');
    expect(
      new Date(addWorkingTime(at('2026-03-27T15:00:00Z'), hours(8), madrid)).toISOString(),
    ).toBe('2026-03-30T14:00:00.000Z');
  });

  it('refuses a calendar without working time', () => {
    expect(() => addWorkingTime(0, hours(1), { timeZone: 'UTC', workingHours: {} })).toThrow(
      RangeError,
    );
  });
});
