import type { ActiveToken, InstanceView, Variables } from './engine-interface.ts';
import type { InstanceRecord } from './ports/store.ts';
import type { InstanceState } from './runtime/instance-state.ts';
import { readSnapshot } from './runtime/snapshot-format.ts';
import { visibleVariables } from './runtime/variables.ts';

/** The state inside a stored snapshot, of whichever format it was stored in. */
export function stateOf(record: InstanceRecord): InstanceState {
  return readSnapshot(record.snapshot, record.id).context;
}

/** What callers see of an instance: its resting tokens and its process variables. */
export function toInstanceView(record: InstanceRecord): InstanceView {
  const state = stateOf(record);
  const tokens: ActiveToken[] = Object.values(state.tokens)
    // A subprocess's own token rests while its inner tokens work; joins rest without being active.
    .filter((t) => (t.state === 'waiting' && !t.childScopeId) || t.state === 'incident')
    .map((t) => ({
      tokenId: t.id,
      elementId: t.elementId,
      state: t.state === 'incident' ? 'incident' : 'waiting',
    }));
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
  };
}

/**
 * The variables an activity sees where its token waits: its own input mappings and those of
 * the scopes around it (a multi-instance item, a subprocess), inner ones shadowing outer ones.
 * A token that has moved on sees the process scope.
 */
export function variablesAt(record: InstanceRecord, tokenId: string): Variables {
  const state = stateOf(record);
  const token = state.tokens[tokenId];
  const scope =
    (token && state.scopes[token.localScopeId ?? token.scopeId]) ?? state.scopes[state.rootScopeId];
  return scope ? visibleVariables(state, scope) : {};
}
