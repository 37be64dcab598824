import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../engine/errors.ts';
import type { SlaRecord } from '../../engine/ports/sla.ts';
import type { Store } from '../../engine/ports/store.ts';
import { anInstance, aTask, useFreshStore } from './store-fixtures.ts';

/** An SLA of `answer-customer`, started at 0 with a target of 100, running on time. */
export function aSla(overrides: Partial<SlaRecord> = {}): SlaRecord {
  return {
    id: 'sla-1',
    instanceId: 'instance-1',
    processId: 'complaint-handling',
    businessKey: null,
    elementId: 'answer-customer',
    tokenId: 'token-1',
    taskId: null,
    lane: null,
    state: 'on-time',
    startedAt: 0,
    targetAt: 100,
    atRiskAt: 80,
    pausedAt: null,
    pausedMs: 0,
    atRiskSince: null,
    breachedAt: null,
    closedAt: null,
    calendar: null,
    policy: null,
    ...overrides,
  };
}

/** Part of the store contract: SLA records, the task list's SLA filter, SLA statistics and task conditions. */
export function describeSlaContract(makeStore: () => Promise<Store>): void {
  describe('SLAs', () => {
    const store = useFreshStore(makeStore);

    it('upserts SLAs by id and finds them by instance, task, state and start window', async () => {
      await store().commit({
        slas: [
          aSla({ id: 'a', taskId: 't1' }),
          aSla({ id: 'b', instanceId: 'instance-2', startedAt: 50, lane: 'Back office' }),
        ],
      });
      await store().commit({
        slas: [aSla({ id: 'a', taskId: 't1', state: 'at-risk', atRiskSince: 80 })],
      });
      const ids = async (query: Parameters<Store['listSlas']>[0]) =>
        (await store().listSlas(query)).map((s) => s.id);
      expect(await store().listSlas({ taskIds: ['t1'] })).toEqual([
        aSla({ id: 'a', taskId: 't1', state: 'at-risk', atRiskSince: 80 }),
      ]);
      expect(await ids({ instanceId: 'instance-2' })).toEqual(['b']);
      expect(await ids({ states: ['on-time'] })).toEqual(['b']);
      expect(await ids({ states: [] })).toEqual([]);
      expect(await ids({ startedAfter: 50 })).toEqual(['b']);
      expect(await ids({ startedBefore: 50, lane: 'Back office' })).toEqual([]);
    });

    it('lists the tasks whose SLA is in one of the given states, with the other filters', async () => {
      await store().commit({
        tasks: [
          aTask({ id: 'late', candidateGroups: ['back-office'], createdAt: 1 }),
          aTask({ id: 'risky', candidateGroups: ['front-office'], createdAt: 2 }),
          aTask({ id: 'fine', candidateGroups: ['front-office'], createdAt: 3 }),
          aTask({ id: 'no-sla', createdAt: 4 }),
          aTask({ id: 'late-done', state: 'completed', createdAt: 5 }),
        ],
        slas: [
          aSla({ id: 's1', taskId: 'late', state: 'breached', breachedAt: 100 }),
          aSla({ id: 's2', taskId: 'risky', state: 'at-risk' }),
          aSla({ id: 's3', taskId: 'fine' }),
          aSla({ id: 's4', taskId: 'late-done', state: 'breached', closedAt: 120 }),
        ],
      });
      const ids = async (query: Parameters<Store['listTasks']>[0]) =>
        (await store().listTasks(query)).map((t) => t.id);
      expect(await ids({ slaStates: ['at-risk', 'breached'] })).toEqual([
        'late',
        'risky',
        'late-done',
      ]);
      expect(await ids({ slaStates: ['at-risk', 'breached'], state: 'open' })).toEqual([
        'late',
        'risky',
      ]);
      expect(
        await ids({
          slaStates: ['breached'],
          visibleTo: { userId: 'ana', groups: ['front-office'] },
        }),
      ).toEqual([]);
      expect(
        await ids({
          slaStates: ['at-risk', 'breached'],
          visibleTo: { userId: 'ana', groups: ['front-office'] },
        }),
      ).toEqual(['risky']);
      expect(await ids({ slaStates: ['on-time'], limit: 1 })).toEqual(['fine']);
      expect(await ids({ slaStates: [] })).toEqual([]);
      // A state change of the SLA moves the task in or out of the filter.
      await store().commit({
        slas: [aSla({ id: 's2', taskId: 'risky', state: 'met', closedAt: 90 })],
      });
      expect(await ids({ slaStates: ['at-risk'] })).toEqual([]);
    });

    describe('statistics', () => {
      const front = {
        processId: 'complaint-handling',
        elementId: 'answer-customer',
        lane: 'Front office',
      };
      const back = { processId: 'complaint-handling', elementId: 'resolve', lane: 'Back office' };
      const slas = [
        // Closed after 10, 20, ..., 100 on the clock (the last paused 50 of its 150).
        ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((t, i) =>
          aSla({ ...front, id: `met-${i}`, state: 'met', startedAt: i, closedAt: i + t }),
        ),
        aSla({
          ...front,
          id: 'late',
          state: 'breached',
          startedAt: 9,
          breachedAt: 109,
          closedAt: 159,
          pausedMs: 50,
        }),
        aSla({ ...front, id: 'dropped', state: 'cancelled', startedAt: 10, closedAt: 15 }),
        aSla({ ...back, id: 'open-late', state: 'breached', startedAt: 20, breachedAt: 120 }),
        aSla({ ...back, id: 'open-risky', state: 'at-risk', startedAt: 30 }),
        aSla({ ...back, id: 'open-paused', startedAt: 40, pausedAt: 45 }),
        aSla({ processId: 'refund', elementId: 'pay-back', id: 'unlaned', startedAt: 50 }),
        aSla({
          ...back,
          id: 'before-the-window',
          state: 'breached',
          startedAt: -10,
          breachedAt: 90,
        }),
      ];
      const counts = (
        c: Partial<Record<'met' | 'breached' | 'onTime' | 'atRisk' | 'cancelled', number>>,
        averageCloseMs: number | null = null,
        p90CloseMs: number | null = null,
      ) => ({
        met: 0,
        breached: 0,
        onTime: 0,
        atRisk: 0,
        cancelled: 0,
        ...c,
        averageCloseMs,
        p90CloseMs,
      });

      it('counts SLAs by state per process, element and lane, with mean and 90th percentile close times', async () => {
        await store().commit({ slas });
        const stats = await store().slaStatistics({ startedAfter: 0 });
        const frontCounts = counts({ met: 9, breached: 1, cancelled: 1 }, 55, 90);
        const backCounts = counts({ breached: 1, atRisk: 1, onTime: 1 });
        expect(stats.byProcess).toEqual([
          {
            processId: 'complaint-handling',
            ...counts({ met: 9, breached: 2, atRisk: 1, onTime: 1, cancelled: 1 }, 55, 90),
          },
          { processId: 'refund', ...counts({ onTime: 1 }) },
        ]);
        expect(stats.byElement).toEqual([
          {
            processId: 'complaint-handling',
            elementId: 'answer-customer',
            lane: 'Front office',
            ...frontCounts,
          },
          {
            processId: 'complaint-handling',
            elementId: 'resolve',
            lane: 'Back office',
            ...backCounts,
          },
          { processId: 'refund', elementId: 'pay-back', lane: null, ...counts({ onTime: 1 }) },
        ]);
        expect(stats.byLane).toEqual([
          { lane: null, ...counts({ onTime: 1 }) },
          { lane: 'Back office', ...backCounts },
          { lane: 'Front office', ...frontCounts },
        ]);
        // Running SLAs count whenever they started, the one before the window too.
        expect(stats.openByLane).toEqual([
          { lane: null, onTime: 1, atRisk: 0, breached: 0, paused: 0 },
          { lane: 'Back office', onTime: 1, atRisk: 1, breached: 2, paused: 1 },
        ]);
      });

      it('limits the counts to the window and the process, and running work to the process', async () => {
        await store().commit({ slas });
        const stats = await store().slaStatistics({
          startedAfter: 9,
          startedBefore: 30,
          processId: 'complaint-handling',
        });
        expect(stats.byProcess).toEqual([
          { processId: 'complaint-handling', ...counts({ breached: 2, cancelled: 1 }, 100, 100) },
        ]);
        expect(stats.byElement.map((e) => e.elementId)).toEqual(['answer-customer', 'resolve']);
        expect(stats.openByLane).toEqual([
          { lane: 'Back office', onTime: 1, atRisk: 1, breached: 2, paused: 1 },
        ]);
        const empty = await store().slaStatistics({ startedAfter: 1_000 });
        expect(empty).toMatchObject({ byProcess: [], byElement: [], byLane: [] });
      });

      it('counts SLAs per policy their target came from, those of none first', async () => {
        const phone = { policy: 'phone-immediate', state: 'met' as const, closedAt: 50 };
        await store().commit({
          slas: [
            aSla({ ...phone, id: 'kept', startedAt: 10 }),
            aSla({ ...phone, id: 'kept-late', startedAt: 10, closedAt: 110 }),
            aSla({ ...phone, id: 'broken', state: 'breached', startedAt: 20, closedAt: 150 }),
            aSla({ policy: 'email-deferred', id: 'running', startedAt: 30 }),
            aSla({ id: 'no-policy', state: 'at-risk', startedAt: 40 }),
          ],
        });
        const stats = await store().slaStatistics({ startedAfter: 0 });
        expect(stats.byPolicy).toEqual([
          { policy: null, ...counts({ atRisk: 1 }) },
          { policy: 'email-deferred', ...counts({ onTime: 1 }) },
          { policy: 'phone-immediate', ...counts({ met: 2, breached: 1 }, 90, 130) },
        ]);
      });

      it('counts per bucket of the window and lane, for a trend, only when asked', async () => {
        await store().commit({ slas });
        const stats = await store().slaStatistics({
          startedAfter: 0,
          startedBefore: 30,
          bucketMs: 10,
        });
        expect(stats.byBucket).toEqual([
          { bucket: 0, lane: 'Front office', ...counts({ met: 9, breached: 1 }, 55, 90) },
          { bucket: 1, lane: 'Front office', ...counts({ cancelled: 1 }) },
          { bucket: 2, lane: 'Back office', ...counts({ breached: 1 }) },
        ]);
        expect((await store().slaStatistics({ startedAfter: 0 })).byBucket).toBeUndefined();
      });
    });

    describe('task conditions', () => {
      const claimedBy = (assignee: string) =>
        aTask({ assignee, claimedAt: 2_000, claimedBy: assignee });

      it('commits when every task still has the expected assignee and state', async () => {
        await store().commit({ tasks: [aTask()] });
        await store().commit({
          tasks: [claimedBy('ana')],
          taskConditions: [{ id: 'task-1', assignee: null, state: 'open' }],
        });
        expect(await store().getTask('task-1')).toEqual(claimedBy('ana'));
      });

      it('refuses a unit of work whose task changed meanwhile, and writes none of it', async () => {
        await store().commit({ tasks: [aTask()] });
        await store().commit({
          tasks: [claimedBy('ana')],
          taskConditions: [{ id: 'task-1', assignee: null, state: 'open' }],
        });
        const late = store().commit({
          instance: { record: anInstance(), expectedVersion: null },
          tasks: [claimedBy('bob')],
          history: [{ instanceId: 'instance-1', kind: 'task.claimed', at: 2_000 }],
          taskConditions: [{ id: 'task-1', assignee: null, state: 'open' }],
        });
        await expect(late).rejects.toBeInstanceOf(ConflictError);
        await expect(late).rejects.toMatchObject({ code: 'task-changed' });
        expect(await store().getTask('task-1')).toEqual(claimedBy('ana'));
        expect(await store().getInstance('instance-1')).toBeUndefined();
        expect(await store().history('instance-1')).toEqual([]);
      });

      it('refuses a condition on a task in another state, or on a task that does not exist', async () => {
        await store().commit({ tasks: [aTask({ state: 'completed' })] });
        await expect(
          store().commit({
            tasks: [claimedBy('ana')],
            taskConditions: [{ id: 'task-1', assignee: null, state: 'open' }],
          }),
        ).rejects.toMatchObject({
          code: 'task-changed',
        });
        await expect(
          store().commit({
            tasks: [],
            taskConditions: [{ id: 'missing', assignee: null, state: 'open' }],
          }),
        ).rejects.toMatchObject({ code: 'task-changed' });
        expect(await store().getTask('task-1')).toEqual(aTask({ state: 'completed' }));
      });
    });
  });
}
