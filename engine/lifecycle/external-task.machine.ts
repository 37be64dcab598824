import { and, assign, setup, type SnapshotFrom } from 'xstate';
import { transition } from './transition.ts';
import { InvalidRequestError, NotFoundError } from '../errors.ts';
import type { ExternalTaskRecord } from '../ports/store.ts';

/** The lock of an external task: who holds it until when, and when it may be fetched again. */
export interface ExternalTaskLock {
  workerId: string | null;
  lockExpiresAt: number | null;
  /** `null` until a worker reports a failure (Camunda); 0 is an incident. */
  retries: number | null;
  availableAt: number;
}

export type ExternalTaskEvent =
  | { type: 'lock'; at: number; workerId: string; lockDuration: number }
  | { type: 'extendLock'; at: number; workerId: string; newDuration: number }
  /** Camunda's unlock: clears the lock, whoever held it. */
  | { type: 'unlock'; at: number }
  | { type: 'complete'; at: number; workerId: string }
  /** The worker reported a BPMN error: the task is done, its token goes on with the error. */
  | { type: 'bpmnError'; at: number; workerId: string }
  | { type: 'fail'; at: number; workerId: string; retries: number; retryTimeout: number }
  /** An operator resolved the incident: one more attempt, now. */
  | { type: 'retry'; at: number }
  /** An operator set the retries left (Camunda's `setRetries`): 0 raises an incident, more resolves one. */
  | { type: 'setRetries'; at: number; retries: number }
  /** Its activity was cancelled (an interrupting event, the instance cancelled). */
  | { type: 'cancel'; at: number };

const unlocked = { workerId: null, lockExpiresAt: null } as const;

/**
 * The lifecycle of an external task's lock, with Camunda 7's rules. An open task is available,
 * locked by one worker, or on an incident once its retries ran out. Only the worker holding an
 * unexpired lock completes, fails, reports an error or extends it; another worker may lock it
 * once the lock expired. A lock's expiry is a time compared with each event's, never an XState
 * timer. `lockExternalTasks` in each store applies the `lock` rule to many tasks in one query.
 */
