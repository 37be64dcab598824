import { describe, expect, it } from 'vitest';
import type { Store, UnitOfWork } from '../../engine/ports/store.ts';
import type { EventSubscriptionRecord } from '../../engine/ports/subscriptions.ts';
import {
  aDefinition,
  aDeployment,
  aJob,
  anExternalTask,
  anInstance,
  aTask,
  useFreshStore,
} from './store-fixtures.ts';

const definitionId = 'complaint-handling:1:deployment-1';

/** An instance waiting at a task and an external task, with a timer and an SLA check. */
function running(id: string): UnitOfWork {
  const of = { instanceId: id, definitionId };
  return {
    instance: { record: anInstance({ id, definitionId }), expectedVersion: null },
    tasks: [
      aTask({ ...of, id: `${id}-task`, candidateGroups: ['back-office'] }),
      aTask({ ...of, id: `${id}-done`, state: 'completed', completedAt: 900 }),
    ],
    externalTasks: [anExternalTask({ ...of, id: `${id}-ext`, topic: 'letters' })],
    jobsToInsert: [
      aJob({ instanceId: id, id: `${id}-timer`, dueAt: 100 }),
      aJob({
        instanceId: id,
        id: `${id}-check`,
        dueAt: 150,
        payload: { type: 'sla-check', slaId: 's' },
      }),
    ],
  };
}

/** The unit a suspension (or activation) of `id` commits, with the jobs it holds. */
function suspension(id: string, suspended: boolean, version: number, jobIds: string[]): UnitOfWork {
  return {
    instance: {
      record: anInstance({ id, definitionId, suspended, version: version + 1 }),
      expectedVersion: version,
    },
    suspension: { suspended, instanceIds: [id], jobIds },
  };
}

function subscription(
  id: string,
  overrides: Partial<EventSubscriptionRecord> = {},
): EventSubscriptionRecord {
  return {
    id,
    kind: 'message',
    name: 'customer-replied',
    instanceId: null,
    tokenId: null,
    elementId: 'start',
    definitionId,
    processId: 'complaint-handling',
    businessKey: null,
    createdAt: 1_000,
    ...overrides,
  };
}

/**
 * Camunda's suspension state in the store: one unit of work suspends an instance with its open
 * tasks, external tasks and named jobs, and every query that hands out work skips them in SQL.
 */
