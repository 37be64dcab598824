import { transition } from '../lifecycle/transition.ts';
import {
  slaMachine,
  slaStateValue,
  storedSlaState,
  type SlaClock,
  type SlaEffect,
  type SlaEvent,
} from '../lifecycle/sla.machine.ts';
import type { FlowNode } from '../model/graph.ts';
import type { SlaRecord, SlaState } from '../ports/sla.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { scheduleJob } from './jobs.ts';
import { policyReadBy } from './sla-policy.ts';

/**
 * SLA records. An activity that waits with a due date (a user task's) or under a timer boundary
 * event carries a promise: its target is the due date, else the earliest interrupting timer,
 * else the earliest timer. An activity that chose its request's promise carries that one,
 * started at the customer's contact (`request-promise.ts`). Its lifecycle is
 * `lifecycle/sla.machine.ts`: every change goes through the machine, and this file carries out
 * the effects it returns (the check job, the activity's timers, history).
 */
export function openSla(
  x: Execution,
  token: Token,
  node: FlowNode,
  dueAt: number | null | undefined,
  calendar?: string,
  requestPromise?: { startedAt: number; targetAt: number },
): void {
  const timers = (token.armed ?? []).filter((a) => a.kind === 'job' && a.dueAt !== undefined);
  const interrupting = timers.filter((a) => x.node(a.boundaryId).cancelActivity !== false);
  const targetAt = requestPromise?.targetAt ?? dueAt ?? earliest(interrupting) ?? earliest(timers);
  if (targetAt === undefined) return;
  const sla = openSlaRecord(x, {
    elementId: node.id,
    tokenId: token.id,
    taskId: token.taskId ?? null,
    lane: node.lane ?? null,
    startedAt: requestPromise?.startedAt ?? x.ctx.at,
    targetAt,
    calendar: calendar ?? null,
    policy: policyReadBy(x, node)?.id ?? null,
  });
  token.slaId = sla.id;
}

/**
 * A new SLA record in the machine's initial state (open, on time, its clock running), paused at
 * once while the customer has the ball. `tokenId` names what it guards: an activity's token, or
 * the scope instance of a request's promise (`request-promise.ts`).
 */
export function openSlaRecord(
  x: Execution,
  opened: Pick<
    SlaRecord,
    'elementId' | 'tokenId' | 'taskId' | 'lane' | 'startedAt' | 'targetAt' | 'calendar' | 'policy'
  >,
): OpenSla {
  const sla: OpenSla = {
    id: x.newId(),
    instanceId: x.state.instanceId,
    processId: x.state.processId,
    businessKey: x.state.businessKey,
    ...opened,
    state: 'on-time',
    atRiskAt: atRiskAt(x, opened.startedAt, opened.targetAt),
    pausedAt: null,
    pausedMs: 0,
    atRiskSince: null,
    breachedAt: null,
    closedAt: null,
  };
  (x.state.slas ??= {})[sla.id] = sla;
  if (customerWaits(x) > 0) sendSla(x, sla, { type: 'pause', at: x.ctx.at });
  else {
    scheduleCheck(x, sla, sla.atRiskAt);
    changed(x, sla);
  }
  return sla;
}

/** A check job fired: the SLA turns at risk or breaks when its time has come. */
export function checkSla(x: Execution, slaId: string): void {
  const sla = x.state.slas?.[slaId];
  if (!sla) return;
  // The job that fired is deleted with this step.
  delete sla.checkJobId;
  sendSla(x, sla, { type: 'check', at: x.ctx.at });
}

/**
 * The activity ended: its SLA is met unless it broke already; cancelled work is `cancelled`.
 * Returns the SLA that closed and how, if the activity had one.
 */
export function closeSla(
  x: Execution,
  token: Token,
  outcome: 'completed' | 'cancelled',
): ClosedSla | undefined {
  const sla = token.slaId ? x.state.slas?.[token.slaId] : undefined;
  delete token.slaId;
  if (!sla) return undefined;
  const state = sendSla(x, sla, {
    type: outcome === 'completed' ? 'complete' : 'cancel',
    at: x.ctx.at,
  });
  return { id: sla.id, state };
}

