import { describe, expect, it } from 'vitest';
import type { ExternalTaskQuery, Store } from '../../engine/ports/store.ts';
import { anExternalTask, useFreshStore } from './store-fixtures.ts';

/**
 * Part of the store contract: Camunda's external task query (`/engine-rest/external-task`),
 * every filter, sort key, page and count in the store.
 */
export function describeExternalTaskQueryContract(makeStore: () => Promise<Store>): void {
  describe('external task queries', () => {
    const store = useFreshStore(makeStore);
    const ids = async (query: ExternalTaskQuery) =>
      (await store().listExternalTasks(query)).map((t) => t.id);
    const tasks = [
      anExternalTask({
        id: 'a',
        instanceId: 'i1',
        elementId: 'send-letter',
        priority: 10,
        retries: null,
        createdAt: 3,
      }),
      anExternalTask({
        id: 'b',
        instanceId: 'i2',
        definitionId: 'refund:1',
        processId: 'refund',
        elementId: 'pay',
        topic: 'payments',
        priority: 50,
        workerId: 'w1',
        lockExpiresAt: 2_000,
        retries: 2,
        createdAt: 1,
      }),
      anExternalTask({
        id: 'c',
        instanceId: 'i2',
        definitionId: 'refund:1',
        processId: 'refund',
        elementId: 'pay',
        topic: 'payments',
        priority: 50,
        workerId: 'w2',
        lockExpiresAt: 500,
        retries: 0,
        createdAt: 2,
      }),
      anExternalTask({ id: 'd', instanceId: 'i3', state: 'completed', createdAt: 0 }),
    ];
    const now = 1_000;
    const cases: [string, ExternalTaskQuery, string[]][] = [
      ['nothing: oldest first', {}, ['d', 'b', 'c', 'a']],
      ['state', { state: 'open' }, ['b', 'c', 'a']],
      ['topic and worker', { topic: 'payments', workerId: 'w2' }, ['c']],
      ['ids, any of', { match: { ids: ['a', 'c', 'x'] } }, ['c', 'a']],
      ['ids, none given', { match: { ids: [] } }, []],
      ['instances', { match: { instanceIds: ['i2', 'i3'] } }, ['d', 'b', 'c']],
      ['elements', { match: { elementIds: ['send-letter'] }, state: 'open' }, ['a']],
      ['definitions', { match: { definitionIds: ['refund:1'] } }, ['b', 'c']],
      ['locked now', { match: { lock: { now, held: true } } }, ['b']],
      [
        'not locked now, expired locks too',
        { match: { lock: { now, held: false } } },
        ['d', 'c', 'a'],
      ],
      [
        'retries left, none set counts',
        { match: { retriesLeft: true }, state: 'open' },
        ['b', 'a'],
      ],
      ['no retries left', { match: { retriesLeft: false } }, ['c']],
      ['lock expiring after, strict', { match: { lockExpiresAfter: 500 } }, ['b']],
      ['lock expiring before, strict', { match: { lockExpiresBefore: 2_000 } }, ['c']],
      ['priority at least', { match: { priorityAtLeast: 50 } }, ['b', 'c']],
      ['priority at most', { match: { priorityAtMost: 10 } }, ['d', 'a']],
      [
        'sorted by priority descending, ties oldest first',
        { state: 'open', sort: [{ by: 'priority', descending: true }] },
        ['b', 'c', 'a'],
      ],
      [
        'sorted by lock expiry, unlocked last',
        { state: 'open', sort: [{ by: 'lockExpiresAt' }] },
        ['c', 'b', 'a'],
      ],
      [
        'sorted by lock expiry descending, unlocked first',
        { state: 'open', sort: [{ by: 'lockExpiresAt', descending: true }] },
        ['a', 'b', 'c'],
      ],
      [
        'sorted by process, then id descending',
        {
          sort: [
            { by: 'processId', descending: true },
            { by: 'id', descending: true },
          ],
        },
        ['c', 'b', 'd', 'a'],
      ],
      [
        'sorted by instance, then definition',
        { state: 'open', sort: [{ by: 'instanceId' }, { by: 'definitionId' }] },
        ['a', 'b', 'c'],
      ],
      ['paged', { offset: 1, limit: 2 }, ['b', 'c']],
      ['paged past the end', { offset: 3, limit: 2 }, ['a']],
    ];

    it.each(cases)('by %s', async (_, query, expected) => {
      await store().commit({ externalTasks: tasks });
      expect(await ids(query)).toEqual(expected);
      const { offset: _offset, limit: _limit, ...unpaged } = query;
      expect(await store().countExternalTasks(unpaged)).toBe((await ids(unpaged)).length);
    });
  });
}
