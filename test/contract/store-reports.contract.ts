import { describe, expect, it } from 'vitest';
import type { Store } from '../../engine/ports/store.ts';
import { aSla } from './sla.contract.ts';
import {
  aDefinition,
  aDeployment,
  anIncident,
  anInstance,
  aTask,
  useFreshStore,
} from './store-fixtures.ts';

/** Part of the store contract: `StoreReports` (deployments, timeline, dashboard aggregates). */
export function describeStoreReportsContract(makeStore: () => Promise<Store>): void {
  describe('reports', () => {
    const store = useFreshStore(makeStore);
    const definitionId = aDefinition().id;

    it("reports ended instances' durations by the month or quarter of their start, in UTC", async () => {
      const at = (iso: string) => Date.parse(iso);
      const ended = [
        ['jan-a', 'complaint-handling', '2026-01-31T23:00:00Z', 1_000],
        ['jan-b', 'complaint-handling', '2025-01-10T00:00:00Z', 4_001],
        ['mar', 'refund', '2026-03-01T00:00:00Z', 500],
        ['may', 'complaint-handling', '2026-05-05T00:00:00Z', 7_000],
      ] as const;
      for (const [id, processId, startedAt, ms] of ended)
        await store().commit({
          instance: {
            record: anInstance({
              id,
              processId,
              definitionId: `${processId}:1`,
              status: 'completed',
              startedAt: at(startedAt),
              endedAt: at(startedAt) + ms,
            }),
            expectedVersion: null,
          },
        });
      // Still running: no duration yet.
      await store().commit({
        instance: {
          record: anInstance({ id: 'running', startedAt: at('2026-01-02T00:00:00Z') }),
          expectedVersion: null,
        },
      });
      expect(await store().instanceDurationReport({ unit: 'month' })).toEqual([
        { period: 1, minimum: 1_000, maximum: 4_001, average: 2_500 },
        { period: 3, minimum: 500, maximum: 500, average: 500 },
        { period: 5, minimum: 7_000, maximum: 7_000, average: 7_000 },
      ]);
      expect(await store().instanceDurationReport({ unit: 'quarter' })).toEqual([
        { period: 1, minimum: 500, maximum: 4_001, average: 1_833 },
        { period: 2, minimum: 7_000, maximum: 7_000, average: 7_000 },
      ]);
      expect(
        await store().instanceDurationReport({
          unit: 'quarter',
          processIds: ['complaint-handling'],
          startedAfter: at('2025-06-01T00:00:00Z'),
        }),
      ).toEqual([
        { period: 1, minimum: 1_000, maximum: 1_000, average: 1_000 },
        { period: 2, minimum: 7_000, maximum: 7_000, average: 7_000 },
      ]);
      expect(
        await store().instanceDurationReport({
          unit: 'month',
          definitionIds: ['refund:1'],
          startedBefore: at('2026-03-01T00:00:00Z'),
        }),
      ).toEqual([]);
      expect(await store().instanceDurationReport({ unit: 'month', definitionIds: [] })).toEqual(
        [],
      );
    });

    it('lists deployments without their resources', async () => {
      await store().saveDeployment(aDeployment(), [aDefinition()]);
      const { resources: _resources, ...summary } = aDeployment();
      expect(await store().listDeployments()).toEqual([summary]);
    });

    it('deletes a definition only without an active instance, and its deployment with its last version', async () => {
      await store().saveDeployment(aDeployment(), [aDefinition()]);
      await store().commit({
        instance: { record: anInstance({ definitionId }), expectedVersion: null },
      });
      expect(await store().deleteDefinition(definitionId)).toBe('in-use');
      await store().commit({
        instance: {
          record: anInstance({ definitionId, status: 'completed', version: 2 }),
          expectedVersion: 1,
        },
      });
      expect(await store().deleteDefinition(definitionId)).toBe('deleted');
      expect(await store().getDefinition(definitionId)).toBeUndefined();
      expect(await store().listDeployments()).toEqual([]);
      expect(await store().deleteDefinition(definitionId)).toBe('not-found');
    });

    it('reads the history of every instance of a business key, newest first, paging back by seq', async () => {
      await store().commit({
        instance: { record: anInstance({ id: 'i1', businessKey: 'c-1' }), expectedVersion: null },
        history: [1, 2, 3].map((at) => ({ instanceId: 'i1', kind: `k${at}`, at })),
      });
      await store().commit({
        instance: { record: anInstance({ id: 'i2', businessKey: 'c-2' }), expectedVersion: null },
        history: [{ instanceId: 'i2', kind: 'other', at: 4 }],
      });
      const page = await store().historyByBusinessKey('c-1', { limit: 2 });
      expect(page.map((e) => [e.kind, e.processId, e.businessKey])).toEqual([
        ['k3', 'complaint-handling', 'c-1'],
        ['k2', 'complaint-handling', 'c-1'],
      ]);
      const rest = await store().historyByBusinessKey('c-1', { limit: 2, beforeSeq: page[1]!.seq });
      expect(rest.map((e) => e.kind)).toEqual(['k1']);
    });

    it('counts open tasks per process and lane as overdue and due soon', async () => {
      await store().commit({
        tasks: [
          aTask({ id: 'a', lane: 'front', dueAt: 50 }),
          aTask({ id: 'b', lane: 'front', dueAt: 150 }),
          aTask({ id: 'c', lane: 'back', dueAt: null }),
          aTask({ id: 'd', lane: 'back', dueAt: 10, state: 'completed' }),
        ],
      });
      const young = (count: number) => [count, 0, 0, 0];
      expect(await store().openWork({ now: 100, dueSoonUntil: 200 })).toEqual([
        {
          processId: 'complaint-handling',
          lane: 'back',
          open: 1,
          overdue: 0,
          dueSoon: 0,
          byAge: young(1),
        },
        {
          processId: 'complaint-handling',
          lane: 'front',
          open: 2,
          overdue: 1,
          dueSoon: 1,
          byAge: young(2),
        },
      ]);
    });

    it('counts open tasks by age: under an hour, up to 4 hours, up to a day, older', async () => {
      const HOUR = 3_600_000;
      const now = 100 * HOUR;
      const createdAgo = (id: string, ms: number) =>
        aTask({ id, lane: 'back', dueAt: null, createdAt: now - ms });
      await store().commit({
        tasks: [
          createdAgo('minutes', 10 * 60_000),
          createdAgo('an-hour', HOUR),
          createdAgo('hours', 5 * HOUR),
          createdAgo('a-day', 24 * HOUR),
          createdAgo('days', 50 * HOUR),
          { ...createdAgo('done', 50 * HOUR), state: 'completed' },
        ],
      });
      const [row] = await store().openWork({ now, dueSoonUntil: now });
      expect(row!.byAge).toEqual([1, 1, 1, 2]);
    });

    it("counts a task as due at the earlier of its own due date and its request's promise", async () => {
      await store().commit({
        tasks: [
          // The request's promise broke while the task itself has a day left: overdue.
          aTask({ id: 'a', lane: 'back', dueAt: 86_400_000, promiseDueAt: 50 }),
          aTask({ id: 'b', lane: 'back', dueAt: null, promiseDueAt: 150 }),
          aTask({ id: 'c', lane: 'back', dueAt: 120, promiseDueAt: 500 }),
          aTask({ id: 'd', lane: 'back', dueAt: null, promiseDueAt: null }),
        ],
      });
      expect(await store().openWork({ now: 100, dueSoonUntil: 200 })).toEqual([
        {
          processId: 'complaint-handling',
          lane: 'back',
          open: 4,
          overdue: 1,
          dueSoon: 2,
          byAge: [4, 0, 0, 0],
        },
      ]);
      expect(await store().getTask('a')).toMatchObject({ promiseDueAt: 50 });
    });

    it('counts instances per definition version and status', async () => {
      const instances = [
        anInstance({ id: 'i1' }),
        anInstance({ id: 'i2' }),
        anInstance({ id: 'i3', status: 'completed' }),
        anInstance({ id: 'i4', definitionId: 'complaint-handling:2' }),
        anInstance({ id: 'i5', definitionId: 'a-request:1', processId: 'a-request' }),
      ];
      for (const instance of instances)
        await store().commit({ instance: { record: instance, expectedVersion: null } });
      expect(await store().instanceCounts()).toEqual([
        { processId: 'a-request', definitionId: 'a-request:1', status: 'active', count: 1 },
        {
          processId: 'complaint-handling',
          definitionId: 'complaint-handling:1',
          status: 'active',
          count: 2,
        },
        {
          processId: 'complaint-handling',
          definitionId: 'complaint-handling:1',
          status: 'completed',
          count: 1,
        },
        {
          processId: 'complaint-handling',
          definitionId: 'complaint-handling:2',
          status: 'active',
          count: 1,
        },
      ]);
    });

    it("counts the tokens resting in a version's active instances, and their open incidents", async () => {
      // Snapshots as the engine stores them: the tokens keyed by id under `context.tokens`.
      const withTokens = (
        id: string,
        tokens: { elementId: string; state: string; childScopeId?: string }[],
        overrides: Parameters<typeof anInstance>[0] = {},
      ) =>
        anInstance({
          id,
          definitionId,
          snapshot: {
            format: 3,
            value: 'active',
            context: {
              rootScopeId: 's0',
              tokens: Object.fromEntries(
                tokens.map((t, n) => [`${id}-t${n}`, { id: `${id}-t${n}`, scopeId: 's0', ...t }]),
              ),
            },
          },
          ...overrides,
        });
      const instances = [
        withTokens('i1', [
          { elementId: 'review', state: 'waiting' },
          // A subprocess waits while its inner token works: only the inner one counts.
          { elementId: 'handle', state: 'waiting', childScopeId: 's1' },
          { elementId: 'call-back', state: 'waiting' },
          // Moving and joined tokens do not rest at an element.
          { elementId: 'join', state: 'joined' },
        ]),
        withTokens('i2', [
          { elementId: 'review', state: 'waiting' },
          { elementId: 'send-letter', state: 'incident' },
        ]),
        withTokens('i3', [{ elementId: 'review', state: 'waiting' }], { status: 'completed' }),
        withTokens('i4', [{ elementId: 'review', state: 'waiting' }], {
          definitionId: 'complaint-handling:2',
        }),
      ];
      for (const record of instances)
        await store().commit({ instance: { record, expectedVersion: null } });
      await store().commit({
        incidents: [
          anIncident({ id: 'n1', instanceId: 'i2' }),
          anIncident({ id: 'n2', instanceId: 'i2', type: 'failedExternalTask' }),
          anIncident({ id: 'resolved', instanceId: 'i2', resolvedAt: 3_000 }),
          anIncident({ id: 'ended-instance', instanceId: 'i3' }),
          anIncident({ id: 'other-version', instanceId: 'i4', elementId: 'review' }),
        ],
      });

      expect(await store().restingTokens(definitionId)).toEqual([
        { elementId: 'call-back', tokens: 1 },
        { elementId: 'review', tokens: 2 },
        { elementId: 'send-letter', tokens: 1 },
      ]);
      expect(await store().restingTokens('no-such-version:1')).toEqual([]);
      const ownIncidents = [
        { definitionId, elementId: 'send-letter', type: 'failedExternalTask', count: 1 },
        { definitionId, elementId: 'send-letter', type: 'failedJob', count: 1 },
      ];
      expect(await store().openIncidentCounts(definitionId)).toEqual(ownIncidents);
      expect(await store().openIncidentCounts()).toEqual([
        ...ownIncidents,
        { definitionId: 'complaint-handling:2', elementId: 'review', type: 'failedJob', count: 1 },
      ]);
    });

    it('lists customers by business key, latest request first, by prefix and by what the caller sees', async () => {
      const request = (
        id: string,
        businessKey: string | null,
        startedAt: number,
        status = 'active',
      ) => anInstance({ id, businessKey, startedAt, status: status as 'active' | 'completed' });
      for (const record of [
        request('c1-old', 'C-1', 1_000, 'completed'),
        request('c1-new', 'C-1', 5_000),
        request('c2', 'C-2', 3_000),
        request('d1', 'D-1', 4_000),
        request('no-key', null, 6_000),
      ])
        await store().commit({ instance: { record, expectedVersion: null } });
      await store().commit({
        tasks: [
          aTask({
            id: 't-c2',
            instanceId: 'c2',
            businessKey: 'C-2',
            candidateGroups: ['back-office'],
          }),
          aTask({ id: 't-d1', instanceId: 'd1', businessKey: 'D-1', assignee: 'ana' }),
          aTask({
            id: 't-c1',
            instanceId: 'c1-new',
            businessKey: 'C-1',
            candidateGroups: ['sales'],
          }),
        ],
      });

      const c1 = { businessKey: 'C-1', requests: 2, open: 1, lastRequestAt: 5_000 };
      const c2 = { businessKey: 'C-2', requests: 1, open: 1, lastRequestAt: 3_000 };
      const d1 = { businessKey: 'D-1', requests: 1, open: 1, lastRequestAt: 4_000 };
      expect(await store().listCustomers({ limit: 10 })).toEqual([c1, d1, c2]);
      expect(await store().listCustomers({ limit: 1 })).toEqual([c1]);
      expect(await store().listCustomers({ prefix: 'C-', limit: 10 })).toEqual([c1, c2]);
      expect(await store().listCustomers({ prefix: 'c-', limit: 10 })).toEqual([]);
      expect(
        await store().listCustomers({
          visibleTo: { userId: 'ana', groups: ['back-office'] },
          limit: 10,
        }),
      ).toEqual([d1, c2]);
    });

    it('pairs each completion with its start for per-element counts and mean durations', async () => {
      const pass = (tokenId: string, kind: string, at: number) => ({
        instanceId: 'i1',
        kind,
        elementId: 'review',
        elementType: 'bpmn:UserTask',
        tokenId,
        at,
      });
      await store().commit({
        instance: { record: anInstance({ id: 'i1', definitionId }), expectedVersion: null },
        history: [
          pass('t1', 'activity.started', 0),
          pass('t2', 'activity.started', 10),
          pass('t1', 'activity.completed', 100),
          pass('t2', 'activity.completed', 310),
          pass('t1', 'activity.started', 400),
          pass('t1', 'activity.cancelled', 500),
        ],
      });
      expect(
        await store().elementStatistics(definitionId, { from: 0, to: Number.MAX_SAFE_INTEGER }),
      ).toEqual([
        {
          elementId: 'review',
          elementType: 'bpmn:UserTask',
          started: 3,
          completed: 2,
          cancelled: 1,
          averageDurationMs: 200,
          active: 0,
          breached: 0,
        },
      ]);
    });

    it("counts a window's passes and broken promises per element, and the passes under way now", async () => {
      const line = (instanceId: string, tokenId: string, kind: string, at: number) => ({
        instanceId,
        kind,
        elementId: 'review',
        elementType: 'bpmn:UserTask',
        tokenId,
        at,
      });
      const broken = (id: string, instanceId: string, startedAt: number) =>
        aSla({ id, instanceId, elementId: 'review', state: 'breached', startedAt });
      await store().commit({
        instance: { record: anInstance({ id: 'i1', definitionId }), expectedVersion: null },
        history: [
          line('i1', 't1', 'activity.started', 0),
          line('i1', 't1', 'activity.completed', 100),
          line('i1', 't2', 'activity.started', 10),
          line('i1', 't2', 'activity.completed', 310),
          line('i1', 't1', 'activity.started', 400),
          line('i1', 't3', 'activity.started', 420),
          line('i1', 't1', 'activity.cancelled', 500),
        ],
        slas: [broken('in-window', 'i1', 350), broken('before-it', 'i1', 100)],
      });
      // Another version's instance: none of its passes or promises count.
      await store().commit({
        instance: {
          record: anInstance({ id: 'i2', definitionId: 'complaint-handling:2' }),
          expectedVersion: null,
        },
        history: [line('i2', 't9', 'activity.started', 320)],
        slas: [broken('other-version', 'i2', 330)],
      });
      expect(await store().elementStatistics(definitionId, { from: 300, to: 450 })).toEqual([
        {
          elementId: 'review',
          elementType: 'bpmn:UserTask',
          started: 2,
          completed: 1,
          cancelled: 0,
          averageDurationMs: 300,
          active: 1,
          breached: 1,
        },
      ]);
    });
  });
}
