import type pg from 'pg';
import type { TaskComment, TaskCommentStore } from '../../engine/ports/store.ts';
import { selectSql } from './sql.ts';
import { taskComments } from './task-comment-schema.ts';

const select = selectSql(taskComments);

/** Comments on tasks, one row each. */
export function createPostgresTaskComments(pool: pg.Pool): TaskCommentStore {
  return {
    async addTaskComment({ id, taskId, instanceId, userId, at, message }) {
      await pool.query(
        'INSERT INTO task_comments (id, task_id, instance_id, user_id, at, message) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, taskId, instanceId, userId, at, message],
      );
    },
    async listTaskComments(taskId) {
      const { rows } = await pool.query<TaskComment>(
        `${select} WHERE task_id = $1 ORDER BY at, id`,
        [taskId],
      );
      return rows;
    },
  };
}
