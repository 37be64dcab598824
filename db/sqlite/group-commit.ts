import type BetterSqlite3 from 'better-sqlite3';
import type { UnitOfWork } from '../../engine/ports/store.ts';

interface Waiting {
  work: UnitOfWork;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the units of work committed during one turn of the event loop are written in
 * one transaction, each in a savepoint of its own, so one synced COMMIT serves them all. A unit
 * that fails (a version conflict) rolls back alone; every caller is answered only after the
 * COMMIT returned, so nothing is acknowledged before it is durable. A lone unit costs the same
 * single transaction as before, one event-loop turn later.
 */
export function groupCommit(database: BetterSqlite3.Database, write: (work: UnitOfWork) => void) {
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
  let queue: Waiting[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const units = queue;
    queue = [];
    if (units.length === 1) {
      // Alone, a unit needs no savepoint: its own transaction rolls back if it fails.
      const [waiting] = units as [Waiting];
      try {
        unit.immediate(waiting.work);
      } catch (error) {
        waiting.reject(error);
        return;
      }
      waiting.resolve();
      return;
    }
    let outcomes: unknown[];
    try {
      outcomes = batch.immediate(units);
    } catch (error) {
      for (const waiting of units) waiting.reject(error);
      return;
    }
    units.forEach((waiting, i) => (outcomes[i] === undefined ? waiting.resolve() : waiting.reject(outcomes[i])));
  }

  return (work: UnitOfWork): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ work, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
