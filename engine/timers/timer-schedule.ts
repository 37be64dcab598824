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
    if (definition.timeCycle) return firstOfCycle(elementText(definition.timeCycle), now);
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
