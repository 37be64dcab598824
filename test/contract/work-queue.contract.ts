import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../engine/errors.ts';
import type { LockRequest, Store } from '../../engine/ports/store.ts';
import { aJob, anExternalTask, anInstance, useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: fetch-and-lock of external tasks, and the job queue. */
export function describeWorkQueueContract(makeStore: () => Promise<Store>): void {
  describeExternalTaskContract(makeStore);
  describeJobContract(makeStore);
}

function describeExternalTaskContract(makeStore: () => Promise<Store>): void {
  describe('external tasks', () => {
    const store = useFreshStore(makeStore);
    const lock = (workerId: string, now: number, more: Partial<LockRequest> = {}) =>
      store().lockExternalTasks({
        workerId,
        now,
        maxTasks: 10,
        topics: [{ name: 'letters', lockDuration: 1_000 }],
        ...more,
      });
    const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id);

    it('locks open tasks for the worker until now + lockDuration and returns them locked', async () => {
      await store().commit({
        externalTasks: [
          anExternalTask({ id: 'x', createdAt: 2 }),
          anExternalTask({ id: 'y', createdAt: 1 }),
        ],
      });
      const locked = await lock('worker-a', 5_000);
      expect(ids(locked)).toEqual(['y', 'x']);
      expect(locked[0]).toEqual(
        anExternalTask({ id: 'y', createdAt: 1, workerId: 'worker-a', lockExpiresAt: 6_000 }),
      );
      expect(await store().getExternalTask('x')).toMatchObject({
        workerId: 'worker-a',
        lockExpiresAt: 6_000,
      });
    });

    it('never hands the same task to two lock calls', async () => {
      const tasks = ['1', '2', '3', '4', '5'].map((id, i) => anExternalTask({ id, createdAt: i }));
      await store().commit({ externalTasks: tasks });
      const [a, b] = await Promise.all([
        lock('worker-a', 10, { maxTasks: 3 }),
        lock('worker-b', 10, { maxTasks: 3 }),
      ]);
      expect(a.length + b.length).toBe(5);
      expect(new Set([...ids(a), ...ids(b)]).size).toBe(5);
      expect(await lock('worker-c', 10)).toEqual([]);
    });

    it('lets another worker lock a task once its lock expired, not before', async () => {
      await store().commit({ externalTasks: [anExternalTask()] });
      expect(ids(await lock('worker-a', 0))).toEqual(['ext-1']);
      expect(await lock('worker-b', 999)).toEqual([]);
      const relocked = await lock('worker-b', 1_000);
      expect(relocked).toMatchObject([{ id: 'ext-1', workerId: 'worker-b', lockExpiresAt: 2_000 }]);
    });

    describe('external task conditions', () => {
      const heldByA = [{ id: 'ext-1', state: 'open' as const, workerId: 'worker-a' }];
      const completed = anExternalTask({ state: 'completed', workerId: 'worker-a' });

      it('commits when the task is still held as it was read', async () => {
        await store().commit({ externalTasks: [anExternalTask()] });
        await lock('worker-a', 0);
        await store().commit({ externalTasks: [completed], externalTaskConditions: heldByA });
        expect(await store().getExternalTask('ext-1')).toMatchObject({ state: 'completed' });
      });

      it('refuses a unit of work whose task another worker locked meanwhile, and writes none of it', async () => {
        await store().commit({ externalTasks: [anExternalTask()] });
        await lock('worker-a', 0);
        await lock('worker-b', 1_000);
        const late = store().commit({
          instance: { record: anInstance(), expectedVersion: null },
          externalTasks: [completed],
          history: [{ instanceId: 'instance-1', kind: 'externalTask.completed', at: 1_500 }],
          externalTaskConditions: heldByA,
        });
        await expect(late).rejects.toBeInstanceOf(ConflictError);
        await expect(late).rejects.toMatchObject({ code: 'external-task-changed' });
        expect(await store().getExternalTask('ext-1')).toMatchObject({
          state: 'open',
          workerId: 'worker-b',
        });
        expect(await store().getInstance('instance-1')).toBeUndefined();
        expect(await store().history('instance-1')).toEqual([]);
      });

      it('refuses a condition on a task that is no longer open, or that does not exist', async () => {
        await store().commit({ externalTasks: [completed] });
        for (const condition of [heldByA, [{ ...heldByA[0]!, id: 'missing' }]])
          await expect(
            store().commit({ externalTasks: [], externalTaskConditions: condition }),
          ).rejects.toMatchObject({ code: 'external-task-changed' });
      });
    });

    it('does not hand out a task before its availableAt', async () => {
      await store().commit({ externalTasks: [anExternalTask({ availableAt: 500 })] });
      expect(await lock('worker-a', 499)).toEqual([]);
      expect(ids(await lock('worker-a', 500))).toEqual(['ext-1']);
    });

    it('skips tasks that are not open and tasks whose retries ran out', async () => {
      await store().commit({
        externalTasks: [
          anExternalTask({ id: 'done', state: 'completed' }),
          anExternalTask({ id: 'cancelled', state: 'cancelled' }),
          anExternalTask({ id: 'no-retries', retries: 0 }),
          anExternalTask({ id: 'retrying', retries: 2 }),
        ],
      });
      expect(ids(await lock('worker-a', 10))).toEqual(['retrying']);
    });

    it('matches topics with their process and business key filters and their own lock durations', async () => {
      await store().commit({
        externalTasks: [
          anExternalTask({ id: 'letter', topic: 'letters', createdAt: 1 }),
          anExternalTask({
            id: 'refund-letter',
            topic: 'letters',
            processId: 'refund',
            createdAt: 2,
          }),
          anExternalTask({
            id: 'invoice-7',
            topic: 'invoices',
            businessKey: 'order-7',
            createdAt: 3,
          }),
          anExternalTask({
            id: 'invoice-8',
            topic: 'invoices',
            businessKey: 'order-8',
            createdAt: 4,
          }),
          anExternalTask({ id: 'sms', topic: 'sms', createdAt: 5 }),
        ],
      });
      const locked = await lock('worker-a', 0, {
        topics: [
          { name: 'letters', lockDuration: 100, processIds: ['refund'] },
          { name: 'invoices', lockDuration: 200, businessKey: 'order-7' },
        ],
      });
      expect(locked.map((t) => [t.id, t.lockExpiresAt])).toEqual([
        ['refund-letter', 100],
        ['invoice-7', 200],
      ]);
    });

    it('takes the highest priority first when the worker asks for it, else the oldest, up to maxTasks', async () => {
      const tasks = [
        anExternalTask({ id: 'old-low', priority: 1, createdAt: 1 }),
        anExternalTask({ id: 'new-high', priority: 9, createdAt: 3 }),
        anExternalTask({ id: 'mid', priority: 5, createdAt: 2 }),
      ];
      await store().commit({ externalTasks: tasks });
      expect(ids(await lock('worker-a', 0, { maxTasks: 2, usePriority: true }))).toEqual([
        'new-high',
        'mid',
      ]);
      await store().commit({ externalTasks: tasks });
      expect(ids(await lock('worker-b', 0, { maxTasks: 2 }))).toEqual(['old-low', 'mid']);
    });

    it('lists external tasks by instance, topic, state and worker', async () => {
      await store().commit({
        externalTasks: [
          anExternalTask({ id: 'a', createdAt: 1 }),
          anExternalTask({ id: 'b', instanceId: 'instance-2', topic: 'sms', createdAt: 2 }),
          anExternalTask({ id: 'c', state: 'completed', workerId: 'worker-a', createdAt: 3 }),
        ],
      });
      expect(ids(await store().listExternalTasks({}))).toEqual(['a', 'b', 'c']);
      expect(ids(await store().listExternalTasks({ instanceId: 'instance-2' }))).toEqual(['b']);
      expect(ids(await store().listExternalTasks({ topic: 'letters' }))).toEqual(['a', 'c']);
      expect(ids(await store().listExternalTasks({ state: 'open' }))).toEqual(['a', 'b']);
      expect(ids(await store().listExternalTasks({ workerId: 'worker-a' }))).toEqual(['c']);
      expect(ids(await store().listExternalTasks({ limit: 1 }))).toEqual(['a']);
    });
  });
}

