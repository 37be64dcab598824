import type { FlowNode, TextOrExpression } from '../model/graph.ts';
import { resolveText } from '../expressions/evaluate.ts';
import type { JobRecord } from '../ports/store.ts';
import { firstDue, type CycleState } from '../timers/timer-schedule.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { durationAdder } from './calendar.ts';
import type { CallPayload } from './call-link.ts';

/** What a job does when it fires; kept in the job's payload. */
export type JobPayload =
  | { type: 'timer-catch' }
  | { type: 'timer-boundary'; boundaryId: string; cycle?: CycleState }
  | { type: 'async-before' }
  | { type: 'async-after' }
  | { type: 'sla-check'; slaId: string }
  | CallPayload;

/** Default attempts of a job before its failure becomes an incident (Camunda's default). */
export const DEFAULT_JOB_RETRIES = 3;

/** Schedules a job of this instance for a token; returns its id. */
export function scheduleJob(
  x: Execution,
  token: Token | null,
  elementId: string,
  dueAt: number,
  payload: JobPayload,
  kind: JobRecord['kind'] = 'timer',
): string {
  const id = x.newId();
  x.effects.push({
    type: 'job.scheduled',
    job: {
      id,
      kind,
      instanceId: x.state.instanceId,
      elementId,
      tokenId: token?.id ?? null,
      dueAt,
      lockedBy: null,
      lockedUntil: null,
      attempts: 0,
      retries: DEFAULT_JOB_RETRIES,
      payload: payload as Record<string, unknown>,
      createdAt: x.ctx.at,
    },
  });
  return id;
}

/** Evaluates a timer event definition of `node` in the token's scope, at the command's time. */
export function timerDue(x: Execution, token: Token, node: FlowNode) {
  const definition = node.eventDefinitions.find((d) => d.kind === 'timer');
  if (definition?.kind !== 'timer') return undefined;
  const context = x.expressionContext(token);
  return firstDue(
    definition,
    (value: TextOrExpression) => resolveText(value, context),
    x.ctx.at,
    durationAdder(x, node),
    x.ctx.limits?.minTimerCycleMs,
  );
}
