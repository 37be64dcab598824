import { readFileSync, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { aJob, aTask, anExternalTask, anInstance } from '../../test/contract/store-fixtures.ts';
import { ConflictError } from '../../engine/errors.ts';
import { describeStoreContract } from '../../test/contract/store.contract.ts';
import { describeDraftStoreContract } from '../../test/contract/draft-store.contract.ts';
import { createSqliteDraftStore } from './draft-store.ts';
import { createSqliteIdentityStore } from './identity-store.ts';
import { openSqliteStore } from './store.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(dir, `store-${++files}.db`);

describeStoreContract('sqlite :memory:', async () => openSqliteStore({ filename: ':memory:' }));
describeStoreContract('sqlite file', async () => openSqliteStore({ filename: freshFile() }));
describeDraftStoreContract('sqlite', async () => {
  const store = openSqliteStore({ filename: ':memory:' });
  const identity = createSqliteIdentityStore(store.database);
  return {
    drafts: createSqliteDraftStore(store.database),
    addOwner: (username) =>
      identity.createUser({ username, role: 'analyst', disabled: false, createdAt: 0 }, []),
    close: () => store.close(),
  };
});

describe('openSqliteStore', () => {
  it('opens files in WAL mode with full sync, foreign keys and a busy timeout', async () => {
    const store = openSqliteStore({ filename: freshFile() });
    const pragma = (name: string) => store.database.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
    await store.close();
    await store.close(); // idempotent
  });

  it('checkpoints the WAL into the database file from a worker, not on the commit path', async () => {
    const filename = freshFile();
    const store = openSqliteStore({ filename });
    expect(store.database.pragma('wal_autocheckpoint', { simple: true })).toBe(4000); // the fallback only
    const before = statSync(filename).size;
    for (let i = 0; i < 50; i++)
      await store.commit({
        instance: { record: anInstance({ id: `i${i}` }), expectedVersion: null },
      });
    // Fifty small commits stay far below the fallback's 4,000 pages: only the worker copies them.
    await vi.waitFor(() => expect(statSync(filename).size).toBeGreaterThan(before), {
      timeout: 5_000,
      interval: 50,
    });
    await store.close();
  });

  it('commits the units of one event-loop turn together, failing only the unit whose version moved', async () => {
    const store = openSqliteStore({ filename: freshFile() });
    await store.commit({ instance: { record: anInstance({ id: 'i1' }), expectedVersion: null } });
    const updated = anInstance({ id: 'i1', version: 2 });
    const results = await Promise.allSettled([
      store.commit({ instance: { record: updated, expectedVersion: 1 } }),
      store.commit({
        instance: { record: updated, expectedVersion: 1 },
        tasks: [aTask({ id: 'lost', instanceId: 'i1' })],
      }),
      store.commit({
        instance: { record: anInstance({ id: 'i2' }), expectedVersion: null },
        tasks: [aTask({ id: 'kept', instanceId: 'i2' })],
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await store.getTask('lost')).toBeUndefined();
    expect(await store.getTask('kept')).toBeDefined();
    expect((await store.getInstance('i1'))?.version).toBe(2);
    await store.close();
  });

  it('keeps committed data across a reopen and applies no migration twice', async () => {
    const filename = freshFile();
    const first = openSqliteStore({ filename });
    await first.commit({ instance: { record: anInstance(), expectedVersion: null } });
    await first.close();

    const second = openSqliteStore({ filename });
    expect(await second.getInstance('instance-1')).toEqual(anInstance());
    const applied = second.database
      .prepare('SELECT count(*) AS n FROM __drizzle_migrations')
      .get() as { n: number };
    const journal = JSON.parse(
      readFileSync(new URL('./migrations/meta/_journal.json', import.meta.url), 'utf8'),
    ) as { entries: unknown[] };
    expect(applied.n).toBe(journal.entries.length);
    await second.close();
  });

  it('gives a new file the shipped SLA policies once: a removed one stays removed after a reopen', async () => {
    const filename = freshFile();
    const first = openSqliteStore({ filename });
    expect((await first.getSlaPolicy('chat-deferred'))?.names).toEqual({
      en: 'Chat, deferred',
      es: 'Chat, diferida',
    });
    await first.deleteSlaPolicy('chat-deferred');
    await first.close();
    const second = openSqliteStore({ filename });
    expect(await second.getSlaPolicy('chat-deferred')).toBeUndefined();
    expect(await second.getSlaPolicy('chat-immediate')).toBeDefined();
    await second.close();
  });

  it('rejects calls after close', async () => {
    const store = openSqliteStore({ filename: ':memory:' });
    await store.close();
    await expect(store.getInstance('instance-1')).rejects.toThrow(/not open/);
  });

  it('never hands the same external task or job to two processes sharing the file', async () => {
    const filename = freshFile();
    const seed = openSqliteStore({ filename });
    const count = 120;
    const numbers = Array.from({ length: count }, (_, i) => i);
    await seed.commit({
      externalTasks: numbers.map((i) => anExternalTask({ id: `ext-${i}`, createdAt: i })),
      jobsToInsert: numbers.map((i) => aJob({ id: `job-${i}`, dueAt: i })),
    });
    await seed.close();

    const outputs = await Promise.all(
      ['w1', 'w2', 'w3', 'w4'].map((worker) => drainInChildProcess(filename, worker)),
    );
    const tasks = outputs.flatMap((o) => o.tasks);
    const jobs = outputs.flatMap((o) => o.jobs);
    expect(new Set(tasks).size).toBe(tasks.length);
    expect(tasks.sort()).toEqual(numbers.map((i) => `ext-${i}`).sort());
    expect(new Set(jobs).size).toBe(jobs.length);
    expect(jobs.sort()).toEqual(numbers.map((i) => `job-${i}`).sort());
  });
});

const storeModule = fileURLToPath(new URL('./store.ts', import.meta.url));

/** Runs a separate Node process that locks tasks and jobs, a few at a time, until none remain. */
async function drainInChildProcess(
  filename: string,
  worker: string,
): Promise<{ tasks: string[]; jobs: string[] }> {
  const script = `
    const { openSqliteStore } = await import(${JSON.stringify(storeModule)});
    const store = openSqliteStore({ filename: ${JSON.stringify(filename)} });
    const tasks = [], jobs = [];
    for (;;) {
      const locked = await store.lockExternalTasks({ workerId: '${worker}', now: 1e6, maxTasks: 3, topics: [{ name: 'letters', lockDuration: 1e9 }] });
      const acquired = await store.acquireJobs({ owner: '${worker}', now: 1e6, lockUntil: 1e9, limit: 3 });
      if (locked.length === 0 && acquired.length === 0) break;
      tasks.push(...locked.map((t) => t.id));
      jobs.push(...acquired.map((j) => j.id));
    }
    await store.close();
    process.stdout.write(JSON.stringify({ tasks, jobs }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    script,
  ]);
  return JSON.parse(stdout) as { tasks: string[]; jobs: string[] };
}
