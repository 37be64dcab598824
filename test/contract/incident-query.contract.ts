import { describe, expect, it } from 'vitest';
import type { IncidentQuery, Store } from '../../engine/index.ts';
import { anIncident, anInstance, useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: Camunda's incident filters, sort keys, paging and count. */
export function describeIncidentQueryContract(makeStore: () => Promise<Store>): void {
  describe('incident queries', () => {
    const store = useFreshStore(makeStore);
    const seed = async () => {
      for (const record of [
        anInstance({ id: 'i1' }),
        anInstance({ id: 'i2', processId: 'refund', definitionId: 'refund:1' }),
      ])
        await store().commit({ instance: { record, expectedVersion: null } });
      await store().commit({
        incidents: [
          anIncident({ id: 'a', instanceId: 'i1', createdAt: 3_000, message: 'CRM down' }),
          anIncident({
            id: 'b',
            instanceId: 'i2',
            type: 'failedExternalTask',
            jobId: null,
            externalTaskId: 'ext-1',
            elementId: 'check-credit',
            createdAt: 1_000,
            message: 'Bureau down',
          }),
          anIncident({ id: 'c', instanceId: 'i1', createdAt: 2_000, resolvedAt: 2_500 }),
        ],
      });
    };
    const ids = async (query: IncidentQuery) =>
      (await store().listIncidents(query)).map((i) => i.id);

    it.each<[string, IncidentQuery, string[]]>([
      ['open ones, oldest first', { open: true }, ['b', 'a']],
      ['resolved ones', { open: false }, ['c']],
      ['one instance', { instanceId: 'i1' }, ['c', 'a']],
      ['ids', { match: { ids: ['a', 'c'] } }, ['c', 'a']],
      ['types', { match: { types: ['failedExternalTask'] } }, ['b']],
      ['a message', { match: { message: 'CRM down' } }, ['a']],
      ['a case-sensitive message pattern', { match: { messageLike: '%down' } }, ['b', 'a']],
      ['no match for the wrong case', { match: { messageLike: 'crm%' } }, []],
      ['elements', { match: { elementIds: ['check-credit'] } }, ['b']],
      ['strict time bounds', { match: { createdAfter: 1_000, createdBefore: 3_000 } }, ['c']],
      ['what failed: an external task', { match: { configuration: 'ext-1' } }, ['b']],
      ['what failed: a job', { match: { configuration: 'job-1' } }, ['c', 'a']],
      ['definitions', { match: { definitionIds: ['refund:1'] } }, ['b']],
      ['processes', { match: { processIds: ['complaint-handling'] } }, ['c', 'a']],
      ['an empty list', { match: { ids: [] } }, []],
    ])('filters by %s', async (_, query, expected) => {
      await seed();
      expect(await ids(query)).toEqual(expected);
    });

    it("keeps an operator's annotation, and leaves the field out when there is none", async () => {
      await seed();
      const [a] = await store().listIncidents({ match: { ids: ['a'] } });
      expect('annotation' in a!).toBe(false);
      await store().commit({ incidents: [{ ...a!, annotation: 'carrier asked' }] });
      expect((await store().listIncidents({ match: { ids: ['a'] } }))[0]).toEqual({
        ...a,
        annotation: 'carrier asked',
      });
    });

    it('sorts by any key in either direction, pages, and counts without paging', async () => {
      await seed();
      expect(await ids({ sort: [{ by: 'message' }] })).toEqual(['b', 'a', 'c']);
      expect(await ids({ sort: [{ by: 'definitionId', descending: true }] })).toEqual([
        'b',
        'a',
        'c',
      ]);
      expect(
        await ids({ sort: [{ by: 'configuration' }, { by: 'created', descending: true }] }),
      ).toEqual(['b', 'a', 'c']);
      expect(await ids({ sort: [{ by: 'type' }, { by: 'id' }], offset: 1, limit: 1 })).toEqual([
        'a',
      ]);
      expect(await store().countIncidents({ open: true, limit: 1 })).toBe(2);
      expect(await store().countIncidents({ match: { processIds: ['refund'] } })).toBe(1);
    });
  });
}
