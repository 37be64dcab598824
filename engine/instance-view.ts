import type { ActiveToken, InstanceView, Variables, VariableScope } from './engine-interface.ts';
import type { InstanceRecord } from './ports/store.ts';
import type { InstanceState, ScopeState } from './runtime/instance-state.ts';
import { readSnapshot } from './runtime/snapshot-format.ts';

/** The state inside a stored snapshot, of whichever format it was stored in. */
export function stateOf(record: InstanceRecord): InstanceState {
  return readSnapshot(record.snapshot, record.id).context;
}

/**
 * The tokens resting at an element: waiting there or stopped by an incident. A subprocess's own
 * token rests while its inner tokens work; joins rest without being active. The stores count
 * the same tokens in SQL (`restingTokens`).
 */
export function restingTokens(state: Pick<InstanceState, 'tokens'>): ActiveToken[] {
  return Object.values(state.tokens)
    .filter((t) => (t.state === 'waiting' && !t.childScopeId) || t.state === 'incident')
    .map((t) => ({
      tokenId: t.id,
      elementId: t.elementId,
      state: t.state === 'incident' ? 'incident' : 'waiting',
    }));
}

/** What callers see of an instance: its resting tokens and its process variables. */
export function toInstanceView(record: InstanceRecord): InstanceView {
  const state = stateOf(record);
  const tokens = restingTokens(state);
  return {
    id: record.id,
    definitionId: record.definitionId,
    processId: record.processId,
    businessKey: record.businessKey ?? null,
    status: record.status,
    activeElements: tokens.map((t) => t.elementId).sort(),
    tokens,
    variables: { ...(state.scopes[state.rootScopeId]?.variables ?? {}) },
    startedAt: record.startedAt,
    endedAt: record.endedAt ?? null,
    suspended: record.suspended,
  };
}

/**
 * The variables an activity sees where its token waits, as one map: its own input mappings and
 * those of the scopes around it (a multi-instance item, a subprocess), a nearer scope's name
 * hiding a farther one's and names in nearest-first order. With `local`, the token's own scope
 * only. Without a token (or one that has moved on), the process scope.
 */
export function variablesAt(record: InstanceRecord, tokenId?: string, local = false): Variables {
  const merged: Variables = {};
  for (const scope of variableScopes(record, tokenId))
    if (!local || scope.local)
      for (const [name, value] of Object.entries(scope.variables))
        if (!Object.hasOwn(merged, name)) merged[name] = value;
  return merged;
}

/**
 * The scopes whose variables a token sees, nearest first: its activity's own (input mappings,
 * local variables), then its subprocess or multi-instance instance, out to the process. Without
 * a token (or one no longer there), the process scope alone.
 */
export function variableScopes(record: InstanceRecord, tokenId?: string): VariableScope[] {
  const state = stateOf(record);
  const token = tokenId === undefined ? undefined : state.tokens[tokenId];
  const scopes: VariableScope[] = [];
  let id: string | undefined = token ? (token.localScopeId ?? token.scopeId) : state.rootScopeId;
  while (id) {
    const scope: ScopeState | undefined = state.scopes[id];
    if (!scope) break;
    scopes.push({
      scopeId: scope.id,
      elementId: scope.elementId,
      local: scope.id === token?.localScopeId,
      variables: { ...scope.variables },
    });
    id = scope.parentId;
  }
  return scopes;
}
