import type { Execution } from './execution.ts';
import { scheduleJob } from './jobs.ts';
import { atRiskAt, changed, customerWaits, scheduleCheck, type OpenSla } from './sla.ts';

/**
 * Stops or restarts the SLA clocks after a step: they stand still while the instance waits on
 * the customer. A pause withdraws the SLA's check and its activity's timers; the resume puts
 * them back later by exactly the time paused, so the remaining time is kept.
 */
export function reconcileSlaClocks(x: Execution): void {
  const open = Object.values(x.state.slas ?? {});
  if (open.length === 0) return;
  const waiting = customerWaits(x) > 0;
  for (const sla of open) {
    if (waiting && !sla.pausedAt) pause(x, sla);
    else if (!waiting && sla.pausedAt) shift(x, sla, x.ctx.at - sla.pausedAt, true);
  }
}

function pause(x: Execution, sla: OpenSla): void {
  sla.pausedAt = x.ctx.at;
  if (sla.checkJobId) x.effects.push({ type: 'job.cancelled', jobId: sla.checkJobId });
  delete sla.checkJobId;
  for (const armed of x.state.tokens[sla.tokenId]?.armed ?? []) {
    if (armed.kind !== 'job' || armed.paused) continue;
    x.effects.push({ type: 'job.cancelled', jobId: armed.id });
    armed.paused = true;
  }
  x.record('sla.paused', x.state.tokens[sla.tokenId] ?? null, { slaId: sla.id });
  changed(x, sla);
}

/**
 * Moves an SLA's target, at-risk point, task due date and activity timers by `delta`.
 * Resuming from a pause counts the delta as paused time.
 */
function shift(x: Execution, sla: OpenSla, delta: number, resuming: boolean): void {
  const token = x.state.tokens[sla.tokenId];
  if (resuming) {
    sla.pausedMs += delta;
    sla.pausedAt = null;
  }
  sla.targetAt += delta;
  sla.atRiskAt += delta;
  for (const armed of token?.armed ?? []) {
    if (armed.kind !== 'job' || armed.dueAt === undefined || !armed.payload) continue;
    if (armed.paused && !resuming) {
      // Re-targeted during a pause: the timer moves, and waits for the resume to be scheduled.
      armed.dueAt += delta;
      continue;
    }
    if (!armed.paused && resuming) continue;
    if (!armed.paused) x.effects.push({ type: 'job.cancelled', jobId: armed.id });
    armed.dueAt += delta;
    armed.id = scheduleJob(x, token!, armed.boundaryId, armed.dueAt, armed.payload);
    delete armed.paused;
  }
  if (token?.taskId && token.dueAt) {
    token.dueAt += delta;
    x.effects.push({ type: 'task.dueChanged', taskId: token.taskId, dueAt: token.dueAt });
  }
  if (!sla.pausedAt) scheduleCheck(x, sla);
  x.record(resuming ? 'sla.resumed' : 'sla.retargeted', token ?? null, {
    slaId: sla.id,
    targetAt: sla.targetAt,
  });
  changed(x, sla);
}

/**
 * Gives a running SLA a new target duration (the customer's tier or the request's priority
 * changed). The time already spent and the time paused stay spent: the new target is counted
 * from the SLA's start, plus its paused time, and the activity's timers move with it.
 */
export function retargetSla(x: Execution, sla: OpenSla, durationMs: number): void {
  const pausedSoFar = sla.pausedMs + (sla.pausedAt ? x.ctx.at - sla.pausedAt : 0);
  const targetAt = sla.startedAt + pausedSoFar + durationMs;
  const delta = targetAt - sla.targetAt;
  sla.atRiskAt = atRiskAt(x, sla.startedAt, sla.startedAt + durationMs) + pausedSoFar - delta;
  if (sla.state === 'at-risk' && x.ctx.at < sla.atRiskAt + delta) {
    sla.state = 'on-time';
    sla.atRiskSince = null;
  }
  shift(x, sla, delta, false);
}
