import { describe, expect, it } from 'vitest';
import type { Store, UnitOfWork } from '../../engine/ports/store.ts';
import { aSla } from './sla.contract.ts';
import {
  aJob,
  anExternalTask,
  anIncident,
  anInstance,
  aTask,
  useFreshStore,
} from './store-fixtures.ts';

const DEFINITION = 'complaint-handling:1';

/**
 * An instance with one row of every kind kept of it: two history lines, a task offered to a
 * group, an external task, an incident, an SLA, a job and a message subscription (and, through
 * `keepEverythingOf`, a comment on the task).
 */
function everythingOf(
  id: string,
  options: { endedAt?: number; definitionId?: string; businessKey?: string } = {},
): UnitOfWork {
  const definitionId = options.definitionId ?? DEFINITION;
  const ended = options.endedAt !== undefined;
  const of = { instanceId: id, definitionId };
  return {
    instance: {
      record: anInstance({
        id,
        definitionId,
        businessKey: options.businessKey ?? null,
        status: ended ? 'completed' : 'active',
        endedAt: options.endedAt ?? null,
      }),
      expectedVersion: null,
    },
    tasks: [aTask({ ...of, id: `${id}-task`, candidateGroups: ['back-office'] })],
    externalTasks: [anExternalTask({ ...of, id: `${id}-ext` })],
    incidents: [anIncident({ instanceId: id, id: `${id}-incident` })],
    slas: [aSla({ instanceId: id, id: `${id}-sla`, taskId: `${id}-task` })],
    jobsToInsert: [aJob({ instanceId: id, id: `${id}-job` })],
    subscriptionsToInsert: [
      {
        id: `${id}-sub`,
        kind: 'message',
        name: 'customer-replied',
        instanceId: id,
        tokenId: 'token-1',
        elementId: 'wait-reply',
        definitionId,
        processId: 'complaint-handling',
        businessKey: null,
        createdAt: 1_000,
      },
    ],
    history: ['instance.started', 'instance.completed'].map((kind) => ({
      instanceId: id,
      kind,
      at: 1_000,
    })),
  };
}

/** Commits `everythingOf` the instance, and a comment on its task. */
async function keepEverythingOf(
  store: Store,
  id: string,
  options: Parameters<typeof everythingOf>[1] = {},
): Promise<void> {
  await store.commit(everythingOf(id, options));
  await store.addTaskComment({
    id: `${id}-comment`,
    taskId: `${id}-task`,
    instanceId: id,
    userId: 'ana',
    at: 1_000,
    message: 'Called the customer back',
  });
}

/** What a store still holds of an instance, row kind by row kind. */
async function heldOf(store: Store, id: string) {
  return {
    instance: (await store.getInstance(id)) !== undefined,
    history: (await store.history(id)).length,
    task: (await store.getTask(`${id}-task`)) !== undefined,
    offered: (await store.listTasks({ candidateGroups: ['back-office'] })).some(
      (t) => t.instanceId === id,
    ),
    externalTask: (await store.getExternalTask(`${id}-ext`)) !== undefined,
    incidents: (await store.listIncidents({ instanceId: id })).length,
    slas: (await store.listSlas({ instanceId: id })).length,
    jobs: (await store.listJobs({ instanceId: id })).length,
    subscriptions: (await store.findSubscriptions({ instanceId: id })).length,
    comments: (await store.listTaskComments(`${id}-task`)).length,
  };
}

const everything = {
  instance: true,
  history: 2,
  task: true,
  offered: true,
  externalTask: true,
  incidents: 1,
  slas: 1,
  jobs: 1,
  subscriptions: 1,
  comments: 1,
};
const nothing = {
  instance: false,
  history: 0,
  task: false,
  offered: false,
  externalTask: false,
  incidents: 0,
  slas: 0,
  jobs: 0,
  subscriptions: 0,
  comments: 0,
};

