import type { TaskComment, TaskCommentStore } from '../../engine/ports/store.ts';

/** Comments on tasks, by task, plus the removal of an instance's comments (history clean-up). */
export function createMemoryTaskComments(): TaskCommentStore & {
  removeInstances(instanceIds: ReadonlySet<string>): void;
} {
  const byTask = new Map<string, TaskComment[]>();
  return {
    async addTaskComment(comment) {
      byTask.set(comment.taskId, [...(byTask.get(comment.taskId) ?? []), { ...comment }]);
    },
    async listTaskComments(taskId) {
      return (byTask.get(taskId) ?? [])
        .map((c) => ({ ...c }))
        .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    removeInstances(instanceIds) {
      for (const [taskId, comments] of byTask)
        if (comments.some((c) => instanceIds.has(c.instanceId))) byTask.delete(taskId);
    },
  };
}
