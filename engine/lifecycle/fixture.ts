import type { InstanceState } from '../runtime/instance-state.ts';

/**
 * The state of instance `i` of process `p` before its start event, for the lifecycle tests.
 * Test-only; nothing in the engine imports it.
 */
export const notStarted: InstanceState = {
  instanceId: 'i',
  definitionId: 'p:1',
  processId: 'p',
  businessKey: null,
  status: 'active',
  seq: 0,
  rootScopeId: 'i.0',
  tokens: {},
  scopes: { 'i.0': { id: 'i.0', elementId: 'p', variables: {} } },
};
