import { assign, setup, type SnapshotFrom } from 'xstate';
import { transition } from './transition.ts';
import { taskClaimed, taskNotOpen } from '../errors.ts';
import type { TaskRecord } from '../ports/store.ts';

/** Who holds a human task, and who handed it on. */
export interface TaskHolders {
  assignee: string | null;
  /** Who delegated the task to its assignee (Camunda's owner). */
  owner: string | null;
}

export type HumanTaskEvent =
  | { type: 'claim'; userId: string }
  | { type: 'unclaim' }
  /** Gives the task to someone, or to nobody (`null`); a delegation ends with it. */
  | { type: 'assign'; assignee: string | null }
  /** Hands the task to someone else; the owner stays on record. */
  | { type: 'delegate'; assignee: string; owner: string }
  /**
   * `userId` completes it: the assignee, anyone while nobody holds it, or someone the caller
   * lets complete on the assignee's behalf (`onBehalf`). Without a user, the engine itself.
   */
  | { type: 'complete'; userId: string | null; onBehalf?: boolean }
  /** Its activity was cancelled (an interrupting event, the instance cancelled). */
  | { type: 'cancel' };

/**
 * The lifecycle of a human task: created (offered to its candidates), claimed by one user,
 * delegated by its owner to someone else, then completed or cancelled with its activity. A claim
 * of a task someone else holds, and a completion by someone who does not hold it, are refused.
 */
export const humanTaskMachine = setup({
  types: {
    context: {} as TaskHolders,
    input: {} as TaskHolders,
    events: {} as HumanTaskEvent,
  },
  actions: {
    takeClaim: assign({ assignee: ({ event }) => (event.type === 'claim' ? event.userId : null) }),
    giveTo: assign(({ event }) => ({
      assignee: event.type === 'assign' ? event.assignee : null,
      owner: null,
    })),
    handOn: assign(({ event }) =>
      event.type === 'delegate' ? { assignee: event.assignee, owner: event.owner } : {},
    ),
    release: assign({ assignee: null, owner: null }),
  },
  guards: {
    unheldOrSameUser: ({ context, event }) =>
      event.type === 'claim' && (context.assignee === null || context.assignee === event.userId),
    toSomeone: ({ event }) => event.type === 'assign' && event.assignee !== null,
    mayComplete: ({ context, event }) =>
      event.type === 'complete' &&
      (event.userId === null ||
        event.onBehalf === true ||
        context.assignee === null ||
        context.assignee === event.userId),
  },
}).createMachine({
  id: 'humanTask',
  context: ({ input }) => input,
  initial: 'open',
  states: {
    open: {
      initial: 'created',
      states: {
        created: {
          on: { claim: { target: 'claimed', actions: 'takeClaim' } },
        },
        claimed: {
          on: { claim: { guard: 'unheldOrSameUser', target: 'claimed', actions: 'takeClaim' } },
        },
        delegated: {
          on: { claim: { guard: 'unheldOrSameUser', target: 'claimed', actions: 'takeClaim' } },
        },
      },
      on: {
        unclaim: { target: '.created', actions: 'release' },
        assign: [
          { guard: 'toSomeone', target: '.claimed', actions: 'giveTo' },
          { target: '.created', actions: 'giveTo' },
        ],
        delegate: { target: '.delegated', actions: 'handOn' },
        complete: { guard: 'mayComplete', target: 'completed' },
        cancel: { target: 'cancelled' },
      },
    },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export type HumanTaskSnapshot = SnapshotFrom<typeof humanTaskMachine>;

/** The machine's state of a stored task. */
export function humanTaskState(task: TaskRecord): HumanTaskSnapshot {
  const context: TaskHolders = { assignee: task.assignee ?? null, owner: task.owner ?? null };
  const value =
    task.state !== 'open'
      ? task.state
      : {
          open:
            context.assignee === null
              ? 'created'
              : context.owner === null
                ? 'claimed'
                : 'delegated',
        };
  return humanTaskMachine.resolveState({ value, context });
}

/**
 * The task's holders and state after `event`; an event the machine does not take (a claim of
 * a task someone else holds, a completion by someone else) is refused and nothing changes.
 */
export function humanTaskAfter(
  task: TaskRecord,
  event: HumanTaskEvent,
): Pick<TaskRecord, 'assignee' | 'owner' | 'state'> {
  const snapshot = humanTaskState(task);
  if (snapshot.status === 'done') throw taskNotOpen(task);
  if (!snapshot.can(event)) throw taskClaimed(task);
  const [next] = transition(humanTaskMachine, snapshot, event);
  const state = next.matches('completed')
    ? 'completed'
    : next.matches('cancelled')
      ? 'cancelled'
      : 'open';
  return { ...next.context, state };
}
