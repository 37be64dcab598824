import { describe, expect, it } from 'vitest';
import type { ActivityPassQuery, HistoryEntry, Store } from '../../engine/index.ts';
import { aTask, anInstance, useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: passes through flow nodes read from the history, queried and paged. */
export function describeActivityPassContract(makeStore: () => Promise<Store>): void {
  describe('activity passes', () => {
    const store = useFreshStore(makeStore);
    const line = (
      instanceId: string,
      kind: string,
      elementId: string,
      at: number,
      tokenId = 't1',
      elementType = 'bpmn:UserTask',
    ): HistoryEntry => ({ instanceId, kind, elementId, elementType, tokenId, at });
    const seed = async () => {
      for (const record of [
        anInstance({ id: 'i1' }),
        anInstance({ id: 'i2', processId: 'refund', definitionId: 'refund:1' }),
      ])
        await store().commit({ instance: { record, expectedVersion: null } });
      await store().commit({
        history: [
          line('i1', 'instance.started', 'process', 1_000),
          line('i1', 'activity.started', 'review', 1_000),
          line('i1', 'activity.completed', 'review', 4_000),
          // A loop: the same token passes again, and is still there.
          line('i1', 'activity.started', 'review', 5_000),
          line('i2', 'activity.started', 'check', 2_000, 't9', 'bpmn:ServiceTask'),
          line('i2', 'activity.cancelled', 'check', 3_000, 't9', 'bpmn:ServiceTask'),
        ],
        tasks: [
          aTask({
            id: 'task-1',
            instanceId: 'i1',
            tokenId: 't1',
            elementId: 'review',
            createdAt: 1_000,
            assignee: 'ana',
          }),
        ],
      });
    };
    const passes = async (query: ActivityPassQuery) =>
      (await store().listActivityPasses(query)).map((p) => `${p.elementId}@${p.startedAt}`);

    it('pairs each start with the next end of its token and element', async () => {
      await seed();
      expect(await store().listActivityPasses({ instanceId: 'i2' })).toEqual([
        {
          seq: expect.any(Number),
          instanceId: 'i2',
          definitionId: 'refund:1',
          processId: 'refund',
          elementId: 'check',
          elementType: 'bpmn:ServiceTask',
          tokenId: 't9',
          startedAt: 2_000,
          endedAt: 3_000,
          cancelled: true,
        },
      ]);
      expect(await passes({ instanceId: 'i1' })).toEqual(['review@1000', 'review@5000']);
      expect(
        (await store().listActivityPasses({ instanceId: 'i1' })).map((p) => p.endedAt),
      ).toEqual([4_000, null]);
    });

    it.each<[string, ActivityPassQuery, string[]]>([
      ['a definition', { definitionId: 'refund:1' }, ['check@2000']],
      ['an element', { elementId: 'review' }, ['review@1000', 'review@5000']],
      ['a type', { elementType: 'bpmn:ServiceTask' }, ['check@2000']],
      ['ended ones', { ended: true }, ['review@1000', 'check@2000']],
      ['ones under way', { ended: false }, ['review@5000']],
      ['cancelled ones', { cancelled: true }, ['check@2000']],
      ['strict start bounds', { startedAfter: 1_000, startedBefore: 5_000 }, ['check@2000']],
      ['strict end bounds', { endedAfter: 3_000, endedBefore: 5_000 }, ['review@1000']],
      ['a task assignee', { taskAssignee: 'ana' }, ['review@1000']],
    ])('filters by %s', async (_, query, expected) => {
      await seed();
      expect(await passes(query)).toEqual(expected);
    });

    it('sorts by any key, pages, and counts without paging', async () => {
      await seed();
      expect(await passes({ sort: [{ by: 'duration', descending: true }] })).toEqual([
        'review@5000',
        'review@1000',
        'check@2000',
      ]);
      expect(await passes({ sort: [{ by: 'ended' }], offset: 1, limit: 1 })).toEqual([
        'review@1000',
      ]);
      expect(
        await passes({ sort: [{ by: 'definitionId' }, { by: 'started', descending: true }] }),
      ).toEqual(['review@5000', 'review@1000', 'check@2000']);
      expect(await store().countActivityPasses({ ended: true, limit: 1 })).toBe(2);
      const [first] = await store().listActivityPasses({ elementId: 'check' });
      expect(await passes({ seq: first!.seq })).toEqual(['check@2000']);
    });
  });
}