function describeJobContract(makeStore: () => Promise<Store>): void {
  describe('jobs', () => {
    const store = useFreshStore(makeStore);
    const acquire = (owner: string, now: number, limit = 10) =>
      store().acquireJobs({ owner, now, lockUntil: now + 1_000, limit });
    const ids = (jobs: { id: string }[]) => jobs.map((j) => j.id);
    const threeJobs = [
      aJob({ id: 'j300', dueAt: 300 }),
      aJob({ id: 'j100', dueAt: 100 }),
      aJob({ id: 'j200', dueAt: 200 }),
    ];

    it('acquires only due jobs, soonest first, and locks them for the owner', async () => {
      await store().commit({ jobsToInsert: threeJobs });
      const acquired = await acquire('node-a', 200);
      expect(ids(acquired)).toEqual(['j100', 'j200']);
      expect(acquired[0]).toEqual(
        aJob({ id: 'j100', dueAt: 100, lockedBy: 'node-a', lockedUntil: 1_200 }),
      );
      expect(await store().listJobs({})).toMatchObject([
        { id: 'j100', lockedBy: 'node-a', lockedUntil: 1_200 },
        { id: 'j200', lockedBy: 'node-a', lockedUntil: 1_200 },
        { id: 'j300', lockedBy: null, lockedUntil: null },
      ]);
    });

    it('lists one job by id', async () => {
      await store().commit({ jobsToInsert: threeJobs });
      expect(ids(await store().listJobs({ id: 'j200' }))).toEqual(['j200']);
      expect(await store().listJobs({ id: 'j999' })).toEqual([]);
    });

    it('does not hand a locked job out again until its lock expired', async () => {
      await store().commit({ jobsToInsert: [aJob({ dueAt: 100 })] });
      expect(ids(await acquire('node-a', 100))).toEqual(['job-1']);
      expect(await acquire('node-b', 1_099)).toEqual([]);
      expect(await acquire('node-b', 1_100)).toMatchObject([
        { id: 'job-1', lockedBy: 'node-b', lockedUntil: 2_100 },
      ]);
    });

    it('acquires only jobs of the kinds asked for, and leaves the others unlocked', async () => {
      await store().commit({
        jobsToInsert: [
          aJob({ id: 'timer-1', dueAt: 100 }),
          aJob({ id: 'internal-2', kind: 'internal', dueAt: 200 }),
          aJob({ id: 'internal-1', kind: 'internal', dueAt: 200 }),
          aJob({ id: 'async-1', kind: 'async-continuation', dueAt: 100 }),
        ],
      });
      const acquired = await store().acquireJobs({
        owner: 'node-a',
        now: 200,
        lockUntil: 1_200,
        limit: 10,
        kinds: ['internal'],
      });
      expect(ids(acquired)).toEqual(['internal-1', 'internal-2']);
      expect(await store().listJobs({ kind: 'timer' })).toMatchObject([
        { id: 'timer-1', lockedBy: null },
      ]);
      expect(
        ids(
          await store().acquireJobs({
            owner: 'node-a',
            now: 200,
            lockUntil: 1_200,
            limit: 10,
            kinds: ['timer', 'async-continuation'],
          }),
        ),
      ).toEqual(['async-1', 'timer-1']);
    });

    it('commits work for a job only while its runner still holds it', async () => {
      await store().commit({ jobsToInsert: [aJob({ dueAt: 100 })] });
      await acquire('node-a', 100);
      // node-a's lock expired before it finished: node-b took the job over.
      await acquire('node-b', 1_100);
      const late = store().commit({
        jobIdsToDelete: ['job-1'],
        history: [{ instanceId: 'instance-1', kind: 'activity.completed', at: 1_200 }],
        heldJobs: [{ id: 'job-1', lockedBy: 'node-a' }],
      });
      await expect(late).rejects.toMatchObject({ name: 'ConflictError', code: 'job-lost' });
      expect(await store().listJobs({})).toMatchObject([{ id: 'job-1', lockedBy: 'node-b' }]);
      expect(await store().history('instance-1')).toEqual([]);
      await store().commit({
        jobIdsToDelete: ['job-1'],
        heldJobs: [{ id: 'job-1', lockedBy: 'node-b' }],
      });
      expect(await store().listJobs({})).toEqual([]);
      // Gone: whoever still thinks they hold it is refused too.
      await expect(
        store().commit({ heldJobs: [{ id: 'job-1', lockedBy: 'node-b' }] }),
      ).rejects.toMatchObject({ code: 'job-lost' });
    });

    it('acquires at most limit jobs', async () => {
      await store().commit({ jobsToInsert: threeJobs });
      expect(ids(await acquire('node-a', 1_000, 2))).toEqual(['j100', 'j200']);
      expect(ids(await acquire('node-b', 1_000, 2))).toEqual(['j300']);
    });

    it('deletes jobs, and replaces a job under the same id within one unit of work', async () => {
      await store().commit({ jobsToInsert: threeJobs });
      await store().commit({
        jobIdsToDelete: ['j100', 'j200', 'missing'],
        jobsToInsert: [aJob({ id: 'j200', dueAt: 900, attempts: 1 })],
      });
      expect(await store().listJobs({})).toMatchObject([
        { id: 'j300', dueAt: 300 },
        { id: 'j200', dueAt: 900, attempts: 1 },
      ]);
    });

    it('lists jobs by instance and kind', async () => {
      await store().commit({
        jobsToInsert: [
          aJob({ id: 'timer-1' }),
          aJob({ id: 'async-1', kind: 'async-continuation', dueAt: 1 }),
          aJob({ id: 'timer-2', instanceId: 'instance-2' }),
        ],
      });
      expect(ids(await store().listJobs({ instanceId: 'instance-1' }))).toEqual([
        'async-1',
        'timer-1',
      ]);
      expect(ids(await store().listJobs({ kind: 'timer' }))).toEqual(['timer-1', 'timer-2']);
      expect(ids(await store().listJobs({ instanceId: 'instance-1', kind: 'timer' }))).toEqual([
        'timer-1',
      ]);
    });

    it('reports when the next job becomes acquirable', async () => {
      expect(await store().nextJobDueAt()).toBeUndefined();
      await store().commit({ jobsToInsert: threeJobs });
      expect(await store().nextJobDueAt()).toBe(100);
      // j100 and j200 are now locked until 1_200: j300 is next, still due at 300.
      await acquire('node-a', 200);
      expect(await store().nextJobDueAt()).toBe(300);
      // With j300 gone, the locked jobs are next: acquirable again when their lock expires.
      await store().commit({ jobIdsToDelete: ['j300'] });
      expect(await store().nextJobDueAt()).toBe(1_200);
      await store().commit({ jobIdsToDelete: ['j100', 'j200'] });
      expect(await store().nextJobDueAt()).toBeUndefined();
    });
  });
}
