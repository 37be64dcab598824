import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchAndLockWaiting } from '../../api/services/long-poll.ts';
import { createEngine } from '../../engine/engine.ts';
import type { Engine, EngineEvent } from '../../engine/engine-interface.ts';
import type { Store } from '../../engine/ports/store.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { freshDatabaseUrl, openTestDatabase } from '../support/test-store.ts';

/**
 * Several engine nodes in this process, each with its own store (its own connection pool and
 * listening connection) on one PostgreSQL database, sharing a fake clock. What they must agree
 * on is decided in the database, so in-process nodes race as nodes on separate machines do.
 */
interface Node {
  engine: Engine;
  store: Store;
}

let nodes: Node[] = [];
afterEach(async () => {
  for (const { engine, store } of nodes) {
    await engine.close();
    await store.close();
  }
  nodes = [];
});

/** Jobs stay with the node that claimed them for 10 s of the fake clock. */
const JOB_LOCK_MS = 10_000;

async function startNodes(
  count: number,
  clock: FakeClock,
  wrap: (store: Store, node: number) => Store = (store) => store,
): Promise<Node[]> {
  const url = await freshDatabaseUrl();
  for (let i = 0; i < count; i++) {
    const { store } = await openTestDatabase(url);
    const engine = createEngine({
      store: wrap(store, i),
      clock,
      nodeId: `node-${i}`,
      jobLockMs: JOB_LOCK_MS,
    });
    nodes.push({ store, engine });
  }
  return nodes;
}

const deploy = async (engine: Engine, file: string) =>
  engine.deploy({
    name: file,
    xml: await readFile(new URL(`../processes/${file}`, import.meta.url), 'utf8'),
  });

