import { assign, setup, type SnapshotFrom } from 'xstate';
import type { SlaState } from '../ports/sla.ts';

/**
 * The clock of one promise (an SLA): when it started, when it breaks, when it turns at risk, and
 * the time it stood still. Times are epoch milliseconds; every event carries the command's time.
 */
export interface SlaClock {
  startedAt: number;
  targetAt: number;
  atRiskAt: number;
  pausedAt: number | null;
  pausedMs: number;
  atRiskSince: number | null;
  breachedAt: number | null;
  closedAt: number | null;
}

export type SlaEvent =
  /** The SLA's check job fired. */
  | { type: 'check'; at: number }
  /** The activity's interrupting timer fired: the promise broke now. */
  | { type: 'deadline'; at: number }
  /** The instance waits on the customer: the clock stands still. */
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /** A new target duration, counted from the start: time spent and paused stays spent. */
  | { type: 'retarget'; at: number; durationMs: number; atRiskRatio: number }
  | { type: 'complete'; at: number }
  | { type: 'cancel'; at: number };

/**
 * What a transition asks of the instance step, as data: the step schedules and withdraws jobs
 * and writes history from these; the machine itself never touches a job or a timer.
 */
export type SlaEffect =
  | { type: 'record'; params: { kind: SlaHistoryKind } }
  /** Schedule the next check at `dueAt` (none while paused or once breached). */
  | { type: 'scheduleCheck'; params: { dueAt: number | null } }
  | { type: 'cancelCheck' }
  /** Withdraw the activity's timers while paused. */
  | { type: 'pauseTimers' }
  /** Move the activity's timers and its task's due date by `delta` (a resume puts paused ones back). */
  | { type: 'moveTimers'; params: { delta: number; resuming: boolean } };

export type SlaHistoryKind =
  | 'sla.at-risk'
  | 'sla.breached'
  | 'sla.paused'
  | 'sla.resumed'
  | 'sla.retargeted'
  | 'sla.met';

const record = (kind: SlaHistoryKind) => ({ type: 'record', params: { kind } }) as const;

/** The at-risk point and target after a re-target: counted from the start, plus time paused. */
function retargeted(context: SlaClock, event: SlaEvent) {
  if (event.type !== 'retarget') return {};
  const pausedSoFar = context.pausedMs + (context.pausedAt ? event.at - context.pausedAt : 0);
  return {
    targetAt: context.startedAt + pausedSoFar + event.durationMs,
    atRiskAt: context.startedAt + Math.floor(event.durationMs * event.atRiskRatio) + pausedSoFar,
  };
}

/** Timers and due date follow a resume (by the time paused) or a re-target (by the target's move). */
const moveTimers = {
  type: 'moveTimers',
  params: ({ context, event }: { context: SlaClock; event: SlaEvent }) =>
    event.type === 'resume'
      ? { delta: event.at - (context.pausedAt ?? event.at), resuming: true }
      : {
          delta: (retargeted(context, event).targetAt ?? context.targetAt) - context.targetAt,
          resuming: false,
        },
} as const;

/**
 * The next check, read from the context after the transition's assignments: at the at-risk
 * point while on time, at the target while at risk, none while paused or once breached.
 */
const scheduleCheck = {
  type: 'scheduleCheck',
  params: ({ context }: { context: SlaClock }) => ({
    dueAt:
      context.pausedAt !== null || context.breachedAt !== null
        ? null
        : context.atRiskSince === null
          ? context.atRiskAt
          : context.targetAt,
  }),
} as const;

/**
 * The lifecycle of an SLA. While open, two regions run side by side: the promise (on time, at
 * risk, breached) and the clock (running, paused while the customer has the ball). Completing
 * the work ends it `met`, or `missed` when the promise had broken (stored as `breached`);
 * cancelled work ends it `cancelled` (or `missed`). Delays are never XState timers: the check is
 * a job row the step schedules (`scheduleCheck`), and its firing comes back as `check`.
 */