export const externalTaskMachine = setup({
  types: {
    context: {} as ExternalTaskLock,
    input: {} as ExternalTaskLock,
    events: {} as ExternalTaskEvent,
  },
  actions: {
    takeLock: assign(({ event }) =>
      event.type === 'lock'
        ? { workerId: event.workerId, lockExpiresAt: event.at + Math.max(0, event.lockDuration) }
        : {},
    ),
    extend: assign(({ event }) =>
      event.type === 'extendLock'
        ? { lockExpiresAt: event.at + Math.max(0, event.newDuration) }
        : {},
    ),
    release: assign(unlocked),
    /** Done: the worker that did it stays on record. */
    endLock: assign({ lockExpiresAt: null }),
    /** A failure: the lock goes, and the task is fetchable again after the retry timeout. */
    fail: assign(({ event }) =>
      event.type === 'fail'
        ? {
            ...unlocked,
            retries: Math.max(0, Math.floor(event.retries)),
            availableAt: event.at + Math.max(0, event.retryTimeout),
          }
        : {},
    ),
    retryNow: assign(({ event }) => ({ retries: 1, availableAt: event.at })),
    setRetries: assign(({ event }) =>
      event.type === 'setRetries' ? { retries: Math.max(0, Math.floor(event.retries)) } : {},
    ),
  },
  guards: {
    /** The event's worker holds a lock that has not expired. */
    heldByWorker: ({ context, event }) =>
      'workerId' in event &&
      context.workerId === event.workerId &&
      (context.lockExpiresAt ?? 0) >= event.at,
    /** Fetchable now, and not locked by another worker whose lock still runs. */
    lockable: ({ context, event }) =>
      event.type === 'lock' &&
      context.availableAt <= event.at &&
      !(
        context.workerId !== null &&
        context.workerId !== event.workerId &&
        (context.lockExpiresAt ?? 0) > event.at
      ),
    lastRetry: ({ event }) =>
      (event.type === 'fail' || event.type === 'setRetries') && Math.floor(event.retries) <= 0,
  },
}).createMachine({
  id: 'externalTask',
  context: ({ input }) => input,
  initial: 'open',
  states: {
    open: {
      initial: 'available',
      states: {
        available: {
          on: { lock: { guard: 'lockable', target: 'locked', actions: 'takeLock' } },
        },
        locked: {
          on: {
            lock: { guard: 'lockable', target: 'locked', actions: 'takeLock' },
            extendLock: { guard: 'heldByWorker', actions: 'extend' },
            unlock: { target: 'available', actions: 'release' },
            complete: {
              guard: 'heldByWorker',
              target: '#externalTask.completed',
              actions: 'endLock',
            },
            bpmnError: {
              guard: 'heldByWorker',
              target: '#externalTask.completed',
              actions: 'endLock',
            },
            fail: [
              { guard: and(['heldByWorker', 'lastRetry']), target: 'incident', actions: 'fail' },
              { guard: 'heldByWorker', target: 'available', actions: 'fail' },
            ],
          },
        },
        incident: {
          on: {
            retry: { target: 'available', actions: 'retryNow' },
            setRetries: [
              { guard: 'lastRetry', actions: 'setRetries' },
              { target: 'available', actions: 'setRetries' },
            ],
          },
        },
      },
      on: {
        setRetries: [
          { guard: 'lastRetry', target: '.incident', actions: 'setRetries' },
          { actions: 'setRetries' },
        ],
        cancel: { target: 'cancelled', actions: 'release' },
        unlock: { actions: 'release' },
      },
    },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export type ExternalTaskSnapshot = SnapshotFrom<typeof externalTaskMachine>;

/** The machine's state of a stored external task. */
export function externalTaskState(task: ExternalTaskRecord): ExternalTaskSnapshot {
  const context: ExternalTaskLock = {
    workerId: task.workerId ?? null,
    lockExpiresAt: task.lockExpiresAt ?? null,
    retries: task.retries ?? null,
    availableAt: task.availableAt,
  };
  const value =
    task.state !== 'open'
      ? task.state
      : {
          open:
            task.retries === 0 ? 'incident' : context.workerId === null ? 'available' : 'locked',
        };
  return externalTaskMachine.resolveState({ value, context });
}

/** The stored task after a transition. */
export function externalTaskRecord(
  task: ExternalTaskRecord,
  snapshot: ExternalTaskSnapshot,
): ExternalTaskRecord {
  const state = snapshot.matches('completed')
    ? 'completed'
    : snapshot.matches('cancelled')
      ? 'cancelled'
      : 'open';
  return { ...task, ...snapshot.context, state };
}

/**
 * The task after `event`, by `lifecycle/external-task.machine.ts`. An event the machine does not
 * take is refused as Camunda refuses it, and nothing is written.
 */
export function externalTaskAfter(
  task: ExternalTaskRecord,
  event: ExternalTaskEvent,
): ExternalTaskRecord {
  const snapshot = externalTaskState(task);
  if (snapshot.status === 'done')
    throw new NotFoundError('external-task-not-found', `External task ${task.id} does not exist`);
  if (!snapshot.can(event)) {
    if (event.type === 'lock')
      throw new InvalidRequestError(
        'external-task-not-lockable',
        `External task ${task.id} cannot be locked now`,
      );
    if ('workerId' in event)
      throw new InvalidRequestError(
        'external-task-not-locked',
        `External task ${task.id} is not locked by worker ${event.workerId}`,
      );
    throw new InvalidRequestError(
      'external-task-not-on-incident',
      `External task ${task.id} has no incident to resolve`,
    );
  }
  return externalTaskRecord(task, transition(externalTaskMachine, snapshot, event)[0]);
}
