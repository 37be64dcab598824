import type BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { sized } from '../support/options.ts';
import { inParallel } from '../support/parallel.ts';
import {
  peerEngine,
  peerRecoverer,
  peerSource,
  startPromesa,
  type PeerSource,
} from '../support/engines.ts';
import type { BenchContext, Scenario } from '../support/scenario.ts';
import { measureCommitLimit, openDurable } from '../support/sqlite.ts';
import { medianOfRuns, perSecond, since } from '../support/stats.ts';

/**
 * Scenario 2, durable: start → user task → end on SQLite (WAL, synchronous=FULL). Every instance
 * is started, then every task completed: two commits per instance, each acknowledged only
 * after its fsync. bpmn-engine does what its users do: after each step `getState()` is written
 * in its own transaction (same pragmas), and to complete the task the state is read back,
 * `recover()`ed, `resume()`d and the user task signalled. The machine's limit is measured in
 * the same run on the same file system: single-row insert transactions per second.
 */
const PROMESA_INSTANCES = 10_000;
const PEER_INSTANCES = 1_000;
const LIMIT_COMMITS = 3_000;

interface DurableRun {
  instancesPerSecond: number;
  commitsPerSecond: number;
}

async function promesaRun(context: BenchContext, count: number): Promise<DurableRun> {
  const store = openSqliteStore({ filename: context.file('promesa-durable.db') });
  const engine = await startPromesa(store, ['user-task.bpmn']);
  const startedAt = performance.now();
  for (let i = 0; i < count; i++) await engine.start('user-task', { businessKey: `request-${i}` });
  const startMs = since(startedAt);
  // Finding the tasks is a task-list read, not part of the two commits being measured.
  const tasks = await engine.listTasks({ processId: 'user-task', state: 'open' });
  if (tasks.length !== count)
    throw new Error(`Promesa has ${tasks.length} open tasks, expected ${count}`);
  const completedAt = performance.now();
  for (const task of tasks) await engine.completeTask(task.id, { userId: 'bench' });
  const ms = startMs + since(completedAt);
  const completed = (await store.listInstances({ processId: 'user-task', status: 'completed' }))
    .length;
  if (completed !== count) throw new Error(`Promesa completed ${completed} of ${count} instances`);
  await engine.close();
  await store.close();
  return { instancesPerSecond: perSecond(count, ms), commitsPerSecond: perSecond(2 * count, ms) };
}

/**
 * The same work from 16 concurrent callers (as a busy server sees it): the store's group commit
 * then writes the commands of one event-loop turn in one synced transaction, each caller still
 * answered only after that COMMIT. Units of work per second, against the same limit.
 */
async function promesaConcurrentRun(context: BenchContext, count: number): Promise<DurableRun> {
  const store = openSqliteStore({ filename: context.file('promesa-durable-concurrent.db') });
  const engine = await startPromesa(store, ['user-task.bpmn']);
  const startedAt = performance.now();
  await inParallel(CONCURRENCY, count, (i) =>
    engine.start('user-task', { businessKey: `request-${i}` }),
  );
  const startMs = since(startedAt);
  const tasks = await engine.listTasks({ processId: 'user-task', state: 'open' });
  if (tasks.length !== count)
    throw new Error(`Promesa has ${tasks.length} open tasks, expected ${count}`);
  const completedAt = performance.now();
  await inParallel(CONCURRENCY, count, (i) =>
    engine.completeTask(tasks[i]!.id, { userId: 'bench' }),
  );
  const ms = startMs + since(completedAt);
  const completed = (await store.listInstances({ processId: 'user-task', status: 'completed' }))
    .length;
  if (completed !== count) throw new Error(`Promesa completed ${completed} of ${count} instances`);
  await engine.close();
  await store.close();
  return { instancesPerSecond: perSecond(count, ms), commitsPerSecond: perSecond(2 * count, ms) };
}

const CONCURRENCY = 16;

