import type { FlowNode } from '../../model/graph.ts';
import type { Execution } from '../../runtime/execution.ts';

/**
 * Camunda's `errorCodeVariable`, `errorMessageVariable` and `escalationCodeVariable`: the event
 * that catches an error or escalation writes its code (and an error's message, null without one)
 * into variables, set from the scope the catch happens in, as `setVariable` would.
 */
export function storeCaught(
  x: Execution,
  scopeId: string,
  catcher: FlowNode,
  code: string,
  message?: string,
): void {
  const scope = x.state.scopes[scopeId];
  if (!scope) return;
  for (const definition of catcher.eventDefinitions) {
    if (definition.kind !== 'error' && definition.kind !== 'escalation') continue;
    if (definition.codeVariable) x.setVariable(scope, definition.codeVariable, code);
    if (definition.kind === 'error' && definition.messageVariable)
      x.setVariable(scope, definition.messageVariable, message ?? null);
  }
}
