import type BetterSqlite3 from 'better-sqlite3';
import type { TaskComment, TaskCommentStore } from '../../engine/ports/store.ts';
import { selectSql } from './statements.ts';
import { taskComments } from './task-comment-schema.ts';

/** Comments on tasks, one row each. */
export function createSqliteTaskComments(database: BetterSqlite3.Database): TaskCommentStore {
  const insert = database.prepare<[TaskComment]>(
    `INSERT INTO task_comments (id, task_id, instance_id, user_id, at, message)
     VALUES (@id, @taskId, @instanceId, @userId, @at, @message)`,
  );
  const list = database.prepare<[string], TaskComment>(
    `${selectSql(taskComments)} WHERE task_id = ? ORDER BY at, id`,
  );
  return {
    async addTaskComment(comment) {
      insert.run(comment);
    },
    async listTaskComments(taskId) {
      return list.all(taskId);
    },
  };
}
