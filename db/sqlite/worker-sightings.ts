import type BetterSqlite3 from 'better-sqlite3';
import type { WorkerSighting, WorkerSightingStore } from '../../engine/ports/store.ts';
import { selectSql } from './statements.ts';
import { workerSightings } from './worker-sighting-schema.ts';

/** Workers seen asking for work, one row per topic and worker with the latest time. */
export function createSqliteWorkerSightings(database: BetterSqlite3.Database): WorkerSightingStore {
  const upsert = database.prepare(
    `INSERT INTO worker_sightings (topic, worker_id, last_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (topic, worker_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
  );
  const record = database.transaction((workerId: string, topics: string[], at: number) => {
    for (const topic of new Set(topics)) upsert.run(topic, workerId, at);
  });
  const list = database.prepare<[number], WorkerSighting>(
    `${selectSql(workerSightings)} WHERE last_seen_at >= ? ORDER BY topic, worker_id`,
  );
  return {
    async recordWorkerSightings({ workerId, topics, at }) {
      record.immediate(workerId, topics, at);
    },
    async listWorkerSightings(since) {
      return list.all(since);
    },
  };
}
