import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Comments on tasks. `instance_id` lets the history clean-up remove them with their instance
 * (`db/instance-removal.ts`); no foreign key, as for every table kept of an instance.
 */
export const taskComments = sqliteTable(
  'task_comments',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id').notNull(),
    instanceId: text('instance_id').notNull(),
    userId: text('user_id'),
    at: integer('at').notNull(),
    message: text('message').notNull(),
  },
  (t) => [
    index('task_comments_task_idx').on(t.taskId, t.at),
    index('task_comments_instance_idx').on(t.instanceId),
  ],
);
