import { describe, expect, it, vi } from 'vitest';
import type { CommittedChange } from '../../engine/ports/store.ts';
import { aJob, anExternalTask, anInstance, aTask } from '../../test/contract/store-fixtures.ts';
import { describeStoreContract } from '../../test/contract/store.contract.ts';
import {
  freshDatabaseUrl,
  openTestDatabase,
  openTestStore,
} from '../../test/support/test-store.ts';
import { describeDraftStoreContract } from '../../test/contract/draft-store.contract.ts';
import { payloadsOf } from './notifications.ts';
import type { PostgresStore } from './store.ts';

describeStoreContract('postgres', async () => (await openTestStore()).store);
describeDraftStoreContract('postgres', async () => {
  const { store, identityStore, draftStore } = await openTestStore();
  return {
    drafts: draftStore,
    addOwner: (username) =>
      identityStore.createUser({ username, role: 'analyst', disabled: false, createdAt: 0 }, []),
    close: () => store.close(),
  };
});

describe('openPostgresStore', () => {
  it('applies its migrations once when several nodes open a new database at the same moment', async () => {
    const url = await freshDatabaseUrl();
    const nodes = await Promise.all([1, 2, 3].map(() => openTestDatabase(url)));
    const store = nodes[0]!.store as PostgresStore;
    expect(await store.ready()).toBe(true);
    const { rows } = await store.pool.query('SELECT hash FROM drizzle.__drizzle_migrations');
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    await Promise.all(nodes.map(({ store }) => store.close()));
  });

  it('gives a new database the shipped SLA policies once: a removed one stays removed after a reopen', async () => {
    const url = await freshDatabaseUrl();
    const first = await openTestDatabase(url);
    expect((await first.store.getSlaPolicy('chat-deferred'))?.names).toEqual({
      en: 'Chat, deferred',
      es: 'Chat, diferida',
    });
    await first.store.deleteSlaPolicy('chat-deferred');
    await first.store.close();
    const second = await openTestDatabase(url);
    expect(await second.store.getSlaPolicy('chat-deferred')).toBeUndefined();
    expect(await second.store.getSlaPolicy('chat-immediate')).toBeDefined();
    await second.store.close();
  });

  it('is not ready when the database lacks a shipped migration', async () => {
    const { store } = await openTestStore();
    const pool = (store as PostgresStore).pool;
    await pool.query(
      'DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)',
    );
    expect(await (store as PostgresStore).ready()).toBe(false);
    await store.close();
    expect(await (store as PostgresStore).ready()).toBe(false);
  });

  it('never hands the same external task or job to two nodes acquiring at once', async () => {
    const url = await freshDatabaseUrl();
    const nodes = await Promise.all([1, 2, 3, 4].map(() => openTestDatabase(url)));
    const count = 200;
    const numbers = Array.from({ length: count }, (_, i) => i);
    await nodes[0]!.store.commit({
      externalTasks: numbers.map((i) => anExternalTask({ id: `ext-${i}`, createdAt: i })),
      jobsToInsert: numbers.map((i) => aJob({ id: `job-${i}`, dueAt: i })),
    });
    const drained = await Promise.all(
      nodes.map(async ({ store }, n) => {
        const tasks: string[] = [];
        const jobs: string[] = [];
        for (;;) {
          const [locked, acquired] = await Promise.all([
            store.lockExternalTasks({
              workerId: `w${n}`,
              now: 1e6,
              maxTasks: 3,
              topics: [{ name: 'letters', lockDuration: 1e9 }],
            }),
            store.acquireJobs({ owner: `node-${n}`, now: 1e6, lockUntil: 1e9, limit: 3 }),
          ]);
          if (locked.length === 0 && acquired.length === 0) return { tasks, jobs };
          tasks.push(...locked.map((t) => t.id));
          jobs.push(...acquired.map((j) => j.id));
        }
      }),
    );
    const tasks = drained.flatMap((d) => d.tasks);
    const jobs = drained.flatMap((d) => d.jobs);
    expect(tasks.sort()).toEqual(numbers.map((i) => `ext-${i}`).sort());
    expect(jobs.sort()).toEqual(numbers.map((i) => `job-${i}`).sort());
    // Every node got a share: SKIP LOCKED let them take different rows instead of queueing.
    for (const d of drained) expect(d.jobs.length).toBeGreaterThan(0);
    await Promise.all(nodes.map(({ store }) => store.close()));
  });
});

describe('commit announcements', () => {
  it('carry the records of a usual unit of work, and only ids, split under the limit, for a large one', () => {
    const usual = { instance: { record: anInstance(), expectedVersion: null }, tasks: [aTask()] };
    const [one, ...none] = payloadsOf('node-a', usual);
    expect(none).toEqual([]);
    expect(JSON.parse(one!)).toMatchObject({
      o: 'node-a',
      instance: { id: 'instance-1' },
      tasks: [aTask()],
    });

    const tasks = Array.from({ length: 400 }, (_, i) => aTask({ id: `task-${i}` }));
    const payloads = payloadsOf('node-a', { ...usual, tasks });
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    const parsed = payloads.map((p) => JSON.parse(p));
    expect(parsed.flatMap((p) => p.taskIds ?? [])).toEqual(tasks.map((t) => t.id));
    expect(parsed.filter((p) => p.instance)).toHaveLength(1);
  });

  it('tell other nodes of a task handed out in the commit with the assignee it was given', async () => {
    const url = await freshDatabaseUrl();
    const [a, b] = await Promise.all([openTestDatabase(url), openTestDatabase(url)]);
    const heard: CommittedChange[] = [];
    b!.store.watchCommits!((change) => heard.push(change));
    await (b!.store as PostgresStore).listening();
    await a!.store.commit({
      instance: { record: anInstance(), expectedVersion: null },
      tasks: [aTask({ candidateGroups: ['back-office'] })],
      distributions: [
        { taskId: 'task-1', policy: 'round-robin', pool: 'back-office', members: ['luis'] },
      ],
    });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]!.tasks).toEqual([expect.objectContaining({ id: 'task-1', assignee: 'luis' })]);
    await Promise.all([a!.store.close(), b!.store.close()]);
  });
});
