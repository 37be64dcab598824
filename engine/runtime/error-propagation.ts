import type { FlowNode } from '../model/graph.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';

/**
 * Finds the error boundary event that catches `code`, from the throwing activity outwards
 * through its enclosing subprocesses (BPMN 2.0 §10.5.6). An exact code match wins over a
 * catch-all on the same activity. On a match the activity is cancelled with everything
 * inside it and a token leaves by the boundary event. Returns false when nothing catches.
 */
export function throwBpmnError(x: Execution, thrower: Token, code: string, options: { includeSelf: boolean }): boolean {
  let candidate: Token | undefined = options.includeSelf ? thrower : holderOf(x, thrower.scopeId);
  while (candidate) {
    const boundary = matchingBoundary(x, x.node(candidate.elementId), code);
    if (boundary) {
      const scopeId = candidate.scopeId;
      x.cancel(candidate, `error ${code}`);
      x.spawn(boundary.id, scopeId);
      return true;
    }
    candidate = holderOf(x, candidate.scopeId);
  }
  return false;
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
