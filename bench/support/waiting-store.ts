import { openSqliteStore, type SqliteStore } from '../../db/sqlite/store.ts';
import type { Engine, TaskQuery } from '../../engine/index.ts';
import { settledMemory, type MemoryReading } from './memory.ts';
import { sized } from './options.ts';
import { startPromesa } from './engines.ts';
import type { BenchContext } from './scenario.ts';
import { fastSetup, measureCommitLimit } from './sqlite.ts';
import { median, percentile, perSecond, since } from './stats.ts';

/**
 * One SQLite store of waiting work, grown level by level (1k, 10k, 100k instances; 1M with
 * `--full`), shared by the waiting-work scenario (memory and task list at the top level) and the
 * cost curve (start rate and task list at every level), so 100,000 instances are created once.
 *
 * Each instance waits at `answer-request` of `urgent-work.bpmn`: offered to one of ten groups,
 * due 10 minutes to 10 hours out, with an SLA and a 4-hour boundary timer.
 */
export const GROUPS = Array.from({ length: 10 }, (_, i) => `group-${i}`);
/** The task list of scenario 3: the 50 most urgent open tasks of one group. */
export const URGENT_QUERY: TaskQuery = {
  candidateGroups: ['group-3'],
  state: 'open',
  orderBy: 'due',
  limit: 50,
};
const QUERIES = 100;
const TIMED_STARTS = 300;
/** Single-row commits of the limit probe taken before each level's timed starts. */
const LIMIT_COMMITS = 1_000;

export interface LevelFigures {
  /** Instances in the store when the level was measured. */
  instances: number;
  memory: MemoryReading;
  /** Medians over the runs. */
  startsPerSecond: number;
  /**
   * The machine's single-row commit limit, measured just before each run's starts: this
   * machine's fsync rate drifts by ±40% within minutes, and the levels are minutes apart.
   */
  commitLimit: number;
  /** The median over the runs of each run's start rate over its limit. */
  startsPerLimit: number;
  queryP50: number;
  queryP99: number;
}

export class WaitingStore {
  private count = 0;
  private readonly measured = new Map<number, LevelFigures>();

  private constructor(
    readonly store: SqliteStore,
    readonly engine: Engine,
    private readonly context: BenchContext,
  ) {}

  static async open(context: BenchContext): Promise<WaitingStore> {
    const store = openSqliteStore({ filename: context.file('waiting-work.db') });
    return new WaitingStore(store, await startPromesa(store, ['urgent-work.bpmn']), context);
  }

  /** The levels of this run: 1k, 10k, 100k, and 1M with `--full`; a tenth with `--quick`. */
  levels(): number[] {
    const full = [1_000, 10_000, 100_000, ...(this.context.options.full ? [1_000_000] : [])];
    return full.map((level) => sized(this.context.options, level));
  }

  /** Figures of every level up to `top`, measuring the ones not yet measured on the way. */
  async upTo(top: number): Promise<Map<number, LevelFigures>> {
    for (const level of this.levels().filter((l) => l <= top && !this.measured.has(l))) {
      await this.grow(level);
      this.measured.set(level, await this.measure());
    }
    return this.measured;
  }

  private start(): Promise<unknown> {
    const i = this.count++;
    // Due 10 minutes to 10 hours out, scattered, so "most urgent" has to be sorted out.
    const due = `PT${10 + ((i * 7919) % 590)}M`;
    return this.engine.start('urgent-work', {
      businessKey: `request-${i}`,
      variables: { group: GROUPS[i % GROUPS.length], due },
    });
  }

  /**
   * Creates instances up to `level`. The fill is setup, not a figure (see `fastSetup`), and
   * durability does not change what the process holds; timed starts run with FULL.
   */
  private async grow(level: number): Promise<void> {
    this.context.log(`  waiting store: ${this.count} → ${level} instances`);
    const setup = fastSetup(this.store.database);
    const began = performance.now();
    while (this.count < level) await this.start();
    setup.done();
    this.context.log(
      `  waiting store: ${level} instances after ${(since(began) / 1000).toFixed(0)} s`,
    );
  }

  private async measure(): Promise<LevelFigures> {
    const instances = this.count;
    const memory = await settledMemory();
    const runs = {
      starts: [] as number[],
      limit: [] as number[],
      perLimit: [] as number[],
      p50: [] as number[],
      p99: [] as number[],
    };
    for (let run = 0; run < this.context.options.runs; run++) {
      const { p50, p99 } = await this.timeQueries(QUERIES);
      runs.p50.push(p50);
      runs.p99.push(p99);
      runs.limit.push(
        measureCommitLimit(
          this.context.file('limit.db'),
          sized(this.context.options, LIMIT_COMMITS, 100),
        ),
      );
      const starts = sized(this.context.options, TIMED_STARTS);
      const began = performance.now();
      for (let i = 0; i < starts; i++) await this.start();
      runs.starts.push(perSecond(starts, since(began)));
      runs.perLimit.push(runs.starts.at(-1)! / runs.limit.at(-1)!);
    }
    return {
      instances,
      memory,
      startsPerSecond: median(runs.starts),
      commitLimit: median(runs.limit),
      startsPerLimit: median(runs.perLimit),
      queryP50: median(runs.p50),
      queryP99: median(runs.p99),
    };
  }

  /** Times `count` urgent-task queries one after another (after a short warm-up). */
  async timeQueries(count: number): Promise<{ p50: number; p99: number }> {
    for (let i = 0; i < 10; i++) await this.engine.listTasks(URGENT_QUERY);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const began = performance.now();
      const tasks = await this.engine.listTasks(URGENT_QUERY);
      times.push(since(began));
      // Instance i goes to group i % 10, so group-3 holds floor((count + 6) / 10) open tasks.
      const expected = Math.min(50, Math.floor((this.count + 6) / 10));
      if (tasks.length !== expected)
        throw new Error(
          `The urgent-task query returned ${tasks.length} tasks, expected ${expected}`,
        );
    }
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  }

  async close(): Promise<void> {
    await this.engine.close();
    await this.store.close();
  }
}

/** The run's waiting store, opened on first use and closed by the runner at the end. */
export function waitingStore(context: BenchContext): Promise<WaitingStore> {
  let opened = context.shared.get('waiting-store') as Promise<WaitingStore> | undefined;
  if (!opened) {
    opened = WaitingStore.open(context);
    context.shared.set('waiting-store', opened);
  }
  return opened;
}
