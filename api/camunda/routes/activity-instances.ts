import type { ActivityPass, ActivityPassQuery, Engine, TaskRecord } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';

/** `HistoricActivityInstanceDto`. */
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
}

/** `bpmn:UserTask` → `userTask`: Camunda's activity types are the element names in lower camel case. */
const activityType = (elementType: string | null | undefined) => {
  const name = (elementType ?? 'activity').replace(/^bpmn:/, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
};

/**
 * Historic activity instances from the store's passes through flow nodes (the history's starts
 * and ends, paired, filtered, sorted and paged there). User tasks bring their task id and
 * assignee, read for the instances of the page only.
 */
export async function activityInstances(
  engine: Engine,
  query: ActivityPassQuery,
): Promise<ActivityInstance[]> {
  const passes = await engine.listActivityPasses(query);
  const tasks = new Map<string, TaskRecord[]>();
  for (const instanceId of new Set(passes.map((p) => p.instanceId)))
    tasks.set(instanceId, await engine.listTasks({ instanceId }));
  return passes.map((p) => toActivityInstance(p, findTask(tasks.get(p.instanceId) ?? [], p)));
}

/** `<activityId>:<processInstanceId>-<seq>`: an activity instance's id, and back. */
export const activityInstanceId = (p: Pick<ActivityPass, 'elementId' | 'instanceId' | 'seq'>) =>
  `${p.elementId}:${p.instanceId}-${p.seq}`;
export function passOf(id: string): { instanceId: string; seq: number } | undefined {
  const seq = Number(id.slice(id.lastIndexOf('-') + 1));
  const instanceId = id.slice(id.indexOf(':') + 1, id.lastIndexOf('-'));
  return Number.isInteger(seq) && instanceId ? { instanceId, seq } : undefined;
}

function toActivityInstance(p: ActivityPass, task: TaskRecord | undefined): ActivityInstance {
  const type = activityType(p.elementType);
  return {
    id: activityInstanceId(p),
    parentActivityInstanceId: p.instanceId,
    activityId: p.elementId,
    activityName: null,
    activityType: type,
    processDefinitionKey: p.processId,
    processDefinitionId: p.definitionId,
    processInstanceId: p.instanceId,
    executionId: p.instanceId,
    taskId: task?.id ?? null,
    calledProcessInstanceId: null,
    calledCaseInstanceId: null,
    assignee: task?.assignee ?? task?.completedBy ?? null,
    startTime: camundaDate(p.startedAt),
    endTime: camundaDate(p.endedAt),
    durationInMillis: p.endedAt === null ? null : p.endedAt - p.startedAt,
    canceled: p.cancelled,
    completeScope: p.endedAt !== null && !p.cancelled && type === 'endEvent',
    tenantId: null,
    removalTime: null,
    rootProcessInstanceId: p.instanceId,
  };
}

/** The user task created by this pass: same token and element, created at its start or later. */
function findTask(tasks: TaskRecord[], pass: ActivityPass): TaskRecord | undefined {
  return tasks.find(
    (t) =>
      t.tokenId === pass.tokenId && t.elementId === pass.elementId && t.createdAt >= pass.startedAt,
  );
}

/** `userTask` → `bpmn:UserTask`: the BPMN type of one of Camunda's activity types. */
export const elementTypeOf = (activityType: string) =>
  `bpmn:${activityType.charAt(0).toUpperCase()}${activityType.slice(1)}`;
