import type pg from 'pg';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import { assignDistributed, poolsToRead, type PoolState } from '../distribution.ts';

/**
 * Work distribution inside the PostgreSQL commit. Each pool's turn row is created if missing
 * and locked (`FOR UPDATE`, in pool order so two units never wait on each other in a circle)
 * before the members' open tasks are counted: a concurrent commit to the same pool waits for
 * this one, and under READ COMMITTED its statements then see this one's assignments.
 */
export async function distribute(client: pg.PoolClient, work: UnitOfWork): Promise<UnitOfWork> {
  if (!work.distributions?.length) return work;
  const reads = poolsToRead(work.distributions);
  const pools = reads.map((read) => read.pool).sort();
  await client.query(
    'INSERT INTO task_turns (pool) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING',
    [pools],
  );
  const turns = await client.query<{ pool: string; last_assignee: string | null }>(
    'SELECT pool, last_assignee FROM task_turns WHERE pool = ANY($1) ORDER BY pool FOR UPDATE',
    [pools],
  );
  const counted = [...new Set(reads.filter((r) => r.countOpen).flatMap((r) => r.members))];
  const open = new Map<string, number>();
  if (counted.length > 0) {
    const { rows } = await client.query<{ assignee: string; open: number }>(
      `SELECT assignee, count(*)::int AS open FROM tasks
        WHERE state = 'open' AND assignee = ANY($1) GROUP BY assignee`,
      [counted],
    );
    for (const row of rows) open.set(row.assignee, row.open);
  }
  const states = new Map<string, PoolState>();
  for (const row of turns.rows)
    states.set(row.pool, { last: row.last_assignee, open: new Map(open) });
  const { work: assigned, turns: next } = assignDistributed(work, states);
  if (next.size > 0)
    await client.query(
      `UPDATE task_turns SET last_assignee = turn.last
         FROM (SELECT unnest($1::text[]) AS pool, unnest($2::text[]) AS last) AS turn
        WHERE task_turns.pool = turn.pool`,
      [[...next.keys()], [...next.values()]],
    );
  return assigned;
}
