import type { FlowNode } from '../model/graph.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { scheduleJob, timerDue } from './jobs.ts';

/**
 * Arms the timer boundary events of an activity the token now waits in: each becomes a job
 * that the token remembers, so leaving or cancelling the activity withdraws it.
 */
export function armBoundaries(x: Execution, token: Token, node: FlowNode): void {
  for (const boundaryId of node.boundaryEventIds) {
    const boundary = x.node(boundaryId);
    if (!boundary.eventDefinitions.some((d) => d.kind === 'timer')) continue;
    const due = timerDue(x, token, boundary)!;
    const id = scheduleJob(x, token, boundaryId, due.dueAt, { type: 'timer-boundary', boundaryId, ...(due.cycle ? { cycle: due.cycle } : {}) });
    (token.armed ??= []).push({ kind: 'job', id, boundaryId });
  }
}

/** Withdraws everything armed for the token: its boundary jobs and its own waiting job. */
export function disarm(x: Execution, token: Token): void {
  for (const armed of token.armed ?? []) {
    if (armed.kind === 'job') x.effects.push({ type: 'job.cancelled', jobId: armed.id });
  }
  delete token.armed;
  if (token.jobId) x.effects.push({ type: 'job.cancelled', jobId: token.jobId });
  delete token.jobId;
}

/**
 * A boundary event of the token's activity fired. Interrupting: the activity is cancelled with
 * all it holds. Non-interrupting: it goes on, and a new token leaves by the boundary event.
 */
export function triggerBoundary(x: Execution, activity: Token, boundaryId: string): Token {
  const boundary = x.node(boundaryId);
  const scopeId = activity.scopeId;
  if (boundary.cancelActivity !== false) x.cancel(activity, `boundary event ${boundaryId}`);
  return x.spawn(boundaryId, scopeId);
}
