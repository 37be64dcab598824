import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** When each worker last asked for work on each topic, mirroring SQLite's `worker_sightings`. */
export const workerSightings = pgTable(
  'worker_sightings',
  {
    topic: text('topic').notNull(),
    workerId: text('worker_id').notNull(),
    lastSeenAt: bigint('last_seen_at', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.workerId] })],
);
