import type { ActiveToken, InstanceView } from './engine-interface.ts';
import type { InstanceRecord } from './ports/store.ts';
import type { InstanceState } from './runtime/instance-state.ts';
import { readSnapshot } from './runtime/snapshot-format.ts';

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
