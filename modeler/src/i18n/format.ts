import { language, timeZone } from './i18n.ts';

/** Dates, times, durations and numbers in the current language and the user's time zone. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `5 Jan 2026, 09:30` / `5 ene 2026, 9:30`. */
export function formatDateTime(at: number | string): string {
  return new Intl.DateTimeFormat(language.value, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at));
}

/** The exact instant, for a `title` beside a relative time. */
export function formatExact(at: number | string): string {
  return new Intl.DateTimeFormat(language.value, {
    dateStyle: 'full',
    timeStyle: 'long',
    timeZone,
  }).format(new Date(at));
}

/**
 * A time as people say it: "in 2 min", "3 hr. ago" / "dentro de 2 min", "hace 3 h".
 * Picks the largest unit that keeps the number at least 1.
 */
export function formatRelative(at: number | string, now: number = Date.now()): string {
  const diff = new Date(at).getTime() - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(language.value, { numeric: 'auto', style: 'short' });
  if (abs < MINUTE) return rtf.format(Math.round(diff / 1000), 'second');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** A length of time: "2 h 5 min" / "2 h 5 min", through `Intl.NumberFormat` units. */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  const unit = (value: number, name: 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(language.value, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
    }).format(value);
  let rest = Math.round(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  if (days) parts.push(unit(days, 'day'));
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes && !days) parts.push(unit(minutes, 'minute'));
  if (parts.length === 0) parts.push(unit(seconds, 'second'));
  return parts.join(' ');
}

/** A count in the locale's digits and separators. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(language.value).format(value);
}

/** A share 0..1 as a percentage: "92 %" / "92%". */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(language.value, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A day as a heading: "Monday, 5 January 2026" / "lunes, 5 de enero de 2026". */
export function formatDay(at: number | string): string {
  return new Intl.DateTimeFormat(language.value, { dateStyle: 'full', timeZone }).format(
    new Date(at),
  );
}

/** A time of day: "09:30" / "9:30". */
export function formatTime(at: number | string): string {
  return new Intl.DateTimeFormat(language.value, { timeStyle: 'short', timeZone }).format(
    new Date(at),
  );
}
