import { startJobLoop } from '../../api/job-loop.ts';
import { openSqliteStore, type SqliteStore } from '../../db/sqlite/store.ts';
import { systemClock, type Engine } from '../../engine/index.ts';
import { sized } from '../support/options.ts';
import { startPromesa } from '../support/engines.ts';
import type { BenchContext, Scenario } from '../support/scenario.ts';
import { fastSetup } from '../support/sqlite.ts';
import { percentile, perSecond, since } from '../support/stats.ts';

/**
 * Scenario 4, timers: 10,000 instances wait at timers due within the same minute (spread evenly
 * over 60 s), fired by the job executor as shipped (`api/job-loop.ts`, system clock) from
 * SQLite with synchronous=FULL. Lateness is the time from a timer's due moment to the commit of
 * the step it fired (the instance's `instance.changed` event). Then the executor's capacity: a
 * backlog of timers all already due, drained as fast as it can.
 *
 * The clock sets this scenario's length, not the work: it runs once even without `--quick`;
 * its percentiles are over 10,000 timers. `--quick` keeps the rate: 1,000 timers in 6 s.
 */
const TIMERS = 10_000;
const WINDOW_MS = 60_000;
const BACKLOG = 1_000;

/** Starts instances waiting at a timer; returns when each is due, by instance id. */
async function waitAt(engine: Engine, dueTimes: number[]): Promise<Map<string, number>> {
  const due = new Map<string, number>();
  for (const at of dueTimes) {
    const { id } = await engine.start('timer-wait', {
      variables: { due: new Date(at).toISOString() },
    });
    due.set(id, at);
  }
  return due;
}

/** Runs the job loop until every instance in `due` has completed; returns lateness per instance. */
async function fire(
  engine: Engine,
  store: SqliteStore,
  due: Map<string, number>,
): Promise<number[]> {
  const lateness: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const unsubscribe = engine.subscribe((event) => {
    if (
      event.type !== 'instance.changed' ||
      event.status !== 'completed' ||
      !due.has(event.instanceId)
    )
      return;
    lateness.push(Date.now() - due.get(event.instanceId)!);
    if (lateness.length === due.size) done();
  });
  let failure: unknown;
  const loop = startJobLoop(engine, store, systemClock, (error) => (failure = error));
  await finished;
  await loop.stop();
  unsubscribe();
  if (failure) throw failure;
  return lateness;
}

async function timersRun(context: BenchContext) {
  const { options, log } = context;
  const count = sized(options, TIMERS);
  const window = WINDOW_MS * options.scale;
  const store = openSqliteStore({ filename: context.file('timers.db') });
  const engine = await startPromesa(store, ['timer-wait.bpmn']);
  try {
    // The window must open only after the setup, so estimate how long the setup takes.
    const setup = fastSetup(store.database);
    const probe = performance.now();
    await waitAt(
      engine,
      Array.from({ length: 100 }, () => Date.now() + 3_600_000),
    );
    const opensAt = Date.now() + (2 * count * since(probe)) / 100 + 2_000;
    const due = await waitAt(
      engine,
      Array.from({ length: count }, (_, i) => opensAt + (i * window) / count),
    );
    setup.done();
    const setupOverran = Date.now() > opensAt;
    log(
      `  ${count} timers due within ${window / 1000} s, window opens in ${((opensAt - Date.now()) / 1000).toFixed(1)} s`,
    );
    const lateness = await fire(engine, store, due);

    // Capacity: a backlog already due when the executor starts.
    const backlogSetup = fastSetup(store.database);
    const backlog = await waitAt(
      engine,
      Array.from({ length: sized(options, BACKLOG) }, () => Date.now()),
    );
    backlogSetup.done();
    const drainStart = performance.now();
    await fire(engine, store, backlog);
    const capacity = perSecond(backlog.size, since(drainStart));
    return {
      p50: percentile(lateness, 50),
      p99: percentile(lateness, 99),
      max: percentile(lateness, 100),
      capacity,
      setupOverran,
      count,
    };
  } finally {
    await engine.close();
    await store.close();
  }
}

export const timersScenario: Scenario = {
  name: 'timers',
  title: 'Timers: 10,000 due within one minute, fired by the job loop with the system clock',
  async run(context) {
    const r = await timersRun(context);
    context.log(
      `  lateness p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms; backlog drained at ${r.capacity.toFixed(0)} jobs/s`,
    );
    const note = r.setupOverran
      ? 'setup overran the window: lateness includes setup'
      : `${r.count} timers, one run`;
    return [
      {
        name: 'timer-lateness-p50',
        label: 'timers: lateness p50',
        promesa: r.p50,
        bpmnEngine: null,
        unit: 'ms',
        better: 'lower',
        note,
      },
      {
        name: 'timer-lateness-p99',
        label: 'timers: lateness p99',
        promesa: r.p99,
        bpmnEngine: null,
        unit: 'ms',
        better: 'lower',
        note: 'job loop as shipped, FULL sync',
      },
      {
        name: 'timer-capacity',
        label: 'timers: backlog drain rate',
        promesa: r.capacity,
        bpmnEngine: null,
        unit: 'jobs/s',
        better: 'higher',
        note: 'all due at once',
      },
    ];
  },
};
