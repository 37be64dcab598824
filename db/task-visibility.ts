import type { TaskQuery } from '../engine/ports/store.ts';

/** What a task query's caller may see that is still to be tested (see `remainingVisibility`). */
export interface Visibility {
  userId: string;
  groups: string[];
  /** Whether the tasks the caller holds are among the ones to test. */
  held: boolean;
}

/**
 * The part of `visibleTo` that a task query's other filters do not already imply, or undefined
 * when they imply all of it: tasks held by the caller, offered to the caller by name, or offered
 * only to groups of the caller's are visible. Asked for another assignee, the caller's own tasks
 * cannot match, so only the candidates remain. The stores then test less, with the same result.
 */
export function remainingVisibility(
  q: TaskQuery,
  who: NonNullable<TaskQuery['visibleTo']>,
): Visibility | undefined {
  if (q.assignee === who.userId || q.candidateUser === who.userId) return undefined;
  if (q.candidateGroups?.length && q.candidateGroups.every((g) => who.groups.includes(g)))
    return undefined;
  return { userId: who.userId, groups: who.groups, held: q.assignee === undefined };
}