export function describeSuspensionContract(makeStore: () => Promise<Store>): void {
  describe('suspension', () => {
    const store = useFreshStore(makeStore);
    const acquire = (now: number) =>
      store().acquireJobs({ owner: 'node-a', now, lockUntil: now + 1_000, limit: 10 });
    const lock = (now: number) =>
      store().lockExternalTasks({
        workerId: 'worker-1',
        maxTasks: 10,
        now,
        topics: [{ name: 'letters', lockDuration: 1_000 }],
      });

    it('suspends the instance row, its open tasks and external tasks, and the jobs it names', async () => {
      await store().commit(running('i1'));
      await store().commit(running('i2'));
      await store().commit(suspension('i1', true, 1, ['i1-timer']));

      expect(await store().getInstance('i1')).toMatchObject({ suspended: true, version: 2 });
      expect(await store().getInstance('i2')).toMatchObject({ suspended: false });
      expect(await store().getTask('i1-task')).toMatchObject({ suspended: true });
      // A task that is no longer open is not part of the running work.
      expect(await store().getTask('i1-done')).toMatchObject({ suspended: false });
      expect(await store().getTask('i2-task')).toMatchObject({ suspended: false });
      expect(await store().getExternalTask('i1-ext')).toMatchObject({ suspended: true });
      expect(await store().getExternalTask('i2-ext')).toMatchObject({ suspended: false });
      expect(await store().listJobs({ instanceId: 'i1' })).toMatchObject([
        { id: 'i1-timer', suspended: true },
        { id: 'i1-check', suspended: false },
      ]);
    });

    it('acquires no suspended job and does not wake for one, until it is activated', async () => {
      await store().commit(running('i1'));
      await store().commit(suspension('i1', true, 1, ['i1-timer', 'i1-check']));
      expect(await acquire(10_000)).toEqual([]);
      expect(await store().nextJobDueAt()).toBeUndefined();

      await store().commit(suspension('i1', false, 2, ['i1-timer', 'i1-check']));
      expect(await store().nextJobDueAt()).toBe(100);
      expect((await acquire(10_000)).map((j) => j.id)).toEqual(['i1-timer', 'i1-check']);
    });

    it('acquires only the internal jobs asked for that are not suspended', async () => {
      await store().commit({
        jobsToInsert: [
          aJob({ id: 'held', kind: 'internal', dueAt: 100, suspended: true }),
          aJob({ id: 'free', kind: 'internal', dueAt: 100 }),
        ],
      });
      const acquired = await store().acquireJobs({
        owner: 'node-a',
        now: 200,
        lockUntil: 1_200,
        limit: 10,
        kinds: ['internal'],
      });
      expect(acquired.map((j) => j.id)).toEqual(['free']);
    });

    it('does not hand a suspended instance’s external task to a worker, and does after activation', async () => {
      await store().commit(running('i1'));
      await store().commit(suspension('i1', true, 1, []));
      expect(await lock(5_000)).toEqual([]);
      await store().commit(suspension('i1', false, 2, []));
      expect(await lock(5_000)).toMatchObject([{ id: 'i1-ext', workerId: 'worker-1' }]);
    });

    it('keeps a suspension when a task or external task read before it is upserted', async () => {
      await store().commit(running('i1'));
      const task = await store().getTask('i1-task');
      const external = await store().getExternalTask('i1-ext');
      await store().commit(suspension('i1', true, 1, []));
      await store().commit({
        tasks: [{ ...task!, priority: 80 }],
        externalTasks: [{ ...external!, priority: 5 }],
      });
      expect(await store().getTask('i1-task')).toMatchObject({ priority: 80, suspended: true });
      expect(await store().getExternalTask('i1-ext')).toMatchObject({
        priority: 5,
        suspended: true,
      });
    });

    it('refuses the suspension with the instance version when another commit moved it', async () => {
      await store().commit(running('i1'));
      await store().commit({
        instance: {
          record: anInstance({ id: 'i1', definitionId, version: 2 }),
          expectedVersion: 1,
        },
      });
      await expect(store().commit(suspension('i1', true, 1, ['i1-timer']))).rejects.toMatchObject({
        code: 'instance-version-conflict',
      });
      expect(await store().getTask('i1-task')).toMatchObject({ suspended: false });
      expect(await store().listJobs({ id: 'i1-timer' })).toMatchObject([{ suspended: false }]);
    });

    it('suspends definitions, read back by id, by process and as the latest version', async () => {
      await store().saveDeployment(aDeployment(), [aDefinition()]);
      await store().commit({ suspension: { suspended: true, definitionIds: [definitionId] } });
      expect(await store().getDefinition(definitionId)).toEqual(aDefinition({ suspended: true }));
      expect(await store().latestDefinition('complaint-handling')).toMatchObject({
        suspended: true,
      });
      expect(await store().listDefinitions({ processId: 'complaint-handling' })).toMatchObject([
        { suspended: true },
      ]);
      await store().commit({ suspension: { suspended: false, definitionIds: [definitionId] } });
      expect(await store().getDefinition(definitionId)).toEqual(aDefinition());
    });

    it('passes suspended instances and definitions by when asked for the reachable subscriptions only', async () => {
      await store().saveDeployment(aDeployment(), [aDefinition()], {
        subscriptionsToInsert: [subscription('start')],
      });
      await store().commit({
        ...running('i1'),
        subscriptionsToInsert: [subscription('i1-wait', { instanceId: 'i1', tokenId: 't1' })],
      });
      await store().commit({
        ...running('i2'),
        subscriptionsToInsert: [subscription('i2-wait', { instanceId: 'i2', tokenId: 't1' })],
      });
      await store().commit(suspension('i1', true, 1, []));
      const ids = async (activeOnly: boolean) =>
        (await store().findSubscriptions({ name: 'customer-replied', activeOnly })).map(
          (s) => s.id,
        );
      expect(await ids(false)).toEqual(['i1-wait', 'i2-wait', 'start']);
      expect(await ids(true)).toEqual(['i2-wait', 'start']);

      await store().commit({ suspension: { suspended: true, definitionIds: [definitionId] } });
      // A suspended definition takes no new instances; its running instances still receive.
      expect(await ids(true)).toEqual(['i2-wait']);
    });

    it('filters tasks, instances, external tasks and jobs by suspension', async () => {
      await store().commit(running('i1'));
      await store().commit(running('i2'));
      await store().commit(suspension('i1', true, 1, ['i1-timer']));
      const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

      expect(idsOf(await store().listTasks({ state: 'open', match: { suspended: true } }))).toEqual(
        ['i1-task'],
      );
      expect(await store().countTasks({ state: 'open', match: { suspended: false } })).toBe(1);
      expect(idsOf(await store().listInstances({ match: { suspended: true } }))).toEqual(['i1']);
      expect(await store().countInstances({ match: { suspended: false } })).toBe(1);
      expect(idsOf(await store().listExternalTasks({ suspended: true }))).toEqual(['i1-ext']);
      expect(idsOf(await store().listExternalTasks({ suspended: false }))).toEqual(['i2-ext']);
      expect(idsOf(await store().listJobs({ suspended: true }))).toEqual(['i1-timer']);
      expect(idsOf(await store().listJobs({ suspended: false }))).toEqual([
        'i1-check',
        'i2-check',
        'i2-timer',
      ]);
    });
  });
}
