/**
 * Syntax of literal timer values, checked at deployment so a typo fails the deploy instead of
 * a token months later. Expressions (`${...}`, `=...`) are only known at runtime and are not
 * checked here. Computing due dates is the job of engine/timers.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const DURATION = new RegExp(
  String.raw`^P(?=\d|T\d)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const REPEAT = /^R(\d*)\/(.+)$/;
/** One Quartz/Unix cron field: digits, names (MON, JAN), `*`, `?`, ranges, steps, lists, L, W, #. */
const CRON_FIELD = /^[0-9A-Za-z*?/,#-]+$/;

/** ISO 8601 duration, e.g. `PT5M`, `P1DT2H`, `PT0.5S`. */
export function isIsoDuration(text: string): boolean {
  return DURATION.test(text);
}

/** ISO 8601 date or date-time with an optional zone, e.g. `2036-11-14T11:12:22Z`, with sane ranges. */
export function isIsoDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [, , month, day, hour, minute, second] = match.map(Number);
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= 31 &&
    (match[4] === undefined || (hour! <= 24 && minute! <= 59)) &&
    (match[6] === undefined || second! <= 60)
  );
}

/**
 * A repeating interval (`R3/PT10H`, `R/2036-01-01T00:00:00Z/P1D`, `R2/PT1M/2036-01-01T00:00Z`)
 * or a cron expression of 5 to 7 fields (`0 0/5 * * * ?`, as Camunda's Quartz timers allow).
 */
export function isTimeCycle(text: string): boolean {
  const repeat = REPEAT.exec(text);
  if (repeat) {
    const parts = (repeat[2] ?? '').split('/');
    if (parts.length === 1) return isIsoDuration(parts[0]!);
    if (parts.length !== 2) return false;
    const [first, second] = parts as [string, string];
    return (
      (isIsoDateTime(first) && isIsoDuration(second)) ||
      (isIsoDuration(first) && isIsoDateTime(second))
    );
  }
  const fields = text.split(/\s+/);
  return (
    fields.length >= 5 && fields.length <= 7 && fields.every((field) => CRON_FIELD.test(field))
  );
}

/**
 * Why a literal timer value does not parse, or undefined when it does.
 *
 * @example
 * timerSyntaxError('timeDuration', 'PT5X') // "'PT5X' is not an ISO 8601 duration such as PT5M"
 */
export function timerSyntaxError(
  field: 'timeDate' | 'timeDuration' | 'timeCycle',
  text: string,
): string | undefined {
  const value = text.trim();
  if (field === 'timeDuration')
    return isIsoDuration(value) ? undefined : `'${value}' is not an ISO 8601 duration such as PT5M`;
  if (field === 'timeDate')
    return isIsoDateTime(value)
      ? undefined
      : `'${value}' is not an ISO 8601 date-time such as 2030-01-31T09:00:00Z`;
  return isTimeCycle(value)
    ? undefined
    : `'${value}' is not a repeating interval such as R3/PT1H or a cron expression`;
}
