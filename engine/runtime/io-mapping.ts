import { resolveText } from '../expressions/evaluate.ts';
import type { FlowNode } from '../model/graph.ts';
import type { Execution } from './execution.ts';
import type { ScopeState, Token } from './instance-state.ts';
import type { Variables } from '../engine-interface.ts';

/**
 * Input mappings of an activity (`camunda:inputOutput`): evaluated in the enclosing scope,
 * they become local variables of a scope that lives as long as the activity.
 */
export function beginActivity(token: Token, node: FlowNode, x: Execution): void {
  if (!node.io || (node.io.inputs.length === 0 && node.io.outputs.length === 0)) return;
  // A retried entry replaces the scope of the failed attempt.
  if (token.localScopeId) delete x.state.scopes[token.localScopeId];
  const local = x.openScope(node.id, token.scopeId, token, evaluateInputs(token, node, x));
  token.localScopeId = local.id;
}

export function evaluateInputs(token: Token, node: FlowNode, x: Execution): Variables {
  const variables: Variables = {};
  const context = x.expressionContext(token);
  for (const input of node.io?.inputs ?? [])
    variables[input.target] = resolveText(input.value, context);
  return variables;
}

/** Output mappings: evaluated in the activity's own scope, written to the enclosing one. */
export function applyOutputs(node: FlowNode, from: ScopeState, x: Execution): void {
  const outputs = node.io?.outputs ?? [];
  if (outputs.length === 0) return;
  const context = {
    lookup: (name: string) => x.lookup(from, name),
    instanceId: x.state.instanceId,
    businessKey: x.state.businessKey,
    activityId: node.id,
  };
  const values = outputs.map(
    (output) => [output.target, resolveText(output.value, context)] as const,
  );
  const parent =
    (from.parentId && x.state.scopes[from.parentId]) || x.state.scopes[x.state.rootScopeId]!;
  for (const [name, value] of values) x.setVariable(parent, name, value);
}