export const slaMachine = setup({
  types: {
    context: {} as SlaClock,
    input: {} as SlaClock,
    events: {} as SlaEvent,
  },
  actions: {
    record: (_, _params: { kind: SlaHistoryKind }) => {},
    scheduleCheck: (_, _params: { dueAt: number | null }) => {},
    cancelCheck: () => {},
    pauseTimers: () => {},
    moveTimers: (_, _params: { delta: number; resuming: boolean }) => {},
    markAtRisk: assign({ atRiskSince: ({ event }) => event.at }),
    markBreached: assign({ breachedAt: ({ event }) => event.at }),
    markPaused: assign({ pausedAt: ({ event }) => event.at }),
    backOnTime: assign({ atRiskSince: null }),
    /** The time paused is added to the clock; the target and the at-risk point move by as much. */
    resume: assign(({ context, event }) => {
      const delta = event.at - (context.pausedAt ?? event.at);
      return {
        pausedAt: null,
        pausedMs: context.pausedMs + delta,
        targetAt: context.targetAt + delta,
        atRiskAt: context.atRiskAt + delta,
      };
    }),
    retarget: assign(({ context, event }) => retargeted(context, event)),
    close: assign(({ context, event }) => ({
      closedAt: event.at,
      pausedMs: context.pausedMs + (context.pausedAt === null ? 0 : event.at - context.pausedAt),
      pausedAt: null,
    })),
  },
  guards: {
    targetReached: ({ context, event }) => event.at >= context.targetAt,
    atRiskReached: ({ context, event }) => event.at >= context.atRiskAt,
    breached: ({ context }) => context.breachedAt !== null,
    paused: ({ context }) => context.pausedAt !== null,
    /** After a re-target, the new at-risk point still lies ahead. */
    beforeNewAtRisk: ({ context, event }) =>
      event.type === 'retarget' && event.at < (retargeted(context, event).atRiskAt ?? 0),
  },
}).createMachine({
  id: 'sla',
  context: ({ input }) => input,
  initial: 'open',
  states: {
    open: {
      type: 'parallel',
      states: {
        promise: {
          initial: 'onTime',
          states: {
            onTime: {
              on: {
                check: [
                  // A check that fires while paused (it was withdrawn in the same step) changes nothing.
                  { guard: 'paused' },
                  {
                    guard: 'targetReached',
                    target: 'breached',
                    actions: ['markBreached', record('sla.breached')],
                  },
                  {
                    guard: 'atRiskReached',
                    target: 'atRisk',
                    actions: ['markAtRisk', record('sla.at-risk'), scheduleCheck],
                  },
                  { actions: scheduleCheck },
                ],
                deadline: { target: 'breached', actions: ['markBreached', record('sla.breached')] },
                retarget: {
                  actions: [moveTimers, 'retarget', scheduleCheck, record('sla.retargeted')],
                },
              },
            },
            atRisk: {
              on: {
                check: [
                  // A check that fires while paused (it was withdrawn in the same step) changes nothing.
                  { guard: 'paused' },
                  {
                    guard: 'targetReached',
                    target: 'breached',
                    actions: ['markBreached', record('sla.breached')],
                  },
                  { actions: scheduleCheck },
                ],
                deadline: { target: 'breached', actions: ['markBreached', record('sla.breached')] },
                retarget: [
                  {
                    guard: 'beforeNewAtRisk',
                    target: 'onTime',
                    actions: [
                      moveTimers,
                      'retarget',
                      'backOnTime',
                      scheduleCheck,
                      record('sla.retargeted'),
                    ],
                  },
                  { actions: [moveTimers, 'retarget', scheduleCheck, record('sla.retargeted')] },
                ],
              },
            },
            breached: {
              on: { retarget: { actions: [moveTimers, 'retarget', record('sla.retargeted')] } },
            },
          },
        },
        clock: {
          initial: 'running',
          states: {
            running: {
              on: {
                pause: {
                  target: 'paused',
                  actions: ['markPaused', 'cancelCheck', 'pauseTimers', record('sla.paused')],
                },
              },
            },
            paused: {
              on: {
                resume: {
                  target: 'running',
                  actions: [moveTimers, 'resume', scheduleCheck, record('sla.resumed')],
                },
              },
            },
          },
        },
      },
      on: {
        complete: [
          { guard: 'breached', target: 'missed', actions: ['cancelCheck', 'close'] },
          { target: 'met', actions: ['cancelCheck', 'close', record('sla.met')] },
        ],
        cancel: [
          { guard: 'breached', target: 'missed', actions: ['cancelCheck', 'close'] },
          { target: 'cancelled', actions: ['cancelCheck', 'close'] },
        ],
      },
    },
    met: { type: 'final' },
    missed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export type SlaSnapshot = SnapshotFrom<typeof slaMachine>;

/** What the store calls the machine's state (`missed` is a breached promise whose work ended). */
export function storedSlaState(snapshot: SlaSnapshot): SlaState {
  if (snapshot.matches('met')) return 'met';
  if (snapshot.matches('cancelled')) return 'cancelled';
  if (snapshot.matches('missed') || snapshot.matches({ open: { promise: 'breached' } }))
    return 'breached';
  return snapshot.matches({ open: { promise: 'atRisk' } }) ? 'at-risk' : 'on-time';
}

/** The machine's state of a stored SLA record. */
export function slaStateValue(state: SlaState, clock: SlaClock) {
  if (state === 'met' || state === 'cancelled') return state;
  if (state === 'breached' && clock.closedAt !== null) return 'missed';
  const promise = state === 'breached' ? 'breached' : state === 'at-risk' ? 'atRisk' : 'onTime';
  return { open: { promise, clock: clock.pausedAt === null ? 'running' : 'paused' } };
}
