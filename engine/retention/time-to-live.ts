/**
 * A history time to live as Camunda 7 writes it (`camunda:historyTimeToLive`, its engine's
 * `historyTimeToLive`): whole days, as a number (`30`) or an ISO 8601 duration of days only
 * (`P30D`). Any other text is refused, as Camunda refuses it; zero is allowed (history goes at the
 * first clean-up after the end).
 */
export type TimeToLive = { days: number } | { error: string };

const ISO_DAYS = /^P(\d+)D$/;
const DAYS = /^-?\d+$/;
/** Camunda keeps it in a 32-bit integer. */
const MAX_DAYS = 2_147_483_647;

/** Parses a time to live; the error says what is wrong with it (the caller names the value). */
export function parseTimeToLive(text: string): TimeToLive {
  const written = text.trim();
  const digits = ISO_DAYS.exec(written)?.[1] ?? (DAYS.test(written) ? written : undefined);
  if (digits === undefined) return { error: 'write whole days, as 30 or P30D' };
  const days = Number(digits);
  if (days < 0) return { error: 'it may not be negative' };
  if (days > MAX_DAYS) return { error: `it may not be more than ${MAX_DAYS} days` };
  return { days };
}

/** One day in milliseconds: a time to live counts whole days of 24 hours from the end. */
export const DAY_MS = 86_400_000;
