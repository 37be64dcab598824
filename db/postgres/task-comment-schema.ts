import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Comments on tasks, mirroring SQLite's `task_comments`. */
export const taskComments = pgTable(
  'task_comments',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id').notNull(),
    instanceId: text('instance_id').notNull(),
    userId: text('user_id'),
    at: bigint('at', { mode: 'number' }).notNull(),
    message: text('message').notNull(),
  },
  (t) => [
    index('task_comments_task_idx').on(t.taskId, t.at),
    index('task_comments_instance_idx').on(t.instanceId),
  ],
);
