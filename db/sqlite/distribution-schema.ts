import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Whose turn it is in each pool of people a lane hands its work to (`db/distribution.ts`): the
 * member who got the pool's last task. Read and written inside the commit that assigns a task.
 */
export const taskTurns = sqliteTable('task_turns', {
  pool: text('pool').primaryKey(),
  lastAssignee: text('last_assignee'),
});
