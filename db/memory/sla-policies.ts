import {
  DEFAULT_SLA_POLICIES,
  type SlaPolicy,
  type SlaPolicyStore,
} from '../../engine/ports/sla-policies.ts';
import { ascending } from './order.ts';

/** SLA policies in a map by id, starting with the defaults. */
export function createMemorySlaPolicies(): SlaPolicyStore {
  const policies = new Map<string, SlaPolicy>(
    DEFAULT_SLA_POLICIES.map((p) => [p.id, { ...p, names: { ...p.names } }]),
  );
  return {
    async listSlaPolicies() {
      return [...policies.values()]
        .sort((a, b) => ascending(a.id, b.id))
        .map((p) => ({ ...p, names: { ...p.names } }));
    },
    async getSlaPolicy(id) {
      const policy = policies.get(id);
      return policy && { ...policy, names: { ...policy.names } };
    },
    async saveSlaPolicy(policy) {
      policies.set(policy.id, { ...policy, names: { ...policy.names } });
    },
    async deleteSlaPolicy(id) {
      return policies.delete(id);
    },
  };
}
