import { NotFoundError, type Engine, type TaskQuery, type TaskRecord } from '../../engine/index.ts';
import { includes, type Principal } from './roles.ts';

/**
 * Which tasks a caller sees and may act on. Staff see a task only when they are its assignee
 * or a candidate (user, or member of a candidate group); analysts and above read every task.
 * Acting (claim, assign, complete) needs the same involvement, except for admins.
 */

/** True when the caller is assignee, candidate user or in a candidate group. */
export function isInvolved(principal: Principal, task: TaskRecord): boolean {
  return (
    task.assignee === principal.username ||
    task.candidateUsers.includes(principal.username) ||
    task.candidateGroups.some((group) => principal.groups.includes(group))
  );
}

export function canSeeTask(principal: Principal, task: TaskRecord): boolean {
  return includes(principal.role, 'analyst') || isInvolved(principal, task);
}

export function mayActOn(principal: Principal, task: TaskRecord): boolean {
  return principal.role === 'admin' || isInvolved(principal, task);
}

/** The store filter that limits a task query to what the caller sees. */
export function taskVisibility(principal: Principal): Pick<TaskQuery, 'visibleTo'> {
  return includes(principal.role, 'analyst')
    ? {}
    : { visibleTo: { userId: principal.username, groups: principal.groups } };
}

/** The task if the caller may see it; otherwise the same 404 as for a task that does not exist. */
export async function loadVisibleTask(
  engine: Engine,
  principal: Principal,
  id: string,
): Promise<TaskRecord> {
  const task = await engine.getTask(id);
  if (!canSeeTask(principal, task))
    throw new NotFoundError('task-not-found', `Task ${id} does not exist`);
  return task;
}
