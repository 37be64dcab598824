import {
  DEFAULT_SLA_POLICIES,
  type SlaPolicy,
  type SlaPolicyStore,
} from '../../engine/ports/sla-policies.ts';
import { ascending } from './order.ts';

/** SLA policies in a map by id, starting with the defaults. */
export function createMemorySlaPolicies(): SlaPolicyStore {
  const policies = new Map<string, SlaPolicy>(DEFAULT_SLA_POLICIES.map((p) => [p.id, { ...p }]));
  return {
    async listSlaPolicies() {
      return [...policies.values()].sort((a, b) => ascending(a.id, b.id)).map((p) => ({ ...p }));
    },
    async getSlaPolicy(id) {
      const policy = policies.get(id);
      return policy && { ...policy };
    },
    async saveSlaPolicy(policy) {
      policies.set(policy.id, { ...policy });
    },
  };
}
