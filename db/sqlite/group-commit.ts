import type BetterSqlite3 from 'better-sqlite3';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import type { WalSync } from './wal-sync.ts';

interface Waiting {
  work: UnitOfWork;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A batch is written as soon as it holds this many units, without waiting for the end of the
 * event-loop turn, so that its WAL sync runs while the engine computes the next units. Of 4, 8
 * and one batch per turn, 8 did best with 16 and with 64 concurrent callers, by 3-6% (about this
 * machine's noise).
 */
const PIPELINED_BATCH = 8;

/**
 * Group commit: the units of work committed during one turn of the event loop are written in
 * one transaction, each in a savepoint of its own, so one synced COMMIT serves them all. A unit
 * that fails (a version conflict) rolls back alone; every caller is answered only after its
 * unit is on disk.
 *
 * With `wal` (a file database), the sync of a batch is pipelined: the batch commits with
 * synchronous=NORMAL (its WAL frames are written, not yet synced) and its callers are answered
 * after `wal.sync()`, an fdatasync of the WAL on another thread that began after the COMMIT
 * returned. The guarantee is FULL's, no caller hears of a commit before it is durable, but the
 * engine's thread does not sit in the fsync: it computes and commits the next batch meanwhile,
 * and one sync covers every batch written while the previous one ran. A lone unit with no sync
 * running commits with FULL in place: one caller at a time gains nothing from another thread.
 *
 * Such a batch is visible to reads before its sync has ended. The API's reads wait for it
 * (`Store.durable`); another process sharing the file could read it up to one sync early.
 */
export function groupCommit(
  database: BetterSqlite3.Database,
  write: (work: UnitOfWork) => void,
  wal?: WalSync,
) {
  const unit = database.transaction(write);
  const batch = database.transaction((units: Waiting[]) =>
    units.map((waiting) => {
      try {
        unit(waiting.work); // nested: better-sqlite3 runs it in a savepoint
        return undefined;
      } catch (error) {
        return error ?? new Error('unit of work failed');
      }
    }),
  );
  // Prepared once; the connection stays FULL for every other transaction.
  const syncNormal = database.prepare('PRAGMA synchronous = NORMAL');
  const syncFull = database.prepare('PRAGMA synchronous = FULL');
  let queue: Waiting[] = [];
  let scheduled = false;

  /** Writes the units; rejects the callers whose unit failed and returns the others. */
  function commitUnits(units: Waiting[]): Waiting[] {
    if (units.length === 1) {
      // Alone, a unit needs no savepoint: its own transaction rolls back if it fails.
      const [waiting] = units as [Waiting];
      try {
        unit.immediate(waiting.work);
      } catch (error) {
        waiting.reject(error);
        return [];
      }
      return units;
    }
    let outcomes: unknown[];
    try {
      outcomes = batch.immediate(units);
    } catch (error) {
      for (const waiting of units) waiting.reject(error);
      return [];
    }
    for (const [i, waiting] of units.entries()) {
      if (outcomes[i] !== undefined) waiting.reject(outcomes[i]);
    }
    return units.filter((_, i) => outcomes[i] === undefined);
  }

  function flush(): void {
    scheduled = false;
    const units = queue;
    queue = [];
    if (units.length === 0) return;
    const failure = wal?.failure();
    if (failure) {
      // What reached the disk is unknown since a sync failed: acknowledge nothing more.
      for (const waiting of units) waiting.reject(failure);
      return;
    }
    if (!wal || (units.length === 1 && !wal.running())) {
      for (const waiting of commitUnits(units)) waiting.resolve();
      return;
    }
    syncNormal.run();
    let committed: Waiting[];
    try {
      committed = commitUnits(units);
    } finally {
      syncFull.run();
    }
    if (committed.length === 0) return;
    wal.sync().then(
      () => {
        for (const waiting of committed) waiting.resolve();
      },
      (error: unknown) => {
        for (const waiting of committed) waiting.reject(error);
      },
    );
  }

  return (work: UnitOfWork): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ work, resolve, reject });
      // A microtask, not a call: the flush never runs inside a caller's own stack.
      if (wal && queue.length === PIPELINED_BATCH) queueMicrotask(flush);
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
