import type { FlowNode } from '../../model/graph.ts';
import type { Execution } from '../../runtime/execution.ts';
import type { CompensableActivity, ScopeState, Token } from '../../runtime/instance-state.ts';
import { isInnerInstance, isMultiInstanceBody } from '../multi-instance.ts';
import { eventSubProcessStarts } from '../event-sub-process.ts';

/**
 * Compensation (BPMN 2.0 §10.6.5). A completed activity with a compensation handler, or a
 * completed subprocess holding such activities, is remembered in its scope; a compensation
 * throw runs the handlers of what completed, newest first, once each. The thrower waits for
 * its handlers unless `waitForCompletion` is false. A subprocess with a compensation event
 * subprocess is compensated by running that event subprocess, which compensates the
 * subprocess's activities itself, in the order its flow says.
 */
export function rememberCompensable(x: Execution, token: Token, node: FlowNode): void {
  const inner = token.compensable;
  const variables = token.compensationVariables;
  delete token.compensable;
  delete token.compensationVariables;
  // A compensation handler is not compensated in turn.
  if (token.compensationFor) return;
  // A multi-instance body is compensated through its inner instances: one handler run each.
  const handlerId = isMultiInstanceBody(x, token)
    ? undefined
    : node.boundaryEventIds
        .map((id) => x.node(id))
        .find((b) => b.eventDefinitions.some((d) => d.kind === 'compensate'))
        ?.compensationHandlerId;
  const start = variables ? compensationStart(x, node.id) : undefined;
  if (!handlerId && !inner?.length && !start) return;
  // An inner instance of a multi-instance activity is remembered by the body, which hands what it
  // holds to its own entry when it completes.
  const own = x.state.scopes[token.scopeId];
  const scope = isInnerInstance(x, token) && own?.parentId ? x.state.scopes[own.parentId] : own;
  if (!scope) return;
  (scope.compensable ??= []).push({
    activityId: node.id,
    ...(handlerId ? { handlerId } : {}),
    ...(inner?.length ? { inner } : {}),
    ...(start && variables ? { handlerScope: { startId: start.id, variables } } : {}),
  });
}

/**
 * A scope completed: what it remembered goes to its holder's own entry, and a subprocess with a
 * compensation event subprocess keeps its variables for it (Camunda's event scope).
 */
export function handOverCompensable(x: Execution, scope: ScopeState, holder: Token): void {
  if (scope.compensable) holder.compensable = scope.compensable;
  if (compensationStart(x, scope.elementId)) holder.compensationVariables = scope.variables;
}

/** Runs the handlers a compensation throw asks for; returns whether the thrower must wait. */
export function throwCompensation(x: Execution, thrower: Token, node: FlowNode): boolean {
  const definition = node.eventDefinitions.find((d) => d.kind === 'compensate');
  const activityRef = definition?.kind === 'compensate' ? definition.activityRef : undefined;
  const scope = x.state.scopes[thrower.scopeId];
  const remembered = scope?.compensable ?? [];
  const chosen = activityRef ? remembered.filter((c) => c.activityId === activityRef) : remembered;
  if (scope) scope.compensable = remembered.filter((c) => !chosen.includes(c));
  let started = 0;
  for (const entry of chosen.reverse()) started += compensate(x, thrower, entry);
  const wait =
    started > 0 && !(definition?.kind === 'compensate' && definition.waitForCompletion === false);
  if (wait) thrower.state = 'waiting';
  return wait;
}

/**
 * Starts what compensates one entry: its handler, its compensation event subprocess, or else
 * (a subprocess without either) what completed inside it. Returns how many handlers started.
 */
function compensate(x: Execution, thrower: Token, entry: CompensableActivity): number {
  if (entry.handlerId) {
    x.spawn(entry.handlerId, thrower.scopeId).compensationFor = thrower.id;
    return 1;
  }
  if (entry.handlerScope) {
    startCompensationEventSubProcess(x, thrower, entry, entry.handlerScope);
    return 1;
  }
  let started = 0;
  for (const inner of [...(entry.inner ?? [])].reverse()) started += compensate(x, thrower, inner);
  return started;
}

/**
 * The compensation event subprocess runs in a scope restored from the subprocess's variables,
 * holding what the subprocess remembered, so the throws inside it find those activities.
 */
function startCompensationEventSubProcess(
  x: Execution,
  thrower: Token,
  entry: CompensableActivity,
  { startId, variables }: NonNullable<CompensableActivity['handlerScope']>,
): void {
  const start = x.node(startId);
  const holder: Token = {
    id: x.newId(),
    elementId: start.scopeId,
    scopeId: thrower.scopeId,
    state: 'waiting',
    compensationFor: thrower.id,
  };
  x.state.tokens[holder.id] = holder;
  x.record('activity.started', holder);
  const scope = x.openScope(start.scopeId, thrower.scopeId, holder, structuredClone(variables));
  if (entry.inner?.length) scope.compensable = [...entry.inner];
  holder.childScopeId = scope.id;
  x.spawn(start.id, scope.id);
}

/** The start event of the compensation event subprocess directly inside a subprocess, if any. */
function compensationStart(x: Execution, scopeElementId: string): FlowNode | undefined {
  return eventSubProcessStarts(x, scopeElementId, 'compensate')[0];
}

/** A handler finished: the thrower goes on once the last of its handlers is done. */
export function handlerDone(x: Execution, handler: Token): void {
  const throwerId = handler.compensationFor;
  if (!throwerId || Object.values(x.state.tokens).some((t) => t.compensationFor === throwerId))
    return;
  const thrower = x.state.tokens[throwerId];
  if (thrower?.state !== 'waiting') return;
  const node = x.node(thrower.elementId);
  if (node.kind === 'endEvent') return x.consume(thrower);
  x.guarded(thrower, 'leave', () => x.leave(thrower));
}
