import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '../../engine/ports/sla-policies.ts';
import type { Store } from '../../engine/ports/store.ts';
import { useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: the SLA policies, which a new store starts with. */
export function describeSlaPolicyContract(makeStore: () => Promise<Store>): void {
  describe('SLA policies', () => {
    const store = useFreshStore(makeStore);
    const byId = (a: SlaPolicy, b: SlaPolicy) => (a.id < b.id ? -1 : 1);

    it('starts with the default policies, ordered by id', async () => {
      expect(await store().listSlaPolicies()).toEqual([...DEFAULT_SLA_POLICIES].sort(byId));
      expect(await store().getSlaPolicy('phone-immediate')).toMatchObject({
        names: { en: 'Phone, immediate', es: 'Teléfono, inmediata' },
        touchpoint: 'phone',
        kind: 'first-response',
        target: 'PT3M',
      });
      expect(await store().getSlaPolicy('fax-immediate')).toBeUndefined();
    });

    it('inserts a policy, and replaces the one of its id', async () => {
      const visit: SlaPolicy = {
        id: 'visit-deferred',
        name: 'Visit, deferred',
        names: { es: 'Visita, diferida' },
        touchpoint: 'visit',
        kind: 'resolution',
        target: 'PT24H',
        calendar: 'madrid',
        updatedAt: 1_000,
        updatedBy: 'sara',
      };
      await store().saveSlaPolicy(visit);
      const changed = { ...visit, names: {}, target: 'PT8H', calendar: null, updatedAt: 2_000 };
      await store().saveSlaPolicy(changed);
      expect(await store().getSlaPolicy('visit-deferred')).toEqual(changed);
      expect(await store().listSlaPolicies()).toEqual(
        [...DEFAULT_SLA_POLICIES, changed].sort(byId),
      );
    });

    it('removes a policy by id, and answers whether there was one', async () => {
      expect(await store().deleteSlaPolicy('chat-deferred')).toBe(true);
      expect(await store().deleteSlaPolicy('chat-deferred')).toBe(false);
      expect(await store().getSlaPolicy('chat-deferred')).toBeUndefined();
      expect((await store().listSlaPolicies()).map((p) => p.id)).toEqual(
        DEFAULT_SLA_POLICIES.map((p) => p.id)
          .filter((id) => id !== 'chat-deferred')
          .sort(),
      );
    });
  });
}
