import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord, Store } from '../../engine/ports/store.ts';
import { freshDatabaseUrl, openTestDatabase, withoutCommitFlush } from '../support/test-store.ts';
import {
  buildCommand,
  type ClusterNode,
  phaseClock,
  startNode,
  until,
  withTimeout,
} from './support/cluster-node.ts';

/**
 * Three `promesa serve` processes on one PostgreSQL database, driven over HTTP as a load balancer
 * would spread callers. This runs in real time: it is about real processes, a real SIGKILL and
 * real lock expiry (the engine's own timer logic is proven on the fake clock elsewhere). Each
 * run prints its duration and the time of each phase.
 *
 * Load: 2,000 instances of `cluster-work` (a 1-second timer, then a user task), started and their
 * tasks completed through the nodes in turn, 24 requests in flight. Job locks expire after 3 s
 * (PROMESA_JOB_LOCK_MS; 5 minutes by default): long enough for a node to fire the batch it
 * claimed on a loaded machine, short enough that a dead node's jobs move on within the run.
 *
 * Bounds, and what each protects:
 * - STALL_MS: no request waits 30 s for its answer, and while timers fire and instances end
 *   their count never stands still for 30 s: a cluster that stalls, or a node whose jobs nobody
 *   takes over, fails there, naming the phase, instead of at the test's timeout. A bound on
 *   progress, not on a phase's length, which other work on the machine stretches (starts took
 *   31 to 45 s at a load average of 11 to 14).
 * - TAKEOVER_MS: the jobs the victim died holding are taken over by the survivors within 20 s
 *   of their locks' expiry, less than the 30 s a job loop sleeps at most: the survivors wake at
 *   the expiry, as `nextJobDueAt` tells them, not at their fallback poll.
 * - The survivors exit with 0 within 10 s of SIGTERM (they finish what they hold first).
 */
const INSTANCES = 2_000;
const IN_FLIGHT = 24;
const LOCK_MS = 3_000;
const STALL_MS = 30_000;
const TAKEOVER_MS = 20_000;
const EXIT_MS = 10_000;
const ADMIN_PASSWORD = 'cluster test password';
const root = new URL('../../', import.meta.url);

let running: ClusterNode[] = [];
beforeAll(buildCommand, 120_000);
afterEach(() => {
  for (const node of running) node.child.kill('SIGKILL');
  running = [];
});

describe('three engine processes on one PostgreSQL database', () => {
  it('fires each of 2,000 short timers once and ends each instance once, its task completed through any node', async () => {
    await runCluster({ killOneHalfWay: false });
  }, 300_000);

  it('finishes the work of a node killed by SIGKILL half-way, after its locks expired, losing and doubling nothing', async () => {
    await runCluster({ killOneHalfWay: true });
  }, 300_000);
});

