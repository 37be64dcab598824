import { InvalidRequestError, type TaskRecord } from '../../engine/index.ts';
import type { Identity } from './identity.ts';
import { steersTask } from './supervision.ts';
import { mayActOn } from './task-access.ts';

/**
 * Refuses to hand a task to someone who could not work it: a user who does not exist, is
 * disabled, or is neither offered the task (candidate user or group) nor steers its lane. A
 * task offered to nobody in particular may go to any enabled user. Otherwise a task could be
 * parked on a name nobody logs in with, out of everyone's reach.
 */
export async function checkAssignee(
  identity: Identity,
  task: TaskRecord,
  username: string,
): Promise<void> {
  const user = await identity.store.getUser(username);
  if (!user || user.disabled)
    throw new InvalidRequestError(
      'invalid-assignee',
      `There is no enabled user ${username} to hand task ${task.id} to`,
      { field: 'assignee' },
    );
  const offeredToAnyone = task.candidateUsers.length === 0 && task.candidateGroups.length === 0;
  const assignee = await identity.principalOf(user, 'token');
  if (!offeredToAnyone && !mayActOn(assignee, task) && !steersTask(assignee, task))
    throw new InvalidRequestError(
      'invalid-assignee',
      `Task ${task.id} is not offered to ${username}, who could not work it`,
      { field: 'assignee' },
    );
}
