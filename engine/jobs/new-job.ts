import type { JobKind, JobRecord } from '../ports/store.ts';
import type { CallPayload } from '../elements/call-activity/call-link.ts';
import type { CycleState } from '../timers/timer-schedule.ts';

/** What a job of an instance does when it fires (`runtime/job-fired.ts`). */
export type InstanceJobPayload =
  | { type: 'timer-catch' }
  | { type: 'timer-boundary'; boundaryId: string; cycle?: CycleState }
  | { type: 'async-before' }
  | { type: 'async-after' }
  | { type: 'sla-check'; slaId: string };

/** A timer start event of a deployed version: starts an instance, then schedules its next firing. */
export interface StartTimerPayload {
  type: 'timer-start';
  definitionId: string;
  processId: string;
  elementId: string;
  cycle?: CycleState;
}

/** The broadcast of a signal a committed step threw. */
export interface SignalThrowPayload {
  type: 'signal-throw';
  signalName: string;
  /** Catches armed later in the throwing step: a signal is not buffered, so they miss it. */
  notFor: string[];
}

/** Every job's payload, told apart by `type`; a job's kind follows from it. */
export type JobPayload = InstanceJobPayload | CallPayload | StartTimerPayload | SignalThrowPayload;

const KIND: Record<JobPayload['type'], JobKind> = {
  'timer-catch': 'timer',
  'timer-boundary': 'timer',
  'sla-check': 'timer',
  'timer-start': 'timer',
  'async-before': 'async-continuation',
  'async-after': 'async-continuation',
  'signal-throw': 'internal',
  'call-start': 'internal',
  'call-cancel': 'internal',
  'call-report': 'internal',
  'call-unhandled': 'internal',
  'call-failed': 'internal',
};

/** Default attempts of a job before its failure becomes an incident (Camunda's default). */
export const DEFAULT_JOB_RETRIES = 3;

/** A new, unlocked job row: the one place job rows are built. */
export function newJob(job: {
  id: string;
  payload: JobPayload;
  dueAt: number;
  createdAt: number;
  instanceId?: string | null;
  elementId?: string | null;
  tokenId?: string | null;
}): JobRecord {
  return {
    id: job.id,
    kind: KIND[job.payload.type],
    instanceId: job.instanceId ?? null,
    elementId: job.elementId ?? null,
    tokenId: job.tokenId ?? null,
    dueAt: job.dueAt,
    lockedBy: null,
    lockedUntil: null,
    attempts: 0,
    retries: DEFAULT_JOB_RETRIES,
    payload: job.payload,
    createdAt: job.createdAt,
    suspended: false,
  };
}