async function runCluster({ killOneHalfWay }: { killOneHalfWay: boolean }): Promise<void> {
  const clock = phaseClock(
    `cluster, ${killOneHalfWay ? 'node-2 killed half-way' : 'no node killed'}`,
  );
  const databaseUrl = await freshDatabaseUrl();
  // What this proves does not rest on PostgreSQL's own crash safety (the database is never
  // stopped); on a machine whose disk other work shares, the WAL flush would set the pace.
  await withoutCommitFlush(databaseUrl);
  // Three nodes starting together also race on migrations and on deploying the shipped processes.
  const env = { PROMESA_ADMIN_PASSWORD: ADMIN_PASSWORD, PROMESA_JOB_LOCK_MS: String(LOCK_MS) };
  running = await Promise.all(
    ['node-0', 'node-1', 'node-2'].map((id) => startNode(id, databaseUrl, env)),
  );
  const nodes = running;
  const { store } = await openTestDatabase(databaseUrl);
  try {
    const token = await createToken(nodes[0]!);
    const call = (node: ClusterNode, method: string, path: string, body?: unknown) =>
      fetch(`${node.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const xml = await readFile(new URL('test/processes/cluster-work.bpmn', root), 'utf8');
    expect(
      (await call(nodes[1]!, 'POST', '/api/deployments', { name: 'cluster-work.bpmn', xml }))
        .status,
    ).toBe(201);
    clock.mark('nodes up');

    // Starts, spread over the nodes. When one is to be killed, it takes the first half's share
    // only, so every start it took is answered before it dies, while the starts that go on
    // through the others keep timers falling due for it to claim.
    const victim = killOneHalfWay ? nodes[2]! : undefined;
    const entry = (i: number) => (victim && i >= INSTANCES / 2 ? nodes[i % 2]! : nodes[i % 3]!);
    let startsOnVictim = 0;
    const starts = inParallel(INSTANCES, 'starts', async (i) => {
      const node = entry(i);
      if (node === victim) startsOnVictim++;
      const response = await call(node, 'POST', '/api/process-definitions/cluster-work/start', {
        businessKey: `customer-${i}`,
      });
      expect(response.status).toBe(201);
      if (node === victim) startsOnVictim--;
    });
    // Concurrently: the kill, then the survivors' takeover of the jobs the victim died holding.
    const takeover = victim
      ? killHalfWay(store, victim, () => startsOnVictim === 0, starts).then(async (orphaned) => ({
          orphaned,
          lateMs: await takenOver(store, victim, orphaned),
        }))
      : undefined;
    const [, killed] = await Promise.all([starts.then(() => clock.mark('starts')), takeover]);
    const live = nodes.filter((node) => node !== victim);
    await whileProgressing(() => openTasks(store), INSTANCES, 'timers fired');
    clock.mark('timers');

    // Completions, spread over the live nodes.
    const tasks = await store.listTasks({ processId: 'cluster-work', state: 'open' });
    await inParallel(tasks.length, 'completions', async (i) => {
      const response = await call(
        live[i % live.length]!,
        'POST',
        `/api/tasks/${tasks[i]!.id}/complete`,
        {},
      );
      expect(response.status).toBe(204);
    });
    clock.mark('completions');
    await whileProgressing(
      () => store.countInstances({ processId: 'cluster-work', status: 'completed' }),
      INSTANCES,
      'instances ended',
    );
    clock.mark('ends');

    // Exactly once: one pass through the timer and one end per instance, no job left or locked.
    const instances = await store.listInstances({ processId: 'cluster-work' });
    expect(instances).toHaveLength(INSTANCES);
    const passes = new Map<string, number[]>();
    await inParallel(instances.length, 'history reads', async (i) => {
      const history = await store.history(instances[i]!.id);
      const count = (kind: string, elementId?: string) =>
        history.filter(
          (h) => h.kind === kind && (elementId === undefined || h.elementId === elementId),
        ).length;
      passes.set(instances[i]!.id, [
        count('activity.completed', 'short-wait'),
        count('task.completed'),
        count('instance.completed'),
      ]);
    });
    const notOnce = [...passes].filter(([, counts]) => counts.join() !== '1,1,1');
    expect(notOnce).toEqual([]);
    for (const job of killed?.orphaned ?? [])
      expect(passes.get(job.instanceId!)).toEqual([1, 1, 1]);
    expect(await store.listJobs({})).toEqual([]);
    clock.mark('checks');

    // Graceful shutdown: the live nodes stop claiming, finish what they hold and exit cleanly.
    for (const node of live) node.child.kill('SIGTERM');
    expect(
      await Promise.all(live.map((n) => withTimeout(n.exited, EXIT_MS, `${n.id} to exit`))),
    ).toEqual(live.map(() => 0));
    clock.mark('shutdown');
    clock.report(
      killed
        ? `; ${victim!.id} died holding ${killed.orphaned.length} claimed job(s), taken over ${(killed.lateMs / 1000).toFixed(1)} s after their locks expired`
        : '',
    );
  } finally {
    await store.close();
  }
}

/**
 * Kills `victim` by SIGKILL half-way: once every start it took was answered and half the timers
 * have fired, at a moment it holds claimed jobs under locks that have not expired. To know those
 * jobs, it is first frozen (SIGSTOP: it can neither commit nor release anything) and read; a
 * victim frozen holding none is let go on (SIGCONT) and tried again. Returns the jobs it died
 * holding.
 */
async function killHalfWay(
  store: Store,
  victim: ClusterNode,
  answeredAll: () => boolean,
  starts: Promise<void>,
): Promise<JobRecord[]> {
  let startsEnded = false;
  void starts.finally(() => (startsEnded = true)).catch(() => {});
  const heldBy = async (at: number) =>
    (await store.listJobs({})).filter(
      (job) => job.lockedBy === victim.id && (job.lockedUntil ?? 0) > at,
    );
  let orphaned: JobRecord[] = [];
  await until(
    async () => {
      if (!answeredAll() || (await openTasks(store)) < INSTANCES / 2) return false;
      if ((await heldBy(Date.now() + 1_000)).length > 0) {
        victim.child.kill('SIGSTOP');
        // Statements it sent before it froze finish meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 200));
        orphaned = await heldBy(Date.now());
        if (orphaned.length > 0) return true;
        victim.child.kill('SIGCONT');
      }
      if (startsEnded && (await openTasks(store)) === INSTANCES)
        throw new Error(`${victim.id} held no job from half the timers fired to the last`);
      return false;
    },
    `half the timers fired while ${victim.id} holds jobs`,
    // Half the starts and their timers, however loaded the machine: the test's own timeout.
    300_000,
    50,
  );
  victim.child.kill('SIGKILL');
  await victim.exited;
  return orphaned;
}

/**
 * Waits until no job is locked by the dead `victim` any more, within TAKEOVER_MS of the expiry of
 * the locks it died holding; returns how long after that expiry.
 */
async function takenOver(store: Store, victim: ClusterNode, orphaned: JobRecord[]) {
  const expiry = Math.max(...orphaned.map((job) => job.lockedUntil!));
  await until(
    async () => !(await store.listJobs({})).some((job) => job.lockedBy === victim.id),
    `the survivors take over the ${orphaned.length} jobs ${victim.id} died holding`,
    expiry + TAKEOVER_MS - Date.now(),
  );
  return Date.now() - expiry;
}

async function createToken(node: ClusterNode): Promise<string> {
  const response = await fetch(`${node.base}/api/users/admin/tokens`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ name: 'cluster test' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const openTasks = (store: Store) => store.countTasks({ processId: 'cluster-work', state: 'open' });

/** Runs `work(0..count-1)` with `IN_FLIGHT` calls at a time; none may take STALL_MS. */
async function inParallel(
  count: number,
  what: string,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await withTimeout(work(i), STALL_MS, `${what}: call ${i + 1} of ${count}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

/** Waits until `count()` reaches `target`; fails when it stands still for STALL_MS. */
async function whileProgressing(
  count: () => Promise<number>,
  target: number,
  what: string,
): Promise<void> {
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const now = await count();
    if (now === target) return;
    if (now !== last) [last, movedAt] = [now, Date.now()];
    else if (Date.now() - movedAt > STALL_MS)
      throw new Error(`${what}: ${now} of ${target}, no progress for ${STALL_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
