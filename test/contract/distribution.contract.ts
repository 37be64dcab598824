import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../engine/errors.ts';
import type { Store, TaskDistribution, TaskRecord } from '../../engine/ports/store.ts';
import { anInstance, aTask, useFreshStore } from './store-fixtures.ts';

const TEAM = ['ana', 'luis', 'marta'];

/** A new task of the back office and its distribution, committed as one unit of work. */
function offer(
  id: string,
  policy: TaskDistribution['policy'],
  members = TEAM,
  pool = 'back-office',
  createdAt = 1_000,
) {
  return {
    tasks: [aTask({ id, candidateGroups: [pool], createdAt })],
    history: [
      {
        instanceId: 'instance-1',
        kind: 'task.created',
        elementId: 'answer-customer',
        at: createdAt,
        data: { taskId: id },
      },
    ],
    distributions: [{ taskId: id, policy, pool, members }],
  };
}

/** Part of the store contract: tasks handed out in the commit that creates them. */
export function describeDistributionContract(makeStore: () => Promise<Store>): void {
  describe('work distribution', () => {
    const store = useFreshStore(makeStore);
    const assignee = async (id: string) => (await store().getTask(id))?.assignee;
    const assignees = async (ids: string[]) => Promise.all(ids.map(assignee));

    it('hands round-robin tasks to each member in turn and says why in the history', async () => {
      for (const id of ['t1', 't2', 't3', 't4']) await store().commit(offer(id, 'round-robin'));
      expect(await assignees(['t1', 't2', 't3', 't4'])).toEqual(['ana', 'luis', 'marta', 'ana']);
      expect(await store().getTask('t2')).toMatchObject({
        assignee: 'luis',
        claimedAt: 1_000,
        claimedBy: null,
      } satisfies Partial<TaskRecord>);
      const lines = (await store().history('instance-1')).filter((l) => l.kind === 'task.assigned');
      expect(lines[1]).toMatchObject({
        elementId: 'answer-customer',
        at: 1_000,
        userId: null,
        data: { taskId: 't2', assignee: 'luis', distribution: 'round-robin', pool: 'back-office' },
      });
    });

    it('goes on from the last one in turn when a member is away, and keeps each pool its own turn', async () => {
      await store().commit(offer('t1', 'round-robin'));
      await store().commit(offer('t2', 'round-robin'));
      // luis had the last task and marta is away: ana is next.
      await store().commit(offer('t3', 'round-robin', ['ana', 'luis']));
      await store().commit(offer('f1', 'round-robin', ['eva', 'pablo'], 'front-office'));
      await store().commit(offer('t4', 'round-robin'));
      expect(await assignees(['t1', 't2', 't3', 'f1', 't4'])).toEqual([
        'ana',
        'luis',
        'ana',
        'eva',
        'luis',
      ]);
    });

    it('gives several tasks of one unit of work consecutive turns', async () => {
      const one = offer('t1', 'round-robin');
      const two = offer('t2', 'round-robin');
      await store().commit({
        tasks: [...one.tasks, ...two.tasks],
        history: [...one.history, ...two.history],
        distributions: [...one.distributions, ...two.distributions],
      });
      expect(await assignees(['t1', 't2'])).toEqual(['ana', 'luis']);
    });

    it('hands least-busy tasks to the member with the fewest open tasks, ties in turn', async () => {
      await store().commit({
        tasks: [
          aTask({ id: 'a1', assignee: 'ana' }),
          aTask({ id: 'a2', assignee: 'ana' }),
          aTask({ id: 'm1', assignee: 'marta' }),
          aTask({ id: 'l1', assignee: 'luis', state: 'completed' }),
        ],
      });
      for (const id of ['t1', 't2', 't3', 't4']) await store().commit(offer(id, 'least-busy'));
      // ana 2, luis 0, marta 1 open: luis; luis and marta tie at 1, marta's turn comes after
      // luis; luis has 1 against 2; all three have 2, marta's turn comes after luis.
      expect(await assignees(['t1', 't2', 't3', 't4'])).toEqual(['luis', 'marta', 'luis', 'marta']);
      const lines = (await store().history('instance-1')).filter((l) => l.kind === 'task.assigned');
      expect(lines.map((l) => l.data?.openTasks)).toEqual([0, 1, 1, 2]);
    });

    it('writes no turn when the unit of work does not commit', async () => {
      await store().commit({ instance: { record: anInstance(), expectedVersion: null } });
      await expect(
        store().commit({
          ...offer('t1', 'round-robin'),
          instance: { record: anInstance({ version: 3 }), expectedVersion: 2 },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store().getTask('t1')).toBeUndefined();
      await store().commit(offer('t2', 'round-robin'));
      expect(await assignee('t2')).toBe('ana');
    });
  });
}