/** An SLA that closed: met, breached, or cancelled before it broke. */
export interface ClosedSla {
  id: string;
  state: SlaState;
}

/** An SLA while its activity runs: the record plus the job that checks it. */
export type OpenSla = SlaRecord & { checkJobId?: string };

/**
 * Runs one event through an open SLA's machine, keeps the new state in the record and carries
 * out the effects: history, the check job, the activity's timers and due date. A closed SLA
 * leaves the instance's open SLAs. Returns the new state.
 */
export function sendSla(x: Execution, sla: OpenSla, event: SlaEvent): SlaState {
  const before = clockOf(sla);
  const snapshot = slaMachine.resolveState({
    value: slaStateValue(sla.state, before),
    context: before,
  });
  const [next, effects] = transition(slaMachine, snapshot, event);
  const state = storedSlaState(next);
  const moved =
    state !== sla.state ||
    Object.entries(next.context).some(([k, v]) => before[k as keyof SlaClock] !== v);
  Object.assign(sla, next.context, { state });
  for (const effect of effects) carryOut(x, sla, effect as unknown as SlaEffect);
  if (next.status === 'done') delete x.state.slas![sla.id];
  if (moved) changed(x, sla);
  return state;
}

function carryOut(x: Execution, sla: OpenSla, effect: SlaEffect): void {
  const token = x.state.tokens[sla.tokenId];
  switch (effect.type) {
    case 'record': {
      const { kind } = effect.params;
      const data =
        kind === 'sla.paused'
          ? { slaId: sla.id }
          : kind === 'sla.breached'
            ? { slaId: sla.id, targetAt: sla.targetAt, lane: sla.lane }
            : { slaId: sla.id, targetAt: sla.targetAt };
      // A promise of a whole process or subprocess has no token; its SLA names the element.
      return x.record(kind, token ?? null, data);
    }
    case 'scheduleCheck':
      return scheduleCheck(x, sla, effect.params.dueAt);
    case 'cancelCheck':
      if (sla.checkJobId) x.effects.push({ type: 'job.cancelled', jobId: sla.checkJobId });
      delete sla.checkJobId;
      return;
    case 'pauseTimers':
      for (const armed of token?.armed ?? []) {
        if (armed.kind !== 'job' || armed.paused) continue;
        x.effects.push({ type: 'job.cancelled', jobId: armed.id });
        armed.paused = true;
      }
      return;
    case 'moveTimers':
      return moveTimers(x, token, effect.params.delta, effect.params.resuming);
  }
}

/**
 * Moves the activity's timers and its task's due date by `delta`. A resume puts the paused timers
 * back; a re-target during a pause moves them and leaves them for the resume to schedule.
 */
function moveTimers(x: Execution, token: Token | undefined, delta: number, resuming: boolean) {
  for (const armed of token?.armed ?? []) {
    if (armed.kind !== 'job' || armed.dueAt === undefined || !armed.payload) continue;
    if (armed.paused && !resuming) {
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
}

function scheduleCheck(x: Execution, sla: OpenSla, dueAt: number | null): void {
  if (sla.checkJobId) x.effects.push({ type: 'job.cancelled', jobId: sla.checkJobId });
  delete sla.checkJobId;
  if (dueAt === null) return;
  sla.checkJobId = scheduleJob(x, x.state.tokens[sla.tokenId] ?? null, sla.elementId, dueAt, {
    type: 'sla-check',
    slaId: sla.id,
  });
}

function changed(x: Execution, sla: OpenSla): void {
  const { checkJobId: _job, ...record } = sla;
  x.effects.push({ type: 'sla.changed', sla: { ...record } });
}

function clockOf(sla: OpenSla): SlaClock {
  return {
    startedAt: sla.startedAt,
    targetAt: sla.targetAt,
    atRiskAt: sla.atRiskAt,
    pausedAt: sla.pausedAt ?? null,
    pausedMs: sla.pausedMs,
    atRiskSince: sla.atRiskSince ?? null,
    breachedAt: sla.breachedAt ?? null,
    closedAt: sla.closedAt ?? null,
  };
}

/** At-risk point: the configured share of the target elapsed (80% by default). */
function atRiskAt(x: Execution, startedAt: number, targetAt: number): number {
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
