import type BetterSqlite3 from 'better-sqlite3';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import { assignDistributed, poolsToRead, type PoolState } from '../distribution.ts';

/**
 * Work distribution inside the SQLite commit: the transaction holds the write lock, so reading
 * a pool's turn and the members' open tasks, then writing the new turn, cannot interleave with
 * another process sharing the file.
 */
export function prepareDistribution(database: BetterSqlite3.Database) {
  const lastOf = database
    .prepare<[string], string | null>('SELECT last_assignee FROM task_turns WHERE pool = ?')
    .pluck();
  const openOf = database.prepare<[string], { assignee: string; open: number }>(
    `SELECT assignee, count(*) AS open FROM tasks
      WHERE state = 'open' AND assignee IN (SELECT value FROM json_each(?)) GROUP BY assignee`,
  );
  const saveTurn = database.prepare<[string, string]>(
    `INSERT INTO task_turns (pool, last_assignee) VALUES (?, ?)
     ON CONFLICT(pool) DO UPDATE SET last_assignee = excluded.last_assignee`,
  );
  /** The unit of work with its distributed tasks assigned; the pools' turns are written. */
  return (work: UnitOfWork): UnitOfWork => {
    if (!work.distributions?.length) return work;
    const states = new Map<string, PoolState>();
    for (const read of poolsToRead(work.distributions)) {
      const open = new Map<string, number>();
      if (read.countOpen)
        for (const row of openOf.all(JSON.stringify(read.members)))
          open.set(row.assignee, row.open);
      states.set(read.pool, { last: lastOf.get(read.pool) ?? null, open });
    }
    const { work: assigned, turns } = assignDistributed(work, states);
    for (const [pool, last] of turns) saveTurn.run(pool, last);
    return assigned;
  };
}