/** Part of the store contract: the history clean-up's delete, and the leases that serialise it. */
export function describeRetentionContract(makeStore: () => Promise<Store>): void {
  describe('history retention', () => {
    const store = useFreshStore(makeStore);

    it('removes the ended instances of a definition that ended before the time, with every row kept of them', async () => {
      await keepEverythingOf(store(), 'old', { endedAt: 5_000, businessKey: 'customer-1' });
      await keepEverythingOf(store(), 'at-cut', { endedAt: 10_000 });
      await keepEverythingOf(store(), 'running');
      await keepEverythingOf(store(), 'other', { endedAt: 5_000, definitionId: 'other:1' });

      const removed = await store().removeEndedInstances({
        definitionId: DEFINITION,
        endedBefore: 10_000,
        limit: 100,
      });

      expect(removed).toEqual({ instances: 1, historyRows: 2 });
      expect(await heldOf(store(), 'old')).toEqual(nothing);
      expect(await store().historyByBusinessKey('customer-1', { limit: 10 })).toEqual([]);
      for (const kept of ['at-cut', 'running', 'other'])
        expect(await heldOf(store(), kept), kept).toEqual(everything);
    });

    it('removes at most `limit` instances a call, those that ended first', async () => {
      for (const [i, endedAt] of [3_000, 1_000, 4_000, 2_000].entries())
        await keepEverythingOf(store(), `i${i}`, { endedAt });
      const batch = () =>
        store().removeEndedInstances({ definitionId: DEFINITION, endedBefore: 9_000, limit: 3 });

      expect(await batch()).toEqual({ instances: 3, historyRows: 6 });
      expect((await store().listInstances({})).map((i) => i.id)).toEqual(['i2']);
      expect(await batch()).toEqual({ instances: 1, historyRows: 2 });
      expect(await batch()).toEqual({ instances: 0, historyRows: 0 });
    });

    it('removes one named ended instance, and never a running one', async () => {
      for (const [id, endedAt] of [
        ['first', 1_000],
        ['second', 2_000],
      ] as const)
        await store().commit(everythingOf(id, { endedAt }));
      await store().commit(everythingOf('running'));
      const only = (instanceId: string) =>
        store().removeEndedInstances({
          definitionId: DEFINITION,
          endedBefore: Number.MAX_SAFE_INTEGER,
          limit: 1,
          instanceId,
        });

      expect(await only('second')).toEqual({ instances: 1, historyRows: 2 });
      expect(await only('running')).toEqual({ instances: 0, historyRows: 0 });
      expect((await store().listInstances({})).map((i) => i.id).sort()).toEqual([
        'first',
        'running',
      ]);
    });

    it('gives a lease to one owner at a time until it runs out or is released', async () => {
      const take = (owner: string, now: number) =>
        store().takeLease({ name: 'history-cleanup', owner, now, until: now + 1_000 });

      expect(await take('node-a', 0)).toBe(true);
      expect(await take('node-b', 500)).toBe(false);
      // A renewal moves the expiry: at 1,200 node-a still holds it.
      expect(await take('node-a', 900)).toBe(true);
      expect(await take('node-b', 1_200)).toBe(false);
      expect(await take('node-b', 1_900)).toBe(true);
      expect(await take('node-a', 2_000)).toBe(false);

      await store().releaseLease('history-cleanup', 'node-a');
      expect(await take('node-a', 2_100)).toBe(false);
      await store().releaseLease('history-cleanup', 'node-b');
      expect(await take('node-a', 2_200)).toBe(true);
      // Leases are named: another name is free.
      expect(
        await store().takeLease({ name: 'other', owner: 'node-b', now: 2_200, until: 3_000 }),
      ).toBe(true);
    });

    it('gives a free lease to exactly one of several owners asking at once', async () => {
      const owners = ['node-a', 'node-b', 'node-c', 'node-d'];
      const taken = await Promise.all(
        owners.map((owner) =>
          store().takeLease({ name: 'history-cleanup', owner, now: 0, until: 1_000 }),
        ),
      );
      expect(taken.filter(Boolean)).toHaveLength(1);
    });
  });
}
