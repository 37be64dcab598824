import type { FlowNode } from '../model/graph.ts';
import type { Execution } from '../runtime/execution.ts';
import type { Armed, Token } from '../runtime/instance-state.ts';
import { scheduleJob, timerDue } from '../runtime/jobs.ts';
import { eventTrigger, openSubscription } from '../runtime/subscriptions.ts';

type TriggerKind = 'error' | 'escalation' | 'message' | 'signal' | 'timer' | 'compensate';

/**
 * Start events of the event subprocesses directly inside a process or subprocess, by trigger.
 * `thrownInside` names the scopes an error or escalation was thrown in: an event subprocess
 * never catches what it threw itself, the scope around it does (Camunda 7).
 */
export function eventSubProcessStarts(
  x: Execution,
  scopeElementId: string,
  kind: TriggerKind,
  thrownInside?: ReadonlySet<string>,
): FlowNode[] {
  const starts: FlowNode[] = [];
  for (const id of x.graph.scopes[scopeElementId]?.eventSubProcessIds ?? []) {
    if (thrownInside?.has(id)) continue;
    for (const nodeId of x.graph.scopes[id]?.nodeIds ?? []) {
      const node = x.graph.nodes[nodeId];
      if (node?.kind === 'startEvent' && node.eventDefinitions.some((d) => d.kind === kind))
        starts.push(node);
    }
  }
  return starts;
}

/**
 * Arms the message, signal and timer starts of a scope instance's event subprocesses; they stay
 * armed while the scope lives (BPMN 2.0 §10.3.5).
 */
export function armScope(x: Execution, scopeId: string): void {
  const scope = x.state.scopes[scopeId]!;
  for (const kind of ['message', 'signal', 'timer'] as const) {
    for (const start of eventSubProcessStarts(x, scope.elementId, kind)) {
      const armed = armStart(x, scopeId, start);
      if (armed) (scope.armed ??= []).push(armed);
    }
  }
}

function armStart(x: Execution, scopeId: string, start: FlowNode): Armed | undefined {
  // Expressions in names and timers are read in the scope being armed.
  const reader: Token = { id: '', elementId: start.id, scopeId, state: 'waiting' };
  if (start.eventDefinitions.some((d) => d.kind === 'timer')) {
    const due = timerDue(x, reader, start)!;
    const id = scheduleJob(x, null, start.id, due.dueAt, {
      type: 'timer-boundary',
      boundaryId: start.id,
      ...(due.cycle ? { cycle: due.cycle } : {}),
    });
    return { kind: 'job', id, boundaryId: start.id };
  }
  if (!eventTrigger(start)) return undefined;
  return {
    kind: 'subscription',
    id: openSubscription(x, reader, start, null),
    boundaryId: start.id,
  };
}

/** Withdraws what a scope instance armed for its event subprocesses. */
export function disarmScope(x: Execution, scopeId: string): void {
  const scope = x.state.scopes[scopeId];
  for (const armed of scope?.armed ?? []) {
    x.effects.push(
      armed.kind === 'job'
        ? { type: 'job.cancelled', jobId: armed.id }
        : { type: 'subscription.closed', subscriptionId: armed.id },
    );
  }
  if (scope) delete scope.armed;
}

/** The scope instance that armed `armedId`, if any. */
export function scopeArming(x: Execution, armedId: string): string | undefined {
  return Object.values(x.state.scopes).find((s) => s.armed?.some((a) => a.id === armedId))?.id;
}

/**
 * Starts the event subprocess of `start` inside a scope instance. An interrupting one first
 * cancels everything else the scope runs, and what it armed.
 */
export function startEventSubProcess(x: Execution, scopeId: string, start: FlowNode): void {
  if (start.isInterrupting !== false) {
    for (const token of x.tokensIn(scopeId)) x.cancel(token, `interrupted by ${start.scopeId}`);
    disarmScope(x, scopeId);
  }
  const holder: Token = { id: x.newId(), elementId: start.scopeId, scopeId, state: 'waiting' };
  x.state.tokens[holder.id] = holder;
  x.record('activity.started', holder);
  const child = x.openScope(start.scopeId, scopeId, holder);
  holder.childScopeId = child.id;
  x.spawn(start.id, child.id);
}
