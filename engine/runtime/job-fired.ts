import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { scheduleJob, type JobPayload } from './jobs.ts';
import { triggerBoundary } from './boundary-events.ts';
import { nextDue } from '../timers/timer-schedule.ts';

/**
 * A job of this instance fired. A job whose token has moved on meanwhile is stale and does
 * nothing: the token withdrew it, and the executor deletes it with this step.
 */
export function jobFired(x: Execution, jobId: string, payload: JobPayload, dueAt: number): void {
  const token = Object.values(x.state.tokens).find((t) => t.jobId === jobId || t.armed?.some((a) => a.id === jobId));
  if (!token) return;
  switch (payload.type) {
    case 'timer-catch':
      delete token.jobId;
      x.guarded(token, 'leave', () => x.leave(token));
      break;
    case 'async-before':
      delete token.jobId;
      token.asyncBeforeDone = true;
      x.resume(token);
      break;
    case 'async-after':
      delete token.jobId;
      x.guarded(token, 'leave', () => x.takeFlows(token, x.selectOutgoing(x.node(token.elementId), token)));
      break;
    case 'timer-boundary':
      fireBoundaryTimer(x, token, jobId, payload, dueAt);
      break;
  }
  x.run();
}

function fireBoundaryTimer(x: Execution, token: Token, jobId: string, payload: Extract<JobPayload, { type: 'timer-boundary' }>, dueAt: number) {
  token.armed = token.armed?.filter((a) => a.id !== jobId);
  const boundary = x.node(payload.boundaryId);
  // A non-interrupting cycle fires again until the activity ends.
  if (boundary.cancelActivity === false && payload.cycle) {
    const next = nextDue(payload.cycle, dueAt);
    if (next) {
      const id = scheduleJob(x, token, boundary.id, next.dueAt, { type: 'timer-boundary', boundaryId: boundary.id, ...(next.cycle ? { cycle: next.cycle } : {}) });
      (token.armed ??= []).push({ kind: 'job', id, boundaryId: boundary.id });
    }
  }
  triggerBoundary(x, token, payload.boundaryId);
}
