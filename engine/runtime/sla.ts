import type { FlowNode } from '../model/graph.ts';
import type { SlaRecord } from '../ports/sla.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { scheduleJob } from './jobs.ts';

/**
 * SLA records. An activity that waits with a due date (a user task's) or under a timer boundary
 * event carries a promise: its target is the due date, else the earliest interrupting timer,
 * else the earliest timer. A job checks it when it turns at risk and when it breaks.
 */
export function openSla(
  x: Execution,
  token: Token,
  node: FlowNode,
  dueAt: number | null | undefined,
  calendar?: string,
): void {
  const timers = (token.armed ?? []).filter((a) => a.kind === 'job' && a.dueAt !== undefined);
  const interrupting = timers.filter((a) => x.node(a.boundaryId).cancelActivity !== false);
  const targetAt = dueAt ?? earliest(interrupting) ?? earliest(timers);
  if (targetAt === undefined) return;
  const startedAt = x.ctx.at;
  const sla: SlaRecord = {
    id: x.newId(),
    instanceId: x.state.instanceId,
    processId: x.state.processId,
    businessKey: x.state.businessKey,
    elementId: node.id,
    tokenId: token.id,
    taskId: token.taskId ?? null,
    lane: node.lane ?? null,
    state: 'on-time',
    startedAt,
    targetAt,
    atRiskAt: atRiskAt(x, startedAt, targetAt),
    pausedAt: null,
    pausedMs: 0,
    atRiskSince: null,
    breachedAt: null,
    closedAt: null,
    calendar: calendar ?? null,
  };
  token.slaId = sla.id;
  (x.state.slas ??= {})[sla.id] = sla;
  if (customerWaits(x) > 0) sla.pausedAt = startedAt;
  else scheduleCheck(x, sla);
  changed(x, sla);
}

/** A check job fired: the SLA turns at risk or breaks when its time has come. */
export function checkSla(x: Execution, slaId: string): void {
  const sla = x.state.slas?.[slaId];
  if (!sla || sla.pausedAt) return;
  delete sla.checkJobId;
  const now = x.ctx.at;
  if (now >= sla.targetAt) return breach(x, sla);
  if (now >= sla.atRiskAt && sla.state === 'on-time') {
    sla.state = 'at-risk';
    sla.atRiskSince = now;
    x.record('sla.at-risk', x.state.tokens[sla.tokenId] ?? null, {
      slaId: sla.id,
      targetAt: sla.targetAt,
    });
    changed(x, sla);
  }
  scheduleCheck(x, sla);
}

/** The promise broke now (a check, or the SLA's own interrupting timer fired). */
export function breach(x: Execution, sla: OpenSla): void {
  if (sla.state === 'breached') return;
  sla.state = 'breached';
  sla.breachedAt = x.ctx.at;
  x.record('sla.breached', x.state.tokens[sla.tokenId] ?? null, {
    slaId: sla.id,
    targetAt: sla.targetAt,
    lane: sla.lane,
  });
  changed(x, sla);
}

/** The activity ended: its SLA is met unless it broke already; cancelled work is `cancelled`. */
export function closeSla(x: Execution, token: Token, outcome: 'completed' | 'cancelled'): void {
  const sla = token.slaId ? x.state.slas?.[token.slaId] : undefined;
  delete token.slaId;
  if (!sla) return;
  if (sla.checkJobId) x.effects.push({ type: 'job.cancelled', jobId: sla.checkJobId });
  if (sla.state !== 'breached') sla.state = outcome === 'completed' ? 'met' : 'cancelled';
  if (sla.pausedAt) sla.pausedMs += x.ctx.at - sla.pausedAt;
  sla.pausedAt = null;
  sla.closedAt = x.ctx.at;
  delete x.state.slas![sla.id];
  if (sla.state === 'met') x.record('sla.met', token, { slaId: sla.id, targetAt: sla.targetAt });
  changed(x, sla);
}

/** An SLA while its activity runs: the record plus the job that checks it. */
export type OpenSla = SlaRecord & { checkJobId?: string };

export function scheduleCheck(x: Execution, sla: OpenSla): void {
  if (sla.checkJobId) x.effects.push({ type: 'job.cancelled', jobId: sla.checkJobId });
  const dueAt = sla.state === 'on-time' ? sla.atRiskAt : sla.targetAt;
  sla.checkJobId = scheduleJob(x, x.state.tokens[sla.tokenId] ?? null, sla.elementId, dueAt, {
    type: 'sla-check',
    slaId: sla.id,
  });
}

export function changed(x: Execution, sla: OpenSla): void {
  const { checkJobId: _job, ...record } = sla;
  x.effects.push({ type: 'sla.changed', sla: { ...record } });
}

/** At-risk point: the configured share of the target elapsed (80% by default). */
export function atRiskAt(x: Execution, startedAt: number, targetAt: number): number {
  return startedAt + Math.floor((targetAt - startedAt) * (x.ctx.slaAtRiskRatio ?? 0.8));
}

/** Tokens waiting on the customer: elements marked `waitsOnCustomer` in the diagram. */
export function customerWaits(x: Execution): number {
  return Object.values(x.state.tokens).filter(
    (t) => t.state === 'waiting' && isCustomerWait(x.graph.nodes[t.elementId]),
  ).length;
}

export function isCustomerWait(node: FlowNode | undefined): boolean {
  const value = node?.properties.waitsOnCustomer ?? node?.properties['promesa:waitsOnCustomer'];
  return value === 'true';
}

function earliest(armed: { dueAt?: number }[]): number | undefined {
  const times = armed.map((a) => a.dueAt!).filter((t) => t !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}
