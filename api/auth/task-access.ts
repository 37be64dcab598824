import { NotFoundError, type Engine, type TaskQuery, type TaskRecord } from '../../engine/index.ts';
import { includes, type Principal } from './roles.ts';
import { steersAll, steersTask } from './supervision.ts';

/**
 * Which tasks a caller sees and may act on. Staff see a task only when they are its assignee
 * or a candidate (user, or member of a candidate group); supervisors also see the tasks of the
 * lanes they steer (those offered to their groups), analysts and above read every task.
 * Acting (claim, complete) needs the same involvement, except for admins; steering actions are
 * checked by the routes with `steersTask`.
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
  return isInvolved(principal, task) || steersTask(principal, task);
}

export function mayActOn(principal: Principal, task: TaskRecord): boolean {
  return principal.role === 'admin' || isInvolved(principal, task);
}

/**
 * May complete a task held by someone else, on its assignee's behalf (history records both):
 * supervisors of its lane, developers and admins. Staff complete only what they hold or
 * unassigned work offered to them.
 */
export function mayCompleteForOthers(principal: Principal, task: TaskRecord): boolean {
  return (
    includes(principal.role, 'developer') ||
    (principal.role === 'supervisor' && steersTask(principal, task))
  );
}

/**
 * May change a task's own fields and candidates (re-offer it to other people or lanes):
 * supervisors of its lane, developers and admins. Staff work what they are offered, and
 * analysts only read.
 */
export function mayEditTask(principal: Principal, task: TaskRecord): boolean {
  return (
    includes(principal.role, 'developer') ||
    (principal.role === 'supervisor' && steersTask(principal, task))
  );
}

/** May comment on a task: whoever may work it or steers its lane (analysts only read). */
export function mayCommentOn(principal: Principal, task: TaskRecord): boolean {
  return mayActOn(principal, task) || mayEditTask(principal, task);
}

/** The store filter that limits a task query to what the caller sees. */
export function taskVisibility(principal: Principal): Pick<TaskQuery, 'visibleTo'> {
  return steersAll(principal)
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
