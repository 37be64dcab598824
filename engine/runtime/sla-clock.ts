import type { Execution } from './execution.ts';
import { customerWaits, sendSla, type OpenSla } from './sla.ts';

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
    if (waiting && !sla.pausedAt) sendSla(x, sla, { type: 'pause', at: x.ctx.at });
    else if (!waiting && sla.pausedAt) sendSla(x, sla, { type: 'resume', at: x.ctx.at });
  }
}

/**
 * Gives a running SLA a new target duration (the customer's tier or the request's priority
 * changed). The time already spent and the time paused stay spent: the new target is counted
 * from the SLA's start, plus its paused time, and the activity's timers move with it.
 */
export function retargetSla(x: Execution, sla: OpenSla, durationMs: number): void {
  sendSla(x, sla, {
    type: 'retarget',
    at: x.ctx.at,
    durationMs,
    atRiskRatio: x.ctx.slaAtRiskRatio ?? 0.8,
  });
}
