import type {
  Engine,
  TaskMatch,
  TaskQuery,
  TaskRecord,
  TaskSortKey,
  TaskState,
} from '../../../engine/index.ts';
import type { Principal } from '../../auth/roles.ts';
import { taskVisibility } from '../../auth/task-access.ts';
import { camundaDate } from '../dto.ts';
import { invalidRequest } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { camundaApp, oneOf } from '../route.ts';
import { allOf } from '../query-params.ts';

/** Camunda's delete reasons of an ended task: completed, or deleted with its scope. */
const deleteReason: Record<TaskState, string | null> = {
  open: null,
  completed: 'completed',
  cancelled: 'deleted',
};

/**
 * `HistoricTaskInstanceDto` of a task, open or ended. Promesa has no descriptions, sub-tasks,
 * cases, tenants or removal times: those are null; a task's execution and activity instance are
 * its instance's (as C7's root execution).
 */
export function toHistoricTaskDto(t: TaskRecord) {
  const ended = t.state === 'open' ? null : (t.completedAt ?? null);
  return {
    id: t.id,
    processDefinitionKey: t.processId,
    processDefinitionId: t.definitionId,
    processInstanceId: t.instanceId,
    executionId: t.instanceId,
    caseDefinitionKey: null,
    caseDefinitionId: null,
    caseInstanceId: null,
    caseExecutionId: null,
    activityInstanceId: null,
    name: t.name ?? null,
    description: null,
    deleteReason: deleteReason[t.state],
    owner: t.owner ?? null,
    assignee: t.assignee ?? null,
    startTime: camundaDate(t.createdAt),
    endTime: camundaDate(ended),
    duration: ended === null ? null : ended - t.createdAt,
    taskDefinitionKey: t.elementId,
    priority: t.priority,
    due: camundaDate(t.dueAt),
    parentTaskId: null,
    followUp: camundaDate(t.followUpAt),
    tenantId: null,
    removalTime: null,
    rootProcessInstanceId: t.instanceId,
  };
}

/** The historic task filters Promesa honours, all applied by the store; the rest are refused. */
const filters = {
  taskId: param.text(),
  processInstanceId: param.text(),
  processInstanceBusinessKey: param.text(),
  processInstanceBusinessKeyIn: param.list(),
  processInstanceBusinessKeyLike: param.text(),
  executionId: param.text(),
  processDefinitionId: param.text(),
  processDefinitionKey: param.text(),
  processDefinitionName: param.text(),
  taskName: param.text(),
  taskNameLike: param.text(),
  taskDefinitionKey: param.text(),
  taskDefinitionKeyIn: param.list(),
  taskDeleteReason: param.text(),
  taskAssignee: param.text(),
  taskAssigneeLike: param.text(),
  taskOwner: param.text(),
  taskOwnerLike: param.text(),
  taskPriority: param.int(),
  assigned: param.bool(),
  unassigned: param.bool(),
  finished: param.bool(),
  unfinished: param.bool(),
  processFinished: param.bool(),
  processUnfinished: param.bool(),
  taskDueDate: param.date('taskDueDate'),
  taskDueDateBefore: param.date('taskDueDateBefore'),
  taskDueDateAfter: param.date('taskDueDateAfter'),
  withoutTaskDueDate: param.bool(),
  taskFollowUpDate: param.date('taskFollowUpDate'),
  taskFollowUpDateBefore: param.date('taskFollowUpDateBefore'),
  taskFollowUpDateAfter: param.date('taskFollowUpDateAfter'),
  startedBefore: param.date('startedBefore'),
  startedAfter: param.date('startedAfter'),
  finishedBefore: param.date('finishedBefore'),
  finishedAfter: param.date('finishedAfter'),
  taskInvolvedUser: param.text(),
  taskHadCandidateUser: param.text(),
  taskHadCandidateGroup: param.text(),
  withCandidateGroups: param.bool(),
  withoutCandidateGroups: param.bool(),
};
/** The documented sort keys Promesa can order by (no descriptions, activity instances, tenants). */
const SORT_BY = [
  'taskId',
  'processDefinitionId',
  'processInstanceId',
  'executionId',
  'endTime',
  'startTime',
  'taskName',
  'assignee',
  'owner',
  'dueDate',
  'followUpDate',
  'taskDefinitionKey',
  'priority',
  'tenantId',
] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

const sortKeyOf: Record<(typeof SORT_BY)[number], TaskSortKey | undefined> = {
  taskId: 'id',
  processDefinitionId: 'definitionId',
  processInstanceId: 'instanceId',
  executionId: 'instanceId',
  endTime: 'ended',
  startTime: 'created',
  taskName: 'name',
  assignee: 'assignee',
  owner: 'owner',
  dueDate: 'due',
  followUpDate: 'followUp',
  taskDefinitionKey: 'elementId',
  priority: 'priority',
  tenantId: undefined,
};

