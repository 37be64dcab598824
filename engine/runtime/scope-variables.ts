import type { Variables, VariableTarget } from '../engine-interface.ts';
import { EngineError } from '../errors.ts';
import type { Execution } from './execution.ts';
import type { ScopeState, Token } from './instance-state.ts';

/**
 * Variable writes from outside a step (an API call, a correlated message) aimed at one token,
 * as Camunda's `setVariable`/`setVariableLocal` and `removeVariable(Local)` on an execution or
 * a task: plain writes and removals walk outwards from the token's scope, local ones touch only
 * the token's own scope, which is opened on demand and closes when the activity leaves.
 */

/** Sets, then removes, variables as a `variables.set` command asks. */
export function modifyVariables(
  x: Execution,
  {
    variables,
    remove = [],
    tokenId,
    local,
  }: VariableTarget & { variables: Variables; remove?: string[] },
): void {
  if (local && tokenId) setLocalVariables(x, tokenId, variables);
  else x.setVariables(commandScope(x, tokenId), variables);
  if (remove.length === 0) return;
  const scope = local && tokenId ? localScope(x, tokenId) : commandScope(x, tokenId);
  removeVariables(x, scope, remove, local ?? false);
}

/** Where a variable command for a token, or for the instance when `tokenId` is absent, reads from. */
function commandScope(x: Execution, tokenId: string | undefined): ScopeState {
  if (tokenId === undefined) return x.state.scopes[x.state.rootScopeId]!;
  return x.scopeOf(restingToken(x, tokenId));
}

/** The token's own scope (the activity's local variables), opened if it has none yet. */
function localScope(x: Execution, tokenId: string): ScopeState {
  const token = restingToken(x, tokenId);
  if (!token.localScopeId)
    token.localScopeId = x.openScope(token.elementId, token.scopeId, token).id;
  return x.state.scopes[token.localScopeId]!;
}

/** Sets variables on the token's own scope, not where an outer scope already holds the name. */
function setLocalVariables(x: Execution, tokenId: string, variables: Variables): void {
  setOn(x, localScope(x, tokenId), variables);
}

/**
 * Camunda's `processVariablesLocal` of a correlated message: set on the execution that receives
 * it, which is the waiting activity's own scope when it has one (input/output mappings, so its
 * output parameters read them), else the scope it runs in (the process, a subprocess).
 */
export function setReceivedVariables(x: Execution, token: Token, variables: Variables): void {
  setOn(x, x.scopeOf(token), variables);
}

/** Writes each variable on `scope` itself, recording the change. */
function setOn(x: Execution, scope: ScopeState, variables: Variables): void {
  for (const [name, value] of Object.entries(variables)) {
    // Defined here first, so `setVariable` finds it on this scope and records the write.
    if (!Object.hasOwn(scope.variables, name)) scope.variables[name] = null;
    x.setVariable(scope, name, value);
  }
}

/**
 * Removes each name from the nearest scope that holds it (only from `scope` itself when
 * `local`); names held nowhere are left alone, as Camunda does.
 */
function removeVariables(
  x: Execution,
  scope: ScopeState,
  names: readonly string[],
  local: boolean,
): void {
  for (const name of names) {
    let holder: ScopeState | undefined = scope;
    while (holder && !Object.hasOwn(holder.variables, name))
      holder = local || !holder.parentId ? undefined : x.state.scopes[holder.parentId];
    if (!holder) continue;
    delete holder.variables[name];
    x.effects.push({
      type: 'history',
      entry: {
        instanceId: x.state.instanceId,
        kind: 'variable.removed',
        elementId: holder.elementId,
        at: x.ctx.at,
        userId: x.ctx.userId ?? null,
        data: { name },
      },
    });
  }
}

function restingToken(x: Execution, tokenId: string): Token {
  const token = x.state.tokens[tokenId];
  if (!token)
    throw new EngineError(
      'token-not-found',
      `No execution ${tokenId} in instance ${x.state.instanceId}`,
    );
  return token;
}
