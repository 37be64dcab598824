import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import { DAY_MS } from './time-to-live.ts';

/** The lease that lets one node at a time clean up. */
export const CLEANUP_LEASE = 'history-cleanup';

export interface HistoryCleanupOptions {
  /**
   * Days kept after the end for versions whose diagram sets no `camunda:historyTimeToLive`;
   * absent, their history is kept.
   */
  defaultTimeToLive?: number;
  /** Instances removed per transaction (100 unless given). */
  batchSize?: number;
  /** How long the lease holds unless renewed (5 minutes unless given); renewed as batches go. */
  leaseMs?: number;
  /** Stops the clean-up after the batch under way (a server shutting down). */
  signal?: AbortSignal;
}

export interface HistoryCleanupReport {
  /** False when another node held the lease: nothing was removed here. */
  ran: boolean;
  /** True when everything due was removed; false when stopped or the lease was lost midway. */
  finished: boolean;
  instances: number;
  historyRows: number;
  batches: number;
  startedAt: number;
  endedAt: number;
}

const DEFAULT_BATCH = 100;
const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Camunda 7's end-time-based history clean-up: removes the instances that ended longer ago than
 * their version's time to live (or the default), with everything kept of them, a batch of
 * instances per transaction. After each batch it pauses as long as the batch took, so requests,
 * commits and jobs go on while it runs. One node at a time: it runs only when it takes the lease, renews
 * it as it goes, and stops if it loses it.
 */
export async function cleanUpHistory(
  store: Store,
  clock: Clock,
  owner: string,
  options: HistoryCleanupOptions = {},
): Promise<HistoryCleanupReport> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const startedAt = clock.now();
  const report: HistoryCleanupReport = {
    ran: false,
    finished: false,
    instances: 0,
    historyRows: 0,
    batches: 0,
    startedAt,
    endedAt: startedAt,
  };
  let renewedAt = startedAt;
  const lease = (now: number) =>
    store.takeLease({ name: CLEANUP_LEASE, owner, now, until: now + leaseMs });
  if (!(await lease(startedAt))) return report;
  report.ran = true;
  try {
    for (const definition of await store.listDefinitions()) {
      const days = definition.historyTimeToLive ?? options.defaultTimeToLive;
      if (days === undefined) continue;
      const removal = {
        definitionId: definition.id,
        endedBefore: startedAt - days * DAY_MS,
        limit: batchSize,
      };
      for (;;) {
        if (options.signal?.aborted) return report;
        const now = clock.now();
        if (now - renewedAt >= leaseMs / 2) {
          if (!(await lease(now))) return report;
          renewedAt = now;
        }
        const batchStarted = performance.now();
        const removed = await store.removeEndedInstances(removal);
        report.instances += removed.instances;
        report.historyRows += removed.historyRows;
        if (removed.instances > 0) report.batches += 1;
        if (removed.instances < batchSize) break;
        await pauseAfter(performance.now() - batchStarted);
      }
    }
    report.finished = true;
    return report;
  } finally {
    report.endedAt = clock.now();
    await store.releaseLease(CLEANUP_LEASE, owner);
  }
}

/**
 * Waits as long as the batch took (real time, whatever the engine's clock says), and at least
 * one turn of the event loop: requests, commits and jobs waiting meanwhile run first, and the
 * clean-up takes at most about half of the engine's thread and of the database's time.
 */
const pauseAfter = (ms: number) =>
  new Promise<void>((resolve) => (ms < 1 ? setImmediate(resolve) : setTimeout(resolve, ms)));
