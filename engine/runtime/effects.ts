import type { EngineError } from '../errors.ts';
import type { EventSubscriptionRecord } from '../ports/subscriptions.ts';
import type { SlaRecord } from '../ports/sla.ts';
import type {
  ExternalTaskRecord,
  HistoryEntry,
  IncidentRecord,
  JobRecord,
  TaskRecord,
} from '../ports/store.ts';

/**
 * What a step asks the outside world to do, as data. The lifecycle machines name effects;
 * only `runtime/unit-of-work.ts` turns them into store writes.
 */
export type Effect =
  | { type: 'task.created'; task: TaskRecord }
  | { type: 'task.cancelled'; taskId: string; at: number }
  | { type: 'externalTask.created'; externalTask: ExternalTaskRecord }
  | { type: 'externalTask.cancelled'; externalTaskId: string; at: number }
  | { type: 'incident.raised'; incident: IncidentRecord }
  | { type: 'incident.resolved'; incidentId: string; at: number }
  | { type: 'job.scheduled'; job: JobRecord }
  | { type: 'job.cancelled'; jobId: string }
  | { type: 'subscription.opened'; subscription: EventSubscriptionRecord }
  | { type: 'subscription.closed'; subscriptionId: string }
  | { type: 'signal.thrown'; signalName: string }
  | { type: 'sla.changed'; sla: SlaRecord }
  | { type: 'task.dueChanged'; taskId: string; dueAt: number }
  /** The promise of the request the task serves moved, or was kept (null). */
  | { type: 'task.promiseChanged'; taskId: string; promiseDueAt: number | null }
  | { type: 'history'; entry: HistoryEntry };

/** A step that could not be applied at all: the command is refused and nothing is written. */
export interface StepRefusal {
  error: EngineError;
}
