import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** When each worker last asked for work on each topic (`fetch-and-lock`), for the inventory. */
export const workerSightings = sqliteTable(
  'worker_sightings',
  {
    topic: text('topic').notNull(),
    workerId: text('worker_id').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.workerId] })],
);
