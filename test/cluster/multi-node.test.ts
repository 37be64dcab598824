import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../engine/ports/store.ts';
import { freshDatabaseUrl, openTestDatabase } from '../support/test-store.ts';

/**
 * Three `promesa serve` processes on one PostgreSQL database, driven over HTTP as a load balancer
 * would spread callers. This runs in real time: it is about real processes, a real SIGKILL and
 * real lock expiry (the engine's own timer logic is proven on the fake clock elsewhere).
 *
 * Bounds: 2,000 instances of `cluster-work` (a 1-second timer, then a user task), started and
 * their tasks completed through the nodes in turn, 24 requests in flight; job locks expire after
 * 3 s (PROMESA_JOB_LOCK_MS) so a dead node's jobs move on quickly; each phase (starts, timers,
 * completions, ends) must finish within 150 s, and the nodes must exit cleanly on SIGTERM within
 * 10 s. The bounds leave room for a machine that other work loads.
 */
const INSTANCES = 2_000;
const IN_FLIGHT = 24;
const LOCK_MS = 3_000;
const PHASE_MS = 150_000;
const ADMIN_PASSWORD = 'cluster test password';
const root = new URL('../../', import.meta.url);

interface Node {
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

let running: Node[] = [];
afterEach(() => {
  for (const node of running) node.child.kill('SIGKILL');
  running = [];
});

describe('three engine processes on one PostgreSQL database', () => {
  it('fires each of 2,000 short timers once and ends each instance once, its task completed through any node', async () => {
    await runCluster({ killOneHalfWay: false });
  }, 360_000);

  it('finishes the work of a node killed by SIGKILL half-way, after its locks expired, losing and doubling nothing', async () => {
    await runCluster({ killOneHalfWay: true });
  }, 360_000);
});

async function runCluster({ killOneHalfWay }: { killOneHalfWay: boolean }): Promise<void> {
  const databaseUrl = await freshDatabaseUrl();
  // Three nodes starting together also race on migrations and on deploying the shipped processes.
  const nodes = await Promise.all([0, 1, 2].map((n) => startNode(databaseUrl, `node-${n}`)));
  const { store } = await openTestDatabase(databaseUrl);
  try {
    const token = await createToken(nodes[0]!);
    const call = (node: Node, method: string, path: string, body?: unknown) =>
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

    // Starts, spread over the nodes. Every start is answered before the node is killed.
    await inParallel(INSTANCES, async (i) => {
      const response = await call(
        nodes[i % 3]!,
        'POST',
        '/api/process-definitions/cluster-work/start',
        {
          businessKey: `customer-${i}`,
        },
      );
      expect(response.status).toBe(201);
    });

    let live = nodes;
    if (killOneHalfWay) {
      // Half the timers have fired, and the victim holds claimed jobs it will never run.
      await until(
        async () =>
          (await openTasks(store)) >= INSTANCES / 2 &&
          (await store.listJobs({})).some((job) => job.lockedBy === 'node-2'),
        'half the timers fired while node-2 holds jobs',
        50,
      );
      nodes[2]!.child.kill('SIGKILL');
      await nodes[2]!.exited;
      live = nodes.slice(0, 2);
    }
    await until(async () => (await openTasks(store)) === INSTANCES, 'every timer fired');

    // Completions, spread over the live nodes; a node that does not answer is skipped.
    const tasks = await store.listTasks({ processId: 'cluster-work', state: 'open' });
    await inParallel(tasks.length, async (i) => {
      const response = await call(
        live[i % live.length]!,
        'POST',
        `/api/tasks/${tasks[i]!.id}/complete`,
        {},
      );
      expect(response.status).toBe(204);
    });
    await until(
      async () =>
        (await store.listInstances({ processId: 'cluster-work', status: 'completed' })).length ===
        INSTANCES,
      'every instance ended',
    );

    // Exactly once: one pass through the timer and one end per instance, no job left or locked.
    const instances = await store.listInstances({ processId: 'cluster-work' });
    expect(instances).toHaveLength(INSTANCES);
    for (const instance of instances) {
      const history = await store.history(instance.id);
      const passes = (kind: string, elementId?: string) =>
        history.filter(
          (h) => h.kind === kind && (elementId === undefined || h.elementId === elementId),
        ).length;
      expect([
        passes('activity.completed', 'short-wait'),
        passes('task.completed'),
        passes('instance.completed'),
      ]).toEqual([1, 1, 1]);
    }
    expect(await store.listJobs({})).toEqual([]);

    // Graceful shutdown: the live nodes stop claiming, finish what they hold and exit cleanly.
    for (const node of live) node.child.kill('SIGTERM');
    expect(
      await Promise.all(live.map((n) => withTimeout(n.exited, 10_000, 'a clean exit'))),
    ).toEqual(live.map(() => 0));
  } finally {
    await store.close();
  }
}

async function startNode(databaseUrl: string, nodeId: string): Promise<Node> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/entry.ts', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PROMESA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PROMESA_JOB_LOCK_MS: String(LOCK_MS),
      PROMESA_NODE_ID: nodeId,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const node = { base: `http://127.0.0.1:${port}`, child, exited };
  running.push(node);
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Promesa listening')) resolve();
      });
      void exited.then((code) => reject(new Error(`node exited with ${code} before listening`)));
    }),
    30_000,
    'the node to listen',
  );
  return node;
}

async function createToken(node: Node): Promise<string> {
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

const openTasks = async (store: Store) =>
  (await store.listTasks({ processId: 'cluster-work', state: 'open' })).length;

/** Runs `work(0..count-1)` with `IN_FLIGHT` calls at a time. */
async function inParallel(count: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await withTimeout(
    Promise.all(Array.from({ length: IN_FLIGHT }, worker)),
    PHASE_MS,
    `${count} calls`,
  );
}

/** Polls `condition` every `everyMs` until it holds, within one phase's bound. */
async function until(
  condition: () => Promise<boolean>,
  what: string,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + PHASE_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${PHASE_MS / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not within ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
