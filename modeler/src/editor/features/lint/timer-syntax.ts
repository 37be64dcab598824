/**
 * Whether a literal timer definition parses as the engine reads it: an ISO 8601 duration
 * (`PT3M`), date (`2026-01-05T09:00:00Z`) or repeating interval (`R3/PT10M`), or a cron
 * cycle (`0 0/5 * * * ?`). Expressions (`${...}`, `#{...}`, `=...`) are checked at run time.
 */
const DURATION =
  /^-?P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';

export function isExpression(text: string): boolean {
  return /^\s*(\$\{|#\{|=)/.test(text);
}

function isDuration(text: string): boolean {
  return DURATION.test(text);
}

function isDate(text: string): boolean {
  return DATE.test(text) && !Number.isNaN(Date.parse(text));
}

function isCycle(text: string): boolean {
  const parts = text.split('/');
  if (/^R\d*$/.test(parts[0] ?? '')) {
    const rest = parts.slice(1);
    if (rest.length === 1) return isDuration(rest[0]!);
    if (rest.length === 2)
      return (
        (isDate(rest[0]!) && isDuration(rest[1]!)) || (isDuration(rest[0]!) && isDate(rest[1]!))
      );
    return false;
  }
  const fields = text.trim().split(/\s+/);
  return (
    fields.length >= 5 && fields.length <= 7 && fields.every((f) => /^[\d*?/,LW#A-Z-]+$/i.test(f))
  );
}

/** True when the literal `text` of a timer of `kind` can be scheduled. */
export function timerParses(kind: TimerKind, text: string): boolean {
  const value = text.trim();
  if (isExpression(value)) return true;
  if (kind === 'timeDuration') return isDuration(value);
  if (kind === 'timeDate') return isDate(value);
  return isCycle(value);
}