async function peerRun(
  context: BenchContext,
  source: PeerSource,
  count: number,
): Promise<DurableRun> {
  const database = openDurable(context.file('bpmn-engine-durable.db'));
  database.exec(
    'CREATE TABLE instances (id TEXT PRIMARY KEY, status TEXT NOT NULL, state TEXT NOT NULL)',
  );
  const save = transactionally(
    database,
    'INSERT INTO instances (id, status, state) VALUES (@id, @status, @state)',
  );
  const update = transactionally(
    database,
    'UPDATE instances SET status = @status, state = @state WHERE id = @id',
  );
  const load = database.prepare<[string], { state: string }>(
    'SELECT state FROM instances WHERE id = ?',
  );

  const startedAt = performance.now();
  for (let i = 0; i < count; i++) {
    const id = `request-${i}`;
    const engine = peerEngine(source, { name: id });
    await engine.execute(); // returns once the user task waits
    save({ id, status: 'waiting', state: JSON.stringify(await engine.getState()) });
  }
  for (let i = 0; i < count; i++) {
    const id = `request-${i}`;
    const engine = peerRecoverer().recover(JSON.parse(load.get(id)!.state));
    const ended = engine.waitFor('end');
    const execution = await engine.resume();
    execution.signal({ id: 'answer-request' });
    await ended;
    update({ id, status: 'completed', state: JSON.stringify(await engine.getState()) });
  }
  const ms = since(startedAt);
  const completed = (
    database.prepare(`SELECT count(*) AS n FROM instances WHERE status = 'completed'`).get() as {
      n: number;
    }
  ).n;
  database.close();
  if (completed !== count)
    throw new Error(`bpmn-engine completed ${completed} of ${count} instances`);
  return { instancesPerSecond: perSecond(count, ms), commitsPerSecond: perSecond(2 * count, ms) };
}

/** One statement in its own `BEGIN IMMEDIATE ... COMMIT`, as Promesa's store commits. */
function transactionally(
  database: BetterSqlite3.Database,
  sql: string,
): (row: Record<string, string>) => void {
  const statement = database.prepare(sql);
  const tx = database.transaction((row: Record<string, string>) => statement.run(row));
  return (row) => void tx.immediate(row);
}

export const durableScenario: Scenario = {
  name: 'durable',
  title: 'Durable: start → user task → end on SQLite synchronous=FULL, then complete every task',
  async run(context) {
    const { options, log } = context;
    const promesaCount = sized(options, PROMESA_INSTANCES);
    const peerCount = sized(options, PEER_INSTANCES);
    const limitCount = sized(options, LIMIT_COMMITS, 300);
    log(
      `durable: Promesa ${promesaCount} instances, bpmn-engine ${peerCount}, limit probe ${limitCount} commits, ${options.runs} run(s)`,
    );
    const source = await peerSource('user-task.bpmn');
    const result = await medianOfRuns(options.runs, async () => {
      const limit = measureCommitLimit(context.file('limit.db'), limitCount);
      const promesa = await promesaRun(context, promesaCount);
      const concurrent = await promesaConcurrentRun(context, promesaCount);
      const peer = options.peer
        ? await peerRun(context, source, peerCount)
        : { instancesPerSecond: Number.NaN, commitsPerSecond: Number.NaN };
      log(
        `  limit ${limit.toFixed(0)} tx/s, Promesa ${promesa.commitsPerSecond.toFixed(0)} commits/s (${concurrent.commitsPerSecond.toFixed(0)} with ${CONCURRENCY} callers), bpmn-engine ${peer.commitsPerSecond.toFixed(0)} commits/s`,
      );
      return {
        limit,
        promesaVsLimit: promesa.commitsPerSecond / limit,
        concurrentVsLimit: concurrent.commitsPerSecond / limit,
        promesa: promesa.instancesPerSecond,
        peer: peer.instancesPerSecond,
        promesaCommits: promesa.commitsPerSecond,
        peerCommits: peer.commitsPerSecond,
        concurrent: concurrent.instancesPerSecond,
        concurrentCommits: concurrent.commitsPerSecond,
      };
    });
    return [
      {
        name: 'durable',
        label: 'durable: start + complete',
        promesa: result.promesa,
        bpmnEngine: result.peer,
        unit: 'instances/s',
        better: 'higher',
        note: `${promesaCount} vs ${peerCount} instances`,
      },
      {
        name: 'durable-vs-limit',
        label: 'durable: commits vs machine limit',
        promesa: result.promesaCommits,
        bpmnEngine: result.peerCommits,
        limit: result.limit,
        ratio: result.promesaVsLimit,
        unit: 'commits/s',
        better: 'higher',
        note: 'limit: 1-row insert transactions, FULL',
      },
      {
        name: 'durable-concurrent',
        label: `durable: ${CONCURRENCY} concurrent callers`,
        promesa: result.concurrent,
        bpmnEngine: result.peer,
        unit: 'instances/s',
        better: 'higher',
        note: 'group commit; peer one at a time (no shared store)',
      },
      {
        name: 'durable-concurrent-vs-limit',
        label: 'durable, concurrent: vs machine limit',
        promesa: result.concurrentCommits,
        bpmnEngine: null,
        limit: result.limit,
        ratio: result.concurrentVsLimit,
        unit: 'commits/s',
        better: 'higher',
        note: 'units of work committed per second',
      },
    ];
  },
};
