import { openSqliteStore, type SqliteStore } from '../../db/sqlite/store.ts';
import type { Engine, UnitOfWork } from '../../engine/index.ts';
import { DAY_MS } from '../../engine/retention/time-to-live.ts';
import { startPromesa } from '../support/engines.ts';
import { serveApi } from '../support/http.ts';
import { sized } from '../support/options.ts';
import { inParallel } from '../support/parallel.ts';
import type { BenchContext, Scenario } from '../support/scenario.ts';
import { medianOfRuns, percentile, perSecond, since } from '../support/stats.ts';

/**
 * The history clean-up (issue 16) on SQLite, `synchronous=FULL`: 1,000,000 history rows of
 * instances that ended 40 days ago under a 30-day time to live, removed by `cleanUpHistory` as the
 * server's schedule runs it (100 instances per transaction, yielding between them). Measured:
 * the durable start + complete rate of 16 concurrent callers while it runs against the same
 * callers without it, just before and just after (after a warm-up, so no window pays for
 * compilation); then, on a second fill with nothing else running, history rows removed per
 * second, the time each transaction takes, and `/api/health` polled every 10 ms over HTTP
 * against the same polling of the idle server.
 */
const HISTORY_ROWS = 1_000_000;
const CALLERS = 16;
const BASELINE_MS = 15_000;
const WARM_UP_MS = 3_000;
const TIME_TO_LIVE_DAYS = 30;
const SEED_WIDTH = 64;

/**
 * One request answered through the engine, as the template of the ended instances: its
 * instance, task and history rows, to be copied under new ids.
 */
async function templateOf(engine: Engine, store: SqliteStore) {
  const started = await engine.start('user-task', { businessKey: 'template' });
  const [task] = await engine.listTasks({ instanceId: started.id });
  await engine.completeTask(task!.id, { userId: 'bench' });
  return {
    instance: (await store.getInstance(started.id))!,
    tasks: await store.listTasks({ instanceId: started.id }),
    history: (await store.history(started.id)).map(({ seq: _seq, ...line }) => line),
  };
}

/** `rows` history rows of ended copies of the template, committed as the engine commits. */
async function seed(
  store: SqliteStore,
  template: Awaited<ReturnType<typeof templateOf>>,
  rows: number,
  batch: string,
): Promise<number> {
  const endedAt = Date.now() - (TIME_TO_LIVE_DAYS + 10) * DAY_MS;
  const count = Math.ceil(rows / template.history.length);
  const copy = (i: number): UnitOfWork => {
    const id = `${batch}-${i}`;
    return {
      instance: {
        record: {
          ...template.instance,
          id,
          businessKey: `customer-${i}`,
          startedAt: endedAt,
          endedAt,
        },
        expectedVersion: null,
      },
      tasks: template.tasks.map((t, n) => ({ ...t, id: `${id}-t${n}`, instanceId: id })),
      history: template.history.map((line) => ({ ...line, instanceId: id, at: endedAt })),
    };
  };
  await inParallel(SEED_WIDTH, count, (i) => store.commit(copy(i)));
  return count * template.history.length;
}

/**
 * The store with each clean-up transaction timed: on SQLite a transaction holds the engine's
 * thread, so its wall time is how long requests wait behind it; its CPU time is that of the
 * transaction itself, which other work on the machine does not stretch.
 */
function timedRemovals(store: SqliteStore) {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  const timed: SqliteStore = {
    ...store,
    async removeEndedInstances(removal) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const removed = await store.removeEndedInstances(removal);
      wallMs.push(since(started));
      const used = process.cpuUsage(cpu);
      cpuMs.push((used.user + used.system) / 1000);
      return removed;
    },
  };
  return { timed, wallMs, cpuMs };
}

/** True once `ms` have passed from now. */
function after(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

/** Durable start + complete from `CALLERS` callers until `until()` says stop; instances per second. */
async function durableLoad(engine: Engine, until: () => boolean): Promise<number> {
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (!until()) {
        const instance = await engine.start('user-task', { businessKey: `live-${done}` });
        const [task] = await engine.listTasks({ instanceId: instance.id });
        await engine.completeTask(task!.id, { userId: 'bench' });
        done += 1;
      }
    }),
  );
  return perSecond(done, since(started));
}

/** Polls `/api/health` every 10 ms until `until()` says stop; the latencies in ms. */
async function healthChecks(url: string, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const sent = performance.now();
    await (await fetch(`${url}/api/health`)).text();
    times.push(since(sent));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return times;
}

