import type { FlowNode } from '../model/graph.ts';
import type { Execution } from './execution.ts';
import type { CompensableActivity, Token } from './instance-state.ts';
import { isInnerInstance, isMultiInstanceBody } from './multi-instance.ts';

/**
 * Compensation (BPMN 2.0 §10.6.5). A completed activity with a compensation handler, or a
 * completed subprocess holding such activities, is remembered in its scope; a compensation
 * throw runs the handlers of what completed, newest first, once each. The thrower waits for
 * its handlers unless `waitForCompletion` is false.
 */
export function rememberCompensable(x: Execution, token: Token, node: FlowNode): void {
  // A multi-instance body is compensated through its inner instances: one handler run each.
  const handlerId = isMultiInstanceBody(x, token)
    ? undefined
    : node.boundaryEventIds
        .map((id) => x.node(id))
        .find((b) => b.eventDefinitions.some((d) => d.kind === 'compensate'))
        ?.compensationHandlerId;
  const inner = token.compensable;
  delete token.compensable;
  if (!handlerId && !inner?.length) return;
  // An inner instance of a multi-instance activity is remembered by the body, which hands what it
  // holds to its own entry when it completes.
  const own = x.state.scopes[token.scopeId];
  const scope = isInnerInstance(x, token) && own?.parentId ? x.state.scopes[own.parentId] : own;
  if (!scope) return;
  (scope.compensable ??= []).push({
    activityId: node.id,
    ...(handlerId ? { handlerId } : {}),
    ...(inner?.length ? { inner } : {}),
  });
}

/** Runs the handlers a compensation throw asks for; returns whether the thrower must wait. */
export function throwCompensation(x: Execution, thrower: Token, node: FlowNode): boolean {
  const definition = node.eventDefinitions.find((d) => d.kind === 'compensate');
  const activityRef = definition?.kind === 'compensate' ? definition.activityRef : undefined;
  const scope = x.state.scopes[thrower.scopeId];
  const remembered = scope?.compensable ?? [];
  const chosen = activityRef ? remembered.filter((c) => c.activityId === activityRef) : remembered;
  if (scope) scope.compensable = remembered.filter((c) => !chosen.includes(c));
  const handlers = chosen.reverse().flatMap(handlersOf);
  for (const handlerId of handlers) {
    const handler = x.spawn(handlerId, thrower.scopeId);
    handler.compensationFor = thrower.id;
  }
  const wait =
    handlers.length > 0 &&
    !(definition?.kind === 'compensate' && definition.waitForCompletion === false);
  if (wait) thrower.state = 'waiting';
  return wait;
}

/** A subprocess without a handler of its own is compensated by compensating what it did. */
function handlersOf(entry: CompensableActivity): string[] {
  if (entry.handlerId) return [entry.handlerId];
  return [...(entry.inner ?? [])].reverse().flatMap(handlersOf);
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
