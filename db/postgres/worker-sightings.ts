import type pg from 'pg';
import type { WorkerSighting, WorkerSightingStore } from '../../engine/ports/store.ts';
import { selectSql } from './sql.ts';
import { workerSightings } from './worker-sighting-schema.ts';

const select = selectSql(workerSightings);

/** Workers seen asking for work, one row per topic and worker with the latest time. */
export function createPostgresWorkerSightings(pool: pg.Pool): WorkerSightingStore {
  return {
    async recordWorkerSightings({ workerId, topics, at }) {
      if (topics.length === 0) return;
      await pool.query(
        `INSERT INTO worker_sightings (topic, worker_id, last_seen_at)
         SELECT topic, $2, $3 FROM unnest($1::text[]) AS topic
         ON CONFLICT (topic, worker_id)
         DO UPDATE SET last_seen_at = GREATEST(worker_sightings.last_seen_at, excluded.last_seen_at)`,
        [[...new Set(topics)], workerId, at],
      );
    },
    async listWorkerSightings(since) {
      const { rows } = await pool.query<WorkerSighting>(
        `${select} WHERE last_seen_at >= $1 ORDER BY topic, worker_id`,
        [since],
      );
      return rows;
    },
  };
}
