import type {
  ExternalTaskRecord,
  IncidentRecord,
  InstanceRecord,
  Store,
  TaskRecord,
  UnitOfWork,
} from '../ports/store.ts';
import { externalTaskAfter } from '../lifecycle/external-task.machine.ts';
import { humanTaskAfter } from '../lifecycle/human-task.machine.ts';
import type { Effect } from './effects.ts';

/**
 * Turns a step's effects into one unit of work. Cancelling a task or resolving an incident
 * changes a stored row, so those rows are read first (rare: only on interruption and retry).
 */
export async function toUnitOfWork(
  store: Store,
  instance: { record: InstanceRecord; expectedVersion: number | null },
  effects: Effect[],
  extra: Omit<UnitOfWork, 'instance'> = {},
): Promise<UnitOfWork> {
  const tasks: TaskRecord[] = [...(extra.tasks ?? [])];
  const externalTasks: ExternalTaskRecord[] = [...(extra.externalTasks ?? [])];
  const incidents: IncidentRecord[] = [...(extra.incidents ?? [])];
  // Everything the command brought passes through (its conditions too); lists are copied, as the
  // effects add to them.
  const work: UnitOfWork = {
    ...extra,
    instance,
    tasks,
    externalTasks,
    incidents,
    jobsToInsert: [...(extra.jobsToInsert ?? [])],
    jobIdsToDelete: [...(extra.jobIdsToDelete ?? [])],
    history: [...(extra.history ?? [])],
    subscriptionsToInsert: [...(extra.subscriptionsToInsert ?? [])],
    subscriptionIdsToDelete: [...(extra.subscriptionIdsToDelete ?? [])],
    slas: [...(extra.slas ?? [])],
  };
  for (const effect of effects) {
    switch (effect.type) {
      case 'task.created':
        tasks.push(effect.task);
        break;
      case 'task.cancelled': {
        const task =
          tasks.find((t) => t.id === effect.taskId) ?? (await store.getTask(effect.taskId));
        if (task?.state === 'open')
          upsert(tasks, {
            ...task,
            ...humanTaskAfter(task, { type: 'cancel' }),
            completedAt: effect.at,
          });
        work.history!.push({
          instanceId: instance.record.id,
          kind: 'task.cancelled',
          elementId: task?.elementId ?? null,
          at: effect.at,
          data: { taskId: effect.taskId },
        });
        break;
      }
      case 'externalTask.created':
        externalTasks.push(effect.externalTask);
        break;
      case 'externalTask.cancelled': {
        const task =
          externalTasks.find((t) => t.id === effect.externalTaskId) ??
          (await store.getExternalTask(effect.externalTaskId));
        if (task?.state === 'open')
          upsert(externalTasks, externalTaskAfter(task, { type: 'cancel', at: effect.at }));
        break;
      }
      case 'incident.raised':
        incidents.push(effect.incident);
        break;
      case 'incident.resolved': {
        const found =
          incidents.find((i) => i.id === effect.incidentId) ??
          (await store.listIncidents({ instanceId: instance.record.id })).find(
            (i) => i.id === effect.incidentId,
          );
        if (found) upsert(incidents, { ...found, resolvedAt: effect.at });
        break;
      }
      case 'job.scheduled':
        work.jobsToInsert!.push(effect.job);
        break;
      case 'job.cancelled':
        // Scheduled and withdrawn in the same step: never written (deletes run before inserts).
        if (!removeById(work.jobsToInsert!, effect.jobId)) work.jobIdsToDelete!.push(effect.jobId);
        break;
      case 'history':
        work.history!.push(effect.entry);
        break;
      case 'subscription.opened':
        work.subscriptionsToInsert!.push(effect.subscription);
        break;
      case 'subscription.closed':
        if (!removeById(work.subscriptionsToInsert!, effect.subscriptionId))
          work.subscriptionIdsToDelete!.push(effect.subscriptionId);
        break;
      case 'sla.changed':
        upsert(work.slas!, effect.sla);
        break;
      case 'task.dueChanged': {
        const task =
          tasks.find((t) => t.id === effect.taskId) ?? (await store.getTask(effect.taskId));
        if (task) upsert(tasks, { ...task, dueAt: effect.dueAt });
        break;
      }
      case 'task.promiseChanged': {
        const task =
          tasks.find((t) => t.id === effect.taskId) ?? (await store.getTask(effect.taskId));
        if (task) upsert(tasks, { ...task, promiseDueAt: effect.promiseDueAt });
        break;
      }
      case 'signal.thrown':
        // Broadcast by the engine once this step has committed.
        break;
    }
  }
  return work;
}

function removeById<T extends { id: string }>(list: T[], id: string): boolean {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return false;
  list.splice(index, 1);
  return true;
}

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index >= 0) list[index] = item;
  else list.push(item);
}
