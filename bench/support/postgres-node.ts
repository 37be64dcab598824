// One engine node of the PostgreSQL benchmark, as its own process: opens the store named by its
// first argument, deploys the bench process, says `ready`, and on `go` (a line on stdin) starts
// its instances and then completes their tasks, each with `concurrency` callers. Prints the
// milliseconds the two phases took as JSON; the task-list read between them is not counted.
import { createInterface } from 'node:readline';
import { openStores } from '../../api/server.ts';
import { inParallel } from './parallel.ts';
import { startPromesa } from './engines.ts';

const [databaseUrl, countText, concurrencyText, node] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
const { store } = await openStores(databaseUrl!, { poolSize: concurrency + 2 });
const engine = await startPromesa(store, ['user-task.bpmn']);
process.stdout.write('ready\n');
await new Promise<void>((resolve) =>
  createInterface({ input: process.stdin }).once('line', () => resolve()),
);

let started = performance.now();
const mine = new Set<string>();
await inParallel(concurrency, count, async (i) => {
  mine.add((await engine.start('user-task', { businessKey: `${node}-${i}` })).id);
});
const startMs = performance.now() - started;
const tasks = (await engine.listTasks({ processId: 'user-task', state: 'open' })).filter((t) =>
  mine.has(t.instanceId),
);
if (tasks.length !== count) throw new Error(`node ${node}: ${tasks.length} of ${count} tasks`);
started = performance.now();
await inParallel(concurrency, count, (i) => engine.completeTask(tasks[i]!.id, { userId: 'bench' }));
const completeMs = performance.now() - started;
await engine.close();
await store.close();
process.stdout.write(`${JSON.stringify({ ms: startMs + completeMs })}\n`);
