import type BetterSqlite3 from 'better-sqlite3';
import type { EndedInstanceRemoval, RemovedInstances, Store } from '../../engine/ports/store.ts';
import { instanceRemovalStatements, removableInstancesQuery } from '../instance-removal.ts';

/**
 * The history clean-up's half of the SQLite store: removing ended instances in batches, and the
 * leases that let one node at a time run it.
 */
export function createSqliteRetention(
  database: BetterSqlite3.Database,
): Pick<Store, 'removeEndedInstances' | 'takeLease' | 'releaseLease'> {
  // better-sqlite3 wants every named parameter bound: no instance is a null one.
  type Bound = Omit<EndedInstanceRemoval, 'instanceId'> & { instanceId: string | null };
  const removable = database
    .prepare<[Bound], string>(removableInstancesQuery((name) => `@${name}`))
    .pluck();
  const deletes = instanceRemovalStatements(
    (column) => `${column} IN (SELECT value FROM json_each(@ids))`,
  ).map((sql) => database.prepare<[{ ids: string }]>(sql));
  const remove = database.transaction((removal: Bound): RemovedInstances => {
    const ids = removable.all(removal);
    if (ids.length === 0) return { instances: 0, historyRows: 0 };
    const batch = { ids: JSON.stringify(ids) };
    const [historyRows = 0] = deletes.map((statement) => statement.run(batch).changes);
    return { instances: ids.length, historyRows };
  });
  // Not durable before it returns (see below): nothing waits on the disk for a delete.
  const syncNormal = database.prepare('PRAGMA synchronous = NORMAL');
  const syncFull = database.prepare('PRAGMA synchronous = FULL');

  const take = database.prepare<[{ name: string; owner: string; now: number; until: number }]>(
    `INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @until)
     ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
      WHERE leases.owner = excluded.owner OR leases.expires_at <= @now`,
  );
  const release = database.prepare<[string, string]>(
    'DELETE FROM leases WHERE name = ? AND owner = ?',
  );

  return {
    async removeEndedInstances(removal) {
      // A batch commits without waiting for its WAL sync, which the next durable commit (or the
      // checkpointer) does: the engine's thread never sits in an fsync for the clean-up, and a
      // crash can only bring back rows that the next clean-up removes again.
      syncNormal.run();
      try {
        return remove.immediate({ ...removal, instanceId: removal.instanceId ?? null });
      } finally {
        syncFull.run();
      }
    },
    async takeLease(request) {
      return take.run(request).changes === 1;
    },
    async releaseLease(name, owner) {
      release.run(name, owner);
    },
  };
}
