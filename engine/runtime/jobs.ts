import type { FlowNode, TextOrExpression } from '../model/graph.ts';
import { resolveText } from '../expressions/evaluate.ts';
import { firstDue } from '../timers/timer-schedule.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { durationAdder } from './calendar.ts';
import { newJob, type InstanceJobPayload } from '../jobs/new-job.ts';

/** Schedules a job of this instance for a token; returns its id. */
export function scheduleJob(
  x: Execution,
  token: Token | null,
  elementId: string,
  dueAt: number,
  payload: InstanceJobPayload,
): string {
  const id = x.newId();
  x.effects.push({
    type: 'job.scheduled',
    job: newJob({
      id,
      payload,
      dueAt,
      createdAt: x.ctx.at,
      instanceId: x.state.instanceId,
      elementId,
      tokenId: token?.id ?? null,
    }),
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
