import { setup } from 'xstate';
import { transition } from './transition.ts';

export type ActivityEvent =
  /** A token arrived and the element's behaviour runs. */
  | { type: 'enter' }
  /** It rests: a task waits for its user or worker, a catch event for its trigger, a join for tokens. */
  | { type: 'wait' }
  /** Its work is done: output mappings, then the outgoing flows. */
  | { type: 'leave' }
  | { type: 'complete' }
  /** An expression, a script or a job failed: the token stays, with an incident. */
  | { type: 'fail' }
  /** An operator retried the incident: it goes on from where it failed. */
  | { type: 'retry' }
  /** Interrupted: a boundary event, an event subprocess, a terminate end, the instance cancelled. */
  | { type: 'cancel' }
  /** Its compensation handler ran. */
  | { type: 'compensate' };

/** The history line a transition writes; the token game writes exactly these. */
export type ActivityHistoryKind =
  | 'activity.started'
  | 'activity.completed'
  | 'activity.cancelled'
  | 'incident.raised';

const record = (kind: ActivityHistoryKind) => ({ type: 'record', params: { kind } }) as const;

/** While it runs, an activity can fail (an incident) or be interrupted. */
const failOrCancel = {
  fail: { target: 'failed', actions: record('incident.raised') },
  cancel: { target: 'cancelled', actions: record('activity.cancelled') },
} as const;

/**
 * The lifecycle of one activity instance: one token's stay at one element. `ready`, `active` and
 * `completing` pass within a step; what rests between steps is `waiting` or `failed`. The token
 * game (`runtime/execution.ts`) decides where tokens go; this machine says which states an
 * activity instance passes and which history line each passage writes, and
 * `activityHistoryPath` reads a stored history back through it.
 */
export const activityMachine = setup({
  types: { events: {} as ActivityEvent },
  actions: { record: (_, _params: { kind: ActivityHistoryKind }) => {} },
}).createMachine({
  id: 'activity',
  initial: 'ready',
  states: {
    ready: {
      on: {
        enter: { target: 'active', actions: record('activity.started') },
        // A token waiting for its asyncBefore job is cancelled before its activity started.
        cancel: { target: 'cancelled', actions: record('activity.cancelled') },
      },
    },
    active: {
      on: {
        wait: 'waiting',
        leave: 'completing',
        // Gateways and events finish in the step that entered them.
        complete: { target: 'completed', actions: record('activity.completed') },
        ...failOrCancel,
      },
    },
    waiting: {
      on: {
        leave: 'completing',
        complete: { target: 'completed', actions: record('activity.completed') },
        ...failOrCancel,
      },
    },
    completing: {
      on: {
        complete: { target: 'completed', actions: record('activity.completed') },
        // An output mapping failed.
        ...failOrCancel,
      },
    },
    failed: {
      on: {
        retry: 'active',
        cancel: { target: 'cancelled', actions: record('activity.cancelled') },
      },
    },
    completed: { on: { compensate: 'compensated' } },
    cancelled: { type: 'final' },
    compensated: { type: 'final' },
  },
});

export type ActivityState =
  | 'ready'
  | 'active'
  | 'waiting'
  | 'completing'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | 'compensated';

/** The event each history line stands for; the machine's own record action names the line back. */
const EVENT_OF: Partial<Record<string, ActivityEvent['type']>> = {
  'activity.started': 'enter',
  'activity.completed': 'complete',
  'activity.cancelled': 'cancel',
  'incident.raised': 'fail',
};

/**
 * Reads one activity instance's history lines (`activity.started`, `activity.completed`, ...)
 * through the machine. Between two lines the instance may pass steps that write nothing
 * (`wait`, `leave`, `retry`); these are tried in turn. Returns the states after each line, or
 * the first line the lifecycle does not allow.
 */
export function activityHistoryPath(
  kinds: string[],
): { states: ActivityState[] } | { refused: string; after: ActivityState } {
  let snapshot = activityMachine.resolveState({ value: 'ready', context: undefined });
  const states: ActivityState[] = [];
  for (const kind of kinds) {
    const type = EVENT_OF[kind];
    if (!type) continue;
    const via = [[], ['leave'], ['retry']] as const;
    const found = via
      .map((silent) => {
        let candidate = snapshot;
        for (const step of silent)
          if (candidate.can({ type: step }))
            candidate = transition(activityMachine, candidate, { type: step })[0];
        if (!candidate.can({ type })) return undefined;
        const [next, actions] = transition(activityMachine, candidate, { type });
        const written = actions.find((a) => a.type === 'record')?.params as
          | { kind: string }
          | undefined;
        return written?.kind === kind ? next : undefined;
      })
      .find((next) => next !== undefined);
    if (!found) return { refused: kind, after: snapshot.value as ActivityState };
    snapshot = found;
    states.push(snapshot.value as ActivityState);
  }
  return { states };
}