/** Events of `engine` until `until` holds for one, or a timeout. */
function nextEvent(engine: Engine, until: (event: EngineEvent) => boolean): Promise<EngineEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such event within 10 s')), 10_000);
    const stop = engine.subscribe((event) => {
      if (!until(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

describe('several engine nodes on one PostgreSQL database', () => {
  it('starts one instance per due time of a timer start event, whichever of three nodes runs its jobs', async () => {
    const clock = new FakeClock('2026-03-02T08:00:00Z');
    const [a, b, c] = await startNodes(3, clock);
    await deploy(a!.engine, 'every-minute.bpmn');
    for (let minute = 1; minute <= 5; minute++) {
      clock.advance('PT1M');
      const fired = await Promise.all([a, b, c].map((n) => n!.engine.runDueJobs()));
      expect(fired.reduce((x, y) => x + y, 0)).toBe(1);
    }
    clock.advance('PT10M'); // R5: the cycle is used up
    expect(await Promise.all([a, b, c].map((n) => n!.engine.runDueJobs()))).toEqual([0, 0, 0]);
    expect(await a!.engine.listInstances({ processId: 'every-minute' })).toHaveLength(5);
    expect(await a!.store.listJobs({})).toEqual([]);
  });

  it('drops the work of a node that was too slow: its lock expired and another node fired the job meanwhile', async () => {
    const clock = new FakeClock('2026-03-02T08:00:00Z');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let slowCommits = 0;
    // Node 0 stalls in its first commit of a job (a long GC pause, an overloaded machine).
    const [slow, quick] = await startNodes(2, clock, (store, node) =>
      node === 0
        ? {
            ...store,
            async commit(work) {
              if (work.heldJobs?.length && ++slowCommits === 1) await released;
              return store.commit(work);
            },
          }
        : store,
    );
    await deploy(quick!.engine, 'every-minute.bpmn');
    clock.advance('PT1M');
    const stalled = slow!.engine.runDueJobs();
    await until(async () => slowCommits === 1);
    clock.advance(JOB_LOCK_MS);
    expect(await quick!.engine.runDueJobs()).toBe(1);
    release();
    await stalled;
    // One instance for the one due time, and the cycle goes on from the quick node's firing.
    expect(await quick!.engine.listInstances({ processId: 'every-minute' })).toHaveLength(1);
    expect(await quick!.store.listJobs({})).toMatchObject([{ lockedBy: null, attempts: 0 }]);
  });

  it('delivers a message correlated on two nodes at once to its one waiting instance, once', async () => {
    const clock = new FakeClock();
    const [a, b] = await startNodes(2, clock);
    await deploy(a!.engine, 'await-reply.bpmn');
    const waiting = await a!.engine.start('await-reply', { businessKey: 'customer-7' });
    const results = await Promise.allSettled(
      [a, b].map((n) =>
        n!.engine.correlateMessage({ messageName: 'reply', businessKey: 'customer-7' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const history = await b!.engine.history(waiting.id);
    expect(
      history.filter((h) => h.kind === 'activity.completed' && h.elementId === 'reply-received'),
    ).toHaveLength(1);
    expect((await b!.engine.getInstance(waiting.id)).status).toBe('completed');
  });

  it('holds a suspended instance on every node: no node fires its due timer or hands out its external task until another node resumes it', async () => {
    const clock = new FakeClock();
    const [a, b] = await startNodes(2, clock);
    await deploy(a!.engine, 'held-request.bpmn');
    const held = await a!.engine.start('held-request', { businessKey: 'customer-8' });
    await a!.engine.setInstanceSuspended(held.id, true);
    clock.advance('PT45M');
    expect(await Promise.all([a, b].map((n) => n!.engine.runDueJobs()))).toEqual([0, 0]);
    expect(
      await b!.engine.fetchAndLock({
        workerId: 'worker-b',
        maxTasks: 5,
        topics: [{ topicName: 'notify-customer', lockDuration: 60_000 }],
      }),
    ).toEqual([]);
    // Node b's job loop learns of the activation from the commit notice, without waiting 30 s.
    const woken = nextEvent(b!.engine, (event) => event.type === 'jobs.scheduled');
    await settleListening(b!);
    await a!.engine.setInstanceSuspended(held.id, false);
    await woken;
    expect(await b!.engine.runDueJobs()).toBeGreaterThan(0);
    expect((await a!.engine.getInstance(held.id)).activeElements).toContain('back-office-review');
  });

  it('lets another node take over the jobs of a node that died holding them, once their lock expired', async () => {
    const clock = new FakeClock();
    const [a, b] = await startNodes(2, clock);
    await deploy(a!.engine, 'cluster-work.bpmn');
    const instance = await a!.engine.start('cluster-work');
    clock.advance('PT1S');
    // Node a claims the timer and dies before firing it: its lock stands until it expires.
    const [held] = await a!.store.acquireJobs({
      now: clock.now(),
      owner: 'node-0',
      lockUntil: clock.now() + 60_000,
      limit: 10,
    });
    expect(held).toMatchObject({ instanceId: instance.id, lockedBy: 'node-0' });
    expect(await b!.engine.runDueJobs()).toBe(0);
    clock.advance('PT1M');
    expect(await b!.engine.runDueJobs()).toBe(1);
    expect((await b!.engine.getInstance(instance.id)).activeElements).toEqual(['review']);
  });

  it('relays the changes committed on one node to the events of another: tasks, instances and jobs', async () => {
    const clock = new FakeClock();
    const [a, b] = await startNodes(2, clock);
    await deploy(a!.engine, 'cluster-work.bpmn');
    const scheduled = nextEvent(b!.engine, (e) => e.type === 'jobs.scheduled');
    await settleListening(b!);
    const instance = await a!.engine.start('cluster-work');
    expect(await scheduled).toMatchObject({ earliestDueAt: clock.now() + 1_000 });

    const created = nextEvent(b!.engine, (e) => e.type === 'task.changed');
    clock.advance('PT1S');
    await a!.engine.runDueJobs();
    const event = await created;
    expect(event).toMatchObject({
      type: 'task.changed',
      task: { instanceId: instance.id, elementId: 'review', state: 'open' },
    });
  });

  it('answers a long poll on one node with the external task another node created', async () => {
    const clock = new FakeClock();
    const [a, b] = await startNodes(2, clock);
    await deploy(a!.engine, 'external-work.bpmn');
    await settleListening(b!);
    const polled = fetchAndLockWaiting(
      b!.engine,
      {
        workerId: 'w1',
        maxTasks: 1,
        topics: [{ topicName: 'credit-check', lockDuration: 60_000 }],
      },
      { timeoutMs: 20_000 },
    );
    const instance = await a!.engine.start('external-work');
    expect(await polled).toMatchObject([{ instanceId: instance.id, workerId: 'w1' }]);
  });
});

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; !(await condition()); i++) {
    if (i > 500) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Subscribes once so the node's store listens, and waits until its listening connection is up. */
async function settleListening(node: Node): Promise<void> {
  const stop = node.engine.subscribe(() => undefined);
  await (node.store as Store & { listening?(): Promise<void> }).listening?.();
  stop();
}
