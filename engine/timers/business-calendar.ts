/**
 * Business calendars: SLA durations counted in working time. A calendar has a time zone,
 * working hours per weekday and holidays; `addWorkingTime` walks working intervals in the
 * calendar's local time, so "8 working hours from Friday 16:00" is Monday 16:00 on a 9–17 week.
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. `Europe/Madrid`. */
  timeZone: string;
  /** Working intervals per ISO weekday (1 = Monday … 7 = Sunday), as `HH:mm-HH:mm`. */
  workingHours: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string[]>>;
  /** Local dates (`YYYY-MM-DD`) without work. */
  holidays?: string[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A Monday-to-Friday 9:00–17:00 calendar in the given zone. */
export function officeHours(timeZone = 'UTC', holidays: string[] = []): BusinessCalendar {
  const day = ['09:00-17:00'];
  return { timeZone, workingHours: { 1: day, 2: day, 3: day, 4: day, 5: day }, holidays };
}

/** The instant after `durationMs` of working time from `start` (epoch ms). */
export function addWorkingTime(
  start: number,
  durationMs: number,
  calendar: BusinessCalendar,
): number {
  let remaining = durationMs;
  let cursor = start;
  // Bounded: a calendar without any working day would loop forever.
  for (let days = 0; days < 3660; days++) {
    const local = localParts(cursor, calendar.timeZone);
    const midnight = cursor - local.minuteOfDay * MINUTE - local.msInMinute;
    if (!calendar.holidays?.includes(local.date)) {
      for (const [from, to] of intervals(calendar, local.weekday)) {
        const intervalStart = Math.max(cursor, midnight + from * MINUTE);
        const intervalEnd = midnight + to * MINUTE;
        if (intervalEnd <= intervalStart) continue;
        if (intervalEnd - intervalStart >= remaining) return intervalStart + remaining;
        remaining -= intervalEnd - intervalStart;
      }
    }
    // Next local midnight; recomputed from local parts so daylight-saving days stay right.
    const next = midnight + DAY + 2 * 60 * MINUTE;
    const nextParts = localParts(next, calendar.timeZone);
    cursor = next - nextParts.minuteOfDay * MINUTE;
    // Across a clock change that lands on the previous evening: move on to the day's start.
    const landed = localParts(cursor, calendar.timeZone);
    if (landed.date !== nextParts.date) cursor += (24 * 60 - landed.minuteOfDay) * MINUTE;
  }
  throw new RangeError('The business calendar has no working time within ten years');
}

function intervals(calendar: BusinessCalendar, weekday: number): [number, number][] {
  const spans = calendar.workingHours[weekday as 1] ?? [];
  return spans
    .map((span) => {
      const [from = '', to = ''] = span.split('-');
      return [minutes(from), minutes(to)] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  if (!Number.isFinite(h) || !Number.isFinite(m))
    throw new RangeError(`Bad working time '${hhmm}', expected HH:mm`);
  return h! * 60 + m!;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(at: number, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
    msInMinute: at % MINUTE,
  };
}
