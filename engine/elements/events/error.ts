import type { FlowNode } from '../../model/graph.ts';
import type { Execution } from '../../runtime/execution.ts';
import type { Token } from '../../runtime/instance-state.ts';
import { eventSubProcessStarts, startEventSubProcess } from '../event-sub-process.ts';
import { raiseToCaller, type ErrorOrigin } from '../call-activity/call-link.ts';
import { isInnerInstance } from '../multi-instance.ts';
import { storeCaught } from './caught-variables.ts';

/**
 * Finds the error boundary event that catches `code`, from the throwing activity outwards
 * through its enclosing subprocesses (BPMN 2.0 §10.5.6). An exact code match wins over a
 * catch-all on the same activity. On a match the activity is cancelled with everything
 * inside it and a token leaves by the boundary event. A called instance hands an error it does
 * not catch to its call activity (`origin`: the token that threw it, when it came from below).
 * `message` is the error's message, for the catching event's `errorMessageVariable`.
 * Returns false when nothing catches.
 */
export function throwBpmnError(
  x: Execution,
  thrower: Token,
  code: string,
  options: { includeSelf: boolean; origin?: ErrorOrigin; message?: string },
): boolean {
  const { message } = options;
  if (options.includeSelf && catchOnBoundary(x, thrower, code, message)) return true;
  const thrownInside = new Set<string>();
  for (let scopeId: string | undefined = thrower.scopeId; scopeId; ) {
    const scope = x.state.scopes[scopeId];
    if (!scope) return false;
    thrownInside.add(scope.elementId);
    // Inside a scope, its error event subprocess catches before the scope's boundary events.
    const starts = eventSubProcessStarts(x, scope.elementId, 'error', thrownInside);
    const start =
      starts.find((s) => errorCodeOf(s) === code) ?? starts.find((s) => !errorCodeOf(s));
    if (start) {
      startEventSubProcess(x, scopeId, start);
      storeCaught(x, scopeId, start, code, message);
      return true;
    }
    const holder = holderOf(x, scopeId);
    if (!holder)
      return (
        scopeId === x.state.rootScopeId && raiseToCaller(x, thrower, code, message, options.origin)
      );
    if (catchOnBoundary(x, holder, code, message)) return true;
    scopeId = holder.scopeId;
  }
  return false;
}

function catchOnBoundary(
  x: Execution,
  activity: Token,
  code: string,
  message: string | undefined,
): boolean {
  // The boundary events of a multi-instance activity belong to its body, not to each instance.
  if (isInnerInstance(x, activity)) return false;
  const boundary = matchingBoundary(x, x.node(activity.elementId), code);
  if (!boundary) return false;
  const scopeId = activity.scopeId;
  x.cancel(activity, `error ${code}`);
  storeCaught(x, scopeId, boundary, code, message);
  x.spawn(boundary.id, scopeId);
  return true;
}

function errorCodeOf(node: FlowNode): string | undefined {
  const definition = node.eventDefinitions.find((d) => d.kind === 'error');
  return definition?.kind === 'error' && definition.errorCode ? definition.errorCode : undefined;
}

function holderOf(x: Execution, scopeId: string): Token | undefined {
  const holderId = x.state.scopes[scopeId]?.holderTokenId;
  return holderId ? x.state.tokens[holderId] : undefined;
}

function matchingBoundary(x: Execution, activity: FlowNode, code: string): FlowNode | undefined {
  let catchAll: FlowNode | undefined;
  for (const id of activity.boundaryEventIds) {
    const boundary = x.graph.nodes[id];
    const definition = boundary?.eventDefinitions.find((d) => d.kind === 'error');
    if (!boundary || !definition || definition.kind !== 'error') continue;
    if (definition.errorCode === undefined || definition.errorCode === '') catchAll ??= boundary;
    else if (definition.errorCode === code) return boundary;
  }
  return catchAll;
}
