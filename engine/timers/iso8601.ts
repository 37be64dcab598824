/**
 * ISO 8601 for BPMN timers (BPMN 2.0 §10.5.5: timeDate, timeDuration, timeCycle) and due dates.
 * Pure functions of their inputs: "now" is always passed in, never read from the system clock.
 * Parse errors are `RangeError`s naming the text; the caller maps them to a `ModelError` at load
 * time, and `resolveDueDate` (run time) raises an `IncidentError` itself.
 */
import { IncidentError } from '../errors.ts';

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?$/;
const MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * Parses `PnYnMnWnDTnHnMnS`. Days and time units may carry a fraction (`PT0.5S`, `P1.5D`),
 * years and months may not, because a fraction of a calendar month has no fixed length.
 * @example parseDuration('P2DT2H30M') // { years: 0, months: 0, weeks: 0, days: 2, hours: 2, minutes: 30, seconds: 0 }
 */
export function parseDuration(text: string): Duration {
  const m = DURATION.exec(text.trim());
  // `P` and `PT` alone match the pattern but name no amount, so they are refused too.
  if (!m || m.slice(1).every((g) => g === undefined) || text.trim().endsWith('T')) {
    throw new RangeError(`'${text}' is not an ISO 8601 duration (e.g. PT10M, P2DT2H30M, P1Y)`);
  }
  // ISO 8601 §4.4.3.2: only the smallest component given may carry a decimal fraction.
  const given = m.slice(1).filter((g) => g !== undefined);
  if (given.slice(0, -1).some((g) => /[.,]/.test(g)))
    throw new RangeError(`'${text}' has a fraction on a component other than the last`);
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]!.replace(',', '.')));
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

/**
 * Adds a duration to an instant. Years and months move the UTC calendar date, clamping the day
 * (Jan 31 + P1M = Feb 28 or 29, as java.time does); days are 24 hours since UTC has no DST.
 */
export function addDuration(epochMs: number, duration: Duration): number {
  // new Date(epochMs) only does calendar arithmetic on a given instant; it never reads the clock.
  const at = new Date(epochMs);
  const monthIndex =
    at.getUTCFullYear() * 12 + at.getUTCMonth() + duration.years * 12 + duration.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const day = Math.min(at.getUTCDate(), daysInMonth(year, month));
  const timeOfDay = epochMs - utc(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const shifted = utc(year, month, day) + timeOfDay;
  return Math.round(
    shifted +
      (duration.weeks * 7 + duration.days) * MS.day +
      duration.hours * MS.hour +
      duration.minutes * MS.minute +
      duration.seconds * MS.second,
  );
}

/**
 * Parses an ISO 8601 date-time (`2026-01-01T08:00:00Z`, `...+02:00`, `2026-01-01T08:00`) or a date
 * (`2026-01-01`, midnight). Without an offset the time is taken as UTC: the engine has no zone of its own.
 */
export function parseDateTime(text: string): number {
  const m = DATE_TIME.exec(text.trim());
  const fail = (): never => {
    throw new RangeError(`'${text}' is not an ISO 8601 date-time (e.g. 2026-01-01T08:00:00Z)`);
  };
  if (!m) return fail();
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month - 1) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    fail();
  let offsetMinutes = 0;
  if (m[9]) {
    const [oh, om] = [Number(m[10]), Number(m[11] ?? 0)];
    if (oh > 18 || om > 59) fail();
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return utc(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * MS.minute;
}

/**
 * Turns a timer's or task's due value into an absolute UTC instant. Accepts a `Date`, epoch
 * milliseconds, an ISO date-time string, or an ISO duration string counted from `now`.
 * Throws `IncidentError('invalid-due-date')` otherwise; the message names the type, not the value.
 * @example resolveDueDate('P2DT2H30M', now) // now + 2 days 2.5 hours
 */
export function resolveDueDate(value: unknown, now: number): number {
  try {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
    if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
    if (typeof value === 'string') {
      const text = value.trim();
      return text.startsWith('P') ? addDuration(now, parseDuration(text)) : parseDateTime(text);
    }
  } catch (cause) {
    throw new IncidentError(
      'invalid-due-date',
      'Due date is a string that is neither an ISO 8601 date-time nor a duration',
      { cause },
    );
  }
  const got =
    value === null || value === undefined
      ? 'null'
      : value instanceof Date
        ? 'an invalid Date'
        : `a ${typeof value}`;
  throw new IncidentError(
    'invalid-due-date',
    `Due date must be a Date, epoch milliseconds, an ISO 8601 date-time or duration; got ${got}`,
  );
}

/**
 * Parses a repeating interval: `R/PT10M` (unbounded), `R3/PT10M`, `R3/2026-01-01T08:00:00Z/P1D`.
 * `repetitions` is null when unbounded; `start` is the first due instant when given. Cron cycles are not handled here.
 */
export function parseCycle(text: string): {
  repetitions: number | null;
  start?: number;
  duration: Duration;
} {
  const parts = text.trim().split('/');
  const head = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!head || parts.length < 2 || parts.length > 3) {
    throw new RangeError(
      `'${text}' is not an ISO 8601 repeating interval (e.g. R3/PT10M, R/2026-01-01T08:00:00Z/P1D)`,
    );
  }
  const repetitions = head[1] ? Number(head[1]) : null;
  if (parts.length === 2) return { repetitions, duration: parseDuration(parts[1]!) };
  return { repetitions, start: parseDateTime(parts[1]!), duration: parseDuration(parts[2]!) };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : DAYS_IN_MONTH[monthIndex]!;
}

/** Date.UTC without its quirk of mapping years 0–99 to 1900–1999. */
function utc(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const at = new Date(0);
  at.setUTCFullYear(year, monthIndex, day);
  return at.setUTCHours(hour, minute, second, ms);
}