async function oneRun(context: BenchContext, rows: number, baselineMs: number) {
  const store = openSqliteStore({ filename: context.file('history-cleanup.db') });
  const transactions = timedRemovals(store);
  const engine = await startPromesa(transactions.timed, ['user-task.bpmn'], {
    historyTimeToLive: TIME_TO_LIVE_DAYS,
  });
  const api = await serveApi(engine, store, ['front-office']);
  try {
    const template = await templateOf(engine, store);
    await seed(store, template, rows, 'loaded');

    await durableLoad(engine, after(WARM_UP_MS));
    const before = await durableLoad(engine, after(baselineMs / 2));

    // With it: the callers run until the clean-up has removed every seeded row.
    let cleaning = true;
    const cleanupStarted = performance.now();
    const [report, during] = await Promise.all([
      engine.cleanUpHistory().finally(() => (cleaning = false)),
      durableLoad(engine, () => !cleaning),
    ]);
    const underLoadMs = since(cleanupStarted);
    if (!report.finished || report.historyRows < rows)
      throw new Error(`The clean-up under load removed ${report.historyRows} of ${rows} rows`);
    // Half the rate without it before, half after: the machine's drift weighs on both sides.
    const without = (before + (await durableLoad(engine, after(baselineMs / 2)))) / 2;

    // Alone: a second fill, removed with nothing but health checks running.
    const seeded = await seed(store, template, rows, 'alone');
    transactions.wallMs.length = 0;
    transactions.cpuMs.length = 0;
    const healthWithout = await healthChecks(api.url, after(WARM_UP_MS));
    cleaning = true;
    const aloneStarted = performance.now();
    const [alone, healthDuring] = await Promise.all([
      engine.cleanUpHistory().finally(() => (cleaning = false)),
      healthChecks(api.url, () => !cleaning),
    ]);
    const aloneMs = since(aloneStarted);
    if (alone.historyRows !== seeded)
      throw new Error(`The clean-up alone removed ${alone.historyRows} of ${seeded} rows`);

    context.log(
      `  clean-up ${perSecond(alone.historyRows, aloneMs).toFixed(0)} rows/s alone, ${perSecond(report.historyRows, underLoadMs).toFixed(0)} under load; durable ${without.toFixed(0)} → ${during.toFixed(0)} instances/s; health max ${Math.max(...healthWithout).toFixed(1)} → ${Math.max(...healthDuring).toFixed(1)} ms`,
    );
    return {
      rowsPerSecond: perSecond(alone.historyRows, aloneMs),
      rowsPerSecondUnderLoad: perSecond(report.historyRows, underLoadMs),
      without,
      during,
      ratio: during / without,
      healthP99Without: percentile(healthWithout, 99),
      healthP99During: percentile(healthDuring, 99),
      healthMaxWithout: Math.max(...healthWithout),
      healthMaxDuring: Math.max(...healthDuring),
      cleanupSeconds: aloneMs / 1000,
      transactionP50: percentile(transactions.wallMs, 50),
      transactionMax: Math.max(...transactions.wallMs),
      transactionCpuP50: percentile(transactions.cpuMs, 50),
      transactionCpuMax: Math.max(...transactions.cpuMs),
    };
  } finally {
    await api.close();
    await engine.close();
    await store.close();
  }
}

export const historyCleanupScenario: Scenario = {
  name: 'history-cleanup',
  title:
    'History clean-up: 1,000,000 history rows of ended instances on SQLite, alone and under load',
  async run(context) {
    const { options, log } = context;
    const rows = sized(options, HISTORY_ROWS, 1_000);
    const baselineMs = sized(options, BASELINE_MS, 1_000);
    log(`history-cleanup: ${rows} history rows, ${CALLERS} callers, ${options.runs} run(s)`);
    const r = await medianOfRuns(options.runs, () => oneRun(context, rows, baselineMs));
    const note = `${rows.toLocaleString('en-US')} rows, 100 instances a transaction`;
    return [
      {
        name: 'history-cleanup',
        label: 'clean-up: history rows removed',
        promesa: r.rowsPerSecond,
        bpmnEngine: null,
        unit: 'rows/s',
        better: 'higher',
        note: `${note}, alone (${r.cleanupSeconds.toFixed(1)} s)`,
      },
      {
        name: 'history-cleanup-under-load',
        label: 'clean-up: under durable load',
        promesa: r.rowsPerSecondUnderLoad,
        bpmnEngine: null,
        unit: 'rows/s',
        better: 'higher',
        note: `beside ${CALLERS} callers starting and completing`,
      },
      {
        name: 'history-cleanup-durable',
        label: 'clean-up: durable rate while it runs',
        promesa: r.during,
        bpmnEngine: null,
        limit: r.without,
        ratio: r.ratio,
        unit: 'instances/s',
        better: 'higher',
        note: `limit: the same ${CALLERS} callers without it`,
      },
      {
        name: 'history-cleanup-transaction',
        label: 'clean-up: one transaction, slowest',
        promesa: r.transactionMax,
        bpmnEngine: null,
        unit: 'ms',
        better: 'lower',
        note: `p50 ${r.transactionP50.toFixed(1)} ms; CPU p50 ${r.transactionCpuP50.toFixed(1)}, max ${r.transactionCpuMax.toFixed(1)} ms`,
      },
      {
        name: 'history-cleanup-health-p99',
        label: 'clean-up: /api/health p99 while it runs',
        promesa: r.healthP99During,
        bpmnEngine: null,
        unit: 'ms (p99)',
        better: 'lower',
        note: `${r.healthP99Without.toFixed(1)} ms idle; polled every 10 ms, no other load`,
      },
      {
        name: 'history-cleanup-health-max',
        label: 'clean-up: /api/health slowest',
        promesa: r.healthMaxDuring,
        bpmnEngine: null,
        unit: 'ms',
        better: 'lower',
        note: `${r.healthMaxWithout.toFixed(1)} ms idle`,
      },
    ];
  },
};
