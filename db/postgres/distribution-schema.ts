import { pgTable, text } from 'drizzle-orm/pg-core';

/** Whose turn it is in each pool of people (`db/distribution.ts`), mirroring SQLite's `task_turns`. */
export const taskTurns = pgTable('task_turns', {
  pool: text('pool').primaryKey(),
  lastAssignee: text('last_assignee'),
});
