import { describe, expect, it } from 'vitest';
import type { Store } from '../../engine/ports/store.ts';
import { useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: the workers seen asking for work, by topic. */
export function describeWorkerSightingContract(makeStore: () => Promise<Store>): void {
  describe('worker sightings', () => {
    const store = useFreshStore(makeStore);

    it('keeps the latest time each worker asked for each topic, and lists those seen since a time', async () => {
      await store().recordWorkerSightings({
        workerId: 'mailer',
        topics: ['notify-customer'],
        at: 1_000,
      });
      await store().recordWorkerSightings({
        workerId: 'crm',
        topics: ['update-crm', 'merge-records', 'update-crm'],
        at: 2_000,
      });
      await store().recordWorkerSightings({
        workerId: 'mailer',
        topics: ['notify-customer'],
        at: 5_000,
      });
      // A late write of an older poll does not move the time back.
      await store().recordWorkerSightings({
        workerId: 'mailer',
        topics: ['notify-customer'],
        at: 3_000,
      });
      expect(await store().listWorkerSightings(0)).toEqual([
        { topic: 'merge-records', workerId: 'crm', lastSeenAt: 2_000 },
        { topic: 'notify-customer', workerId: 'mailer', lastSeenAt: 5_000 },
        { topic: 'update-crm', workerId: 'crm', lastSeenAt: 2_000 },
      ]);
      expect(await store().listWorkerSightings(4_000)).toEqual([
        { topic: 'notify-customer', workerId: 'mailer', lastSeenAt: 5_000 },
      ]);
      await store().recordWorkerSightings({ workerId: 'idle', topics: [], at: 9_000 });
      expect(await store().listWorkerSightings(6_000)).toEqual([]);
    });
  });
}
