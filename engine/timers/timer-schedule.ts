import { CronExpressionParser } from 'cron-parser';
import { IncidentError } from '../errors.ts';
import type { EventDefinition, TextOrExpression } from '../model/graph.ts';
import { addDuration, parseCycle, parseDateTime, parseDuration, type Duration } from './iso8601.ts';

type TimerDefinition = Extract<EventDefinition, { kind: 'timer' }>;

/** What a timer job remembers to schedule its next firing: the cycle text and what is left of it. */
export interface CycleState {
  cycle: string;
  /** Firings still to come after this one; null when unbounded. */
  remaining: number | null;
}

export interface TimerDue {
  dueAt: number;
  cycle?: CycleState;
}

/**
 * When a timer first fires, from its definition evaluated at creation time
 * (`resolve` turns an expression such as `${dueIn}` into its value).
 */
export function firstDue(
  definition: TimerDefinition,
  resolve: (value: TextOrExpression) => unknown,
  now: number,
  addTime: (start: number, duration: Duration) => number = addDuration,
  /** A cycle firing more often than this is refused (`timer-cycle-too-short`). */
  minCycleMs = 0,
): TimerDue {
  const elementText = (value: TextOrExpression) => {
    const resolved = resolve(value);
    if (resolved instanceof Date) return resolved.toISOString();
    if (typeof resolved === 'number') return new Date(resolved).toISOString();
    if (typeof resolved !== 'string' || resolved.trim() === '')
      throw new IncidentError('invalid-timer', 'The timer expression gave no time');
    return resolved.trim();
  };
  try {
    if (definition.timeDate) return { dueAt: parseDateTime(elementText(definition.timeDate)) };
    if (definition.timeDuration)
      return { dueAt: addTime(now, parseDuration(elementText(definition.timeDuration))) };
    if (definition.timeCycle) {
      const cycle = elementText(definition.timeCycle);
      const problem = cycleTooShort(cycle, minCycleMs);
      if (problem) throw new IncidentError('timer-cycle-too-short', problem);
      return firstOfCycle(cycle, now);
    }
  } catch (error) {
    if (error instanceof IncidentError) throw error;
    throw new IncidentError(
      'invalid-timer',
      `The timer cannot be scheduled: ${(error as Error).message}`,
      { cause: error },
    );
  }
  throw new IncidentError('invalid-timer', 'The timer has no timeDate, timeDuration or timeCycle');
}

/** The firing after `previous` of a cycle, or undefined when the cycle is used up. */
export function nextDue(cycle: CycleState, previous: number): TimerDue | undefined {
  if (cycle.remaining !== null && cycle.remaining <= 0) return undefined;
  const remaining = cycle.remaining === null ? null : cycle.remaining - 1;
  if (isCron(cycle.cycle))
    return { dueAt: nextCron(cycle.cycle, previous), cycle: { cycle: cycle.cycle, remaining } };
  const { duration } = parseCycle(cycle.cycle);
  return { dueAt: addDuration(previous, duration), cycle: { cycle: cycle.cycle, remaining } };
}

/**
 * The shortest time between two firings of a cycle: its duration (`R/PT5M`), or the smallest
 * gap among the next firings of a cron expression.
 */
export function cycleIntervalMs(text: string): number {
  if (!isCron(text)) return addDuration(0, parseCycle(text).duration);
  const dates = CronExpressionParser.parse(text, { currentDate: new Date(0), tz: 'UTC' });
  let previous = dates.next().getTime();
  let shortest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < CRON_SAMPLES; i++) {
    const next = dates.next().getTime();
    shortest = Math.min(shortest, next - previous);
    previous = next;
  }
  return shortest;
}

/** Cron firings compared to find the shortest gap (every second, minute or hour shows in the first few). */
const CRON_SAMPLES = 16;

/** Why a cycle fires too often, or undefined: a zero cycle would start work without end. */
export function cycleTooShort(text: string, minCycleMs: number): string | undefined {
  // Whatever the configured minimum, a cycle of zero would fire without end.
  const floor = Math.max(minCycleMs, 1);
  const interval = cycleIntervalMs(text);
  return interval >= floor
    ? undefined
    : `The cycle '${text}' repeats every ${interval} ms, more often than the minimum of ${floor} ms`;
}

function firstOfCycle(text: string, now: number): TimerDue {
  if (isCron(text)) return { dueAt: nextCron(text, now), cycle: { cycle: text, remaining: null } };
  const { repetitions, start, duration } = parseCycle(text);
  // `R3/PT10M` fires three times; `R3/<start>/P1D` fires at start and twice more.
  const remaining = repetitions === null ? null : repetitions - 1;
  return { dueAt: start ?? addDuration(now, duration), cycle: { cycle: text, remaining } };
}

function isCron(text: string): boolean {
  return !text.startsWith('R');
}

/** Quartz-style cron (`0 0/5 * * * ?`) and five-field Unix cron, evaluated in UTC. */
function nextCron(expression: string, after: number): number {
  return CronExpressionParser.parse(expression, { currentDate: new Date(after), tz: 'UTC' })
    .next()
    .getTime();
}
