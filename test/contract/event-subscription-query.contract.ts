import { describe, expect, it } from 'vitest';
import type { Store } from '../../engine/ports/store.ts';
import type {
  EventSubscriptionRecord,
  SubscriptionQuery,
} from '../../engine/ports/subscriptions.ts';
import { useFreshStore } from './store-fixtures.ts';

function aSubscription(overrides: Partial<EventSubscriptionRecord>): EventSubscriptionRecord {
  return {
    id: 'sub-1',
    kind: 'message',
    name: 'payment-received',
    instanceId: 'instance-1',
    tokenId: 'token-1',
    elementId: 'wait-for-payment',
    definitionId: 'order:1',
    processId: 'order',
    businessKey: 'order-1',
    createdAt: 1_000,
    ...overrides,
  };
}

/**
 * Part of the store contract: event subscriptions by every filter the engine and Camunda's
 * event subscription query (`/engine-rest/event-subscription`) use, newest or oldest first,
 * paged and counted in the store.
 */
export function describeEventSubscriptionQueryContract(makeStore: () => Promise<Store>): void {
  describe('event subscription queries', () => {
    const store = useFreshStore(makeStore);
    const subscriptions = [
      aSubscription({ id: 'a', createdAt: 3 }),
      aSubscription({
        id: 'b',
        kind: 'signal',
        name: 'stop',
        instanceId: 'instance-2',
        elementId: 'stop-caught',
        businessKey: null,
        createdAt: 1,
      }),
      aSubscription({
        id: 'c',
        name: 'order-placed',
        instanceId: null,
        tokenId: null,
        elementId: 'order-start',
        businessKey: null,
        createdAt: 2,
      }),
      aSubscription({ id: 'd', elementId: 'wait-for-refund', createdAt: 3 }),
    ];
    const cases: [string, SubscriptionQuery, string[]][] = [
      ['nothing: oldest first, ties by id', {}, ['b', 'c', 'a', 'd']],
      ['newest first, ties by id', { newestFirst: true }, ['a', 'd', 'c', 'b']],
      ['kind', { kind: 'signal' }, ['b']],
      ['name', { name: 'payment-received' }, ['a', 'd']],
      ['instance', { instanceId: 'instance-1' }, ['a', 'd']],
      ['business key', { businessKey: 'order-1' }, ['a', 'd']],
      ['start events only', { startEventsOnly: true }, ['c']],
      ['instances only', { instancesOnly: true }, ['b', 'a', 'd']],
      ['id', { id: 'c' }, ['c']],
      ['element', { elementId: 'wait-for-refund' }, ['d']],
      ['element and kind', { elementId: 'stop-caught', kind: 'message' }, []],
      ['paged', { offset: 1, limit: 2 }, ['c', 'a']],
      ['paged newest first', { newestFirst: true, offset: 3, limit: 2 }, ['b']],
      ['a limit only', { limit: 1 }, ['b']],
    ];

    it.each(cases)('by %s', async (_, query, expected) => {
      await store().commit({ subscriptionsToInsert: subscriptions });
      expect((await store().findSubscriptions(query)).map((s) => s.id)).toEqual(expected);
      const { offset: _offset, limit: _limit, ...unpaged } = query;
      expect(await store().countSubscriptions(unpaged)).toBe(
        (await store().findSubscriptions(unpaged)).length,
      );
    });

    it('reads back every field', async () => {
      await store().commit({ subscriptionsToInsert: subscriptions });
      expect(await store().findSubscriptions({ id: 'c' })).toEqual([subscriptions[2]]);
      expect(await store().findSubscriptions({ id: 'a' })).toEqual([subscriptions[0]]);
    });
  });
}
