import type pg from 'pg';
import type { Store } from '../../engine/ports/store.ts';
import { instanceRemovalStatements, removableInstancesQuery } from '../instance-removal.ts';

const PARAMS = {
  definitionId: '$1',
  endedBefore: '$2',
  limit: '$3',
  instanceId: '$4::text',
} as const;

/**
 * One batch of the history clean-up as one statement (one round trip, atomic on its own): the
 * batch's ids in a CTE, each table's delete a data-modifying CTE reading them.
 */
const REMOVE = (() => {
  const deletes = instanceRemovalStatements((column) => `${column} IN (SELECT id FROM batch)`);
  return `WITH batch AS (${removableInstancesQuery((name) => PARAMS[name])}),
  ${deletes.map((sql, i) => `d${i} AS (${sql} RETURNING 1)`).join(',\n  ')}
  SELECT (SELECT count(*) FROM batch) AS instances, (SELECT count(*) FROM d0) AS "historyRows"`;
})();

/**
 * The history clean-up's half of the PostgreSQL store: removing ended instances in batches, and
 * the leases that let one node at a time run it.
 */
export function createPostgresRetention(
  pool: pg.Pool,
): Pick<Store, 'removeEndedInstances' | 'takeLease' | 'releaseLease'> {
  return {
    async removeEndedInstances({ definitionId, endedBefore, limit, instanceId }) {
      const { rows } = await pool.query<{ instances: number; historyRows: number }>(REMOVE, [
        definitionId,
        endedBefore,
        limit,
        instanceId ?? null,
      ]);
      return rows[0] ?? { instances: 0, historyRows: 0 };
    },
    async takeLease({ name, owner, now, until }) {
      // Two nodes inserting at once: the second waits for the first and then takes the update
      // path, whose condition it no longer meets.
      const { rowCount } = await pool.query(
        `INSERT INTO leases (name, owner, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
          WHERE leases.owner = excluded.owner OR leases.expires_at <= $4`,
        [name, owner, until, now],
      );
      return rowCount === 1;
    },
    async releaseLease(name, owner) {
      await pool.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
    },
  };
}
