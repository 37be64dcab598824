import type {
  Engine,
  InstanceView,
  StoredHistoryEntry,
  TaskRecord,
} from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';

/** `HistoricActivityInstanceDto`, plus the history sequence of its start for ordering. */
export interface ActivityInstance {
  id: string;
  parentActivityInstanceId: string;
  activityId: string;
  activityName: null;
  activityType: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  taskId: string | null;
  calledProcessInstanceId: null;
  calledCaseInstanceId: null;
  assignee: string | null;
  startTime: string | null;
  endTime: string | null;
  durationInMillis: number | null;
  canceled: boolean;
  completeScope: boolean;
  tenantId: null;
  removalTime: null;
  rootProcessInstanceId: string;
  sequence: number;
}

/** `bpmn:UserTask` → `userTask`: Camunda's activity types are the element names in lower camel case. */
const activityType = (elementType: string | null | undefined) => {
  const name = (elementType ?? 'activity').replace(/^bpmn:/, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
};

/**
 * The activity instances of one process instance, rebuilt from its history: each
 * `activity.started` opens one, the next `activity.completed` or `activity.cancelled` of the
 * same token at the same element closes it. User tasks bring their task id and assignee.
 */
export async function activityInstances(
  engine: Engine,
  instance: InstanceView,
): Promise<ActivityInstance[]> {
  const [history, tasks] = await Promise.all([
    engine.history(instance.id),
    engine.listTasks({ instanceId: instance.id }),
  ]);
  const open = new Map<string, { entry: StoredHistoryEntry; record: ActivityInstance }>();
  const all: ActivityInstance[] = [];
  for (const entry of history) {
    const key = `${entry.tokenId}/${entry.elementId}`;
    if (entry.kind === 'activity.started' && entry.elementId) {
      const task = findTask(tasks, entry);
      const record: ActivityInstance = {
        id: `${entry.elementId}:${instance.id}-${entry.seq}`,
        parentActivityInstanceId: instance.id,
        activityId: entry.elementId,
        activityName: null,
        activityType: activityType(entry.elementType),
        processDefinitionKey: instance.processId,
        processDefinitionId: instance.definitionId,
        processInstanceId: instance.id,
        executionId: instance.id,
        taskId: task?.id ?? null,
        calledProcessInstanceId: null,
        calledCaseInstanceId: null,
        assignee: task?.assignee ?? task?.completedBy ?? null,
        startTime: camundaDate(entry.at),
        endTime: null,
        durationInMillis: null,
        canceled: false,
        completeScope: false,
        tenantId: null,
        removalTime: null,
        rootProcessInstanceId: instance.id,
        sequence: entry.seq,
      };
      open.set(key, { entry, record });
      all.push(record);
    } else if (entry.kind === 'activity.completed' || entry.kind === 'activity.cancelled') {
      const started = open.get(key);
      if (!started) continue;
      open.delete(key);
      started.record.endTime = camundaDate(entry.at);
      started.record.durationInMillis = entry.at - started.entry.at;
      started.record.canceled = entry.kind === 'activity.cancelled';
      started.record.completeScope = /endEvent$/i.test(activityType(entry.elementType));
    }
  }
  return all;
}

/** The user task created by this activity start: same token and element, created then. */
function findTask(tasks: TaskRecord[], started: StoredHistoryEntry): TaskRecord | undefined {
  return tasks.find(
    (t) =>
      t.tokenId === started.tokenId &&
      t.elementId === started.elementId &&
      t.createdAt >= started.at,
  );
}