const ENDED: TaskState[] = ['completed', 'cancelled'];
const STATES_OF_REASON: Record<string, TaskState[]> = {
  completed: ['completed'],
  deleted: ['cancelled'],
};

/** A pair of flags (`assigned`/`unassigned`) as true, false or no filter. */
const flag = (yes: boolean | undefined, no: boolean | undefined) =>
  yes ? true : no ? false : undefined;
/** Both flags of a pair: Camunda ANDs their terms, so nothing matches. */
const both = (q: Query, pairs: [keyof Query, keyof Query][]) =>
  pairs.some(([yes, no]) => q[yes] === true && q[no] === true);

/**
 * `/history/task`: every task the caller may see, open or ended (tasks stay in the store after
 * completion), filtered, sorted and paged by the store.
 */
export function historyTaskRoutes(engine: Engine) {
  const app = camundaApp();

  async function storeQuery(
    principal: Principal,
    q: Query,
    page: { firstResult?: number; maxResults?: number } = {},
  ): Promise<TaskQuery> {
    if (q.taskHadCandidateUser !== undefined && q.taskHadCandidateGroup !== undefined)
      throw invalidRequest(
        'taskHadCandidateUser and taskHadCandidateGroup cannot be combined in one query',
      );
    const named =
      q.processDefinitionName === undefined
        ? undefined
        : (await engine.listDefinitions({ latestOnly: false }))
            .filter((d) => d.name === q.processDefinitionName)
            .map((d) => d.id);
    const reason =
      q.taskDeleteReason === undefined ? undefined : (STATES_OF_REASON[q.taskDeleteReason] ?? []);
    const inclusive = (at: number | undefined, by: number) =>
      at === undefined ? undefined : at + by;
    const match: TaskMatch = {
      ids: oneOf(q.taskId, undefined),
      instanceIds: allOf(oneOf(q.processInstanceId, undefined), oneOf(q.executionId, undefined)),
      businessKeys: oneOf(q.processInstanceBusinessKey, q.processInstanceBusinessKeyIn),
      businessKeyLike: q.processInstanceBusinessKeyLike,
      processIds: oneOf(q.processDefinitionKey, undefined),
      definitionIds: allOf(oneOf(q.processDefinitionId, undefined), named),
      elementIds: oneOf(q.taskDefinitionKey, q.taskDefinitionKeyIn),
      name: q.taskName,
      nameLike: q.taskNameLike,
      assignees: oneOf(q.taskAssignee, undefined),
      assigneeLike: q.taskAssigneeLike,
      owners: oneOf(q.taskOwner, undefined),
      ownerLike: q.taskOwnerLike,
      assigned: flag(q.assigned, q.unassigned),
      offeredTo:
        q.taskHadCandidateUser !== undefined
          ? { userId: q.taskHadCandidateUser, groups: [] }
          : q.taskHadCandidateGroup !== undefined
            ? { groups: [q.taskHadCandidateGroup] }
            : undefined,
      withCandidateGroups: flag(q.withCandidateGroups, q.withoutCandidateGroups),
      involvedUser: q.taskInvolvedUser,
      priority: q.taskPriority,
      dueAt: q.taskDueDate,
      withoutDue: q.withoutTaskDueDate,
      followUpAt: q.taskFollowUpDate,
      followUpBefore: q.taskFollowUpDateBefore,
      followUpAfter: q.taskFollowUpDateAfter,
      states: both(q, [
        ['assigned', 'unassigned'],
        ['finished', 'unfinished'],
        ['processFinished', 'processUnfinished'],
        ['withCandidateGroups', 'withoutCandidateGroups'],
      ])
        ? []
        : allOf(
            flag(q.finished, q.unfinished) === undefined
              ? undefined
              : q.finished
                ? ENDED
                : ['open'],
            reason,
          ),
      // Camunda's started and finished bounds include the instant itself; times are whole ms.
      endedBefore: inclusive(q.finishedBefore, 1),
      endedAfter: inclusive(q.finishedAfter, -1),
      instanceEnded: flag(q.processFinished, q.processUnfinished),
    };
    return {
      dueBefore: q.taskDueDateBefore,
      dueAfter: q.taskDueDateAfter,
      createdBefore: inclusive(q.startedBefore, 1),
      createdAfter: inclusive(q.startedAfter, -1),
      match,
      sort: storeSort(q.sort, sortKeyOf) ?? [{ by: 'id' }],
      offset: page.firstResult,
      limit: page.maxResults,
      ...taskVisibility(principal),
    };
  }

  addQueryRoutes(app, {
    path: '/history/task',
    noun: 'tasks, open and ended, that the caller may see,',
    filters,
    sortBy: SORT_BY,
    async list(c, q, paging) {
      return (await engine.listTasks(await storeQuery(c.var.principal!, q, paging))).map(
        toHistoricTaskDto,
      );
    },
    async count(c, q) {
      return engine.countTasks(await storeQuery(c.var.principal!, q));
    },
  });

  return app;
}
