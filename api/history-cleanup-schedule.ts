import { schedule, validateDetailed } from 'node-cron';
import type { Engine, HistoryCleanupReport } from '../engine/index.ts';

/** Nightly at 03:00, the server's local time (`PROMESA_CLEANUP_CRON`'s default). */
export const DEFAULT_CLEANUP_CRON = '0 3 * * *';
/** `PROMESA_CLEANUP_CRON=off`: this node never cleans up by itself. */
export const CLEANUP_OFF = 'off';

/** The expression, or an error naming what is wrong with it when node-cron would not run it. */
export function checkCleanupCron(expression: string): string {
  if (expression === CLEANUP_OFF) return expression;
  const { valid, errors } = validateDetailed(expression);
  if (!valid)
    throw new Error(
      `PROMESA_CLEANUP_CRON '${expression}' is not a cron expression: ${errors.map((e) => e.message).join('; ')}`,
    );
  return expression;
}

/**
 * Runs the history clean-up on the cron `expression` (node-cron: five fields, or six with
 * seconds first). Every node of a cluster schedules it; the clean-up's lease lets one of them
 * work at a time and the others find it held. A run still going when the next is due is not
 * doubled. `stop()` ends the schedule and the run under way after its batch.
 */
export function scheduleHistoryCleanup(
  engine: Pick<Engine, 'cleanUpHistory'>,
  expression: string,
  log: (line: string) => void,
): { stop(): Promise<void> } {
  checkCleanupCron(expression);
  if (expression === CLEANUP_OFF) return { stop: async () => undefined };
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = async () => {
    try {
      const report = await engine.cleanUpHistory({ signal: stopping.signal });
      if (report.ran) log(describeCleanup(report));
    } catch (error) {
      log(`History clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const task = schedule(
    expression,
    () => {
      running = run();
      return running;
    },
    { name: 'history-cleanup', noOverlap: true },
  );
  return {
    async stop() {
      stopping.abort();
      await task.destroy();
      await running;
    },
  };
}

/** One log line for a run that took the lease. */
export function describeCleanup(report: HistoryCleanupReport): string {
  const what = `${count(report.instances, 'ended instance')} and their ${count(report.historyRows, 'history row')}`;
  const took = `${((report.endedAt - report.startedAt) / 1000).toFixed(1)} s`;
  return report.finished
    ? `History clean-up removed ${what} in ${took}`
    : `History clean-up stopped after removing ${what} in ${took}; the next run goes on`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
