import { createRoute, z } from '@hono/zod-openapi';
import type {
  Engine,
  TaskMatch,
  TaskQuery as TaskQueryOf,
  TaskRecord,
  TaskSortKey,
} from '../../../engine/index.ts';
import type { Identity } from '../../auth/identity.ts';
import type { Principal } from '../../auth/roles.ts';
import { loadVisibleTask, taskVisibility } from '../../auth/task-access.ts';
import { camundaDate } from '../dto.ts';
import { addQueryRoutes, param, type QueryOf } from '../query-resource.ts';
import { invalidRequest, notFound } from '../errors.ts';
import { suspensionFilter } from '../query-params.ts';
import { camundaApp, doc, IdParam, oneOf } from '../route.ts';

/**
 * `TaskDto`. Promesa has no descriptions, cases or tenants: those are null. A delegated task's
 * owner is who handed it on: `PENDING` while someone else holds it, `RESOLVED` once it is back.
 */
export function toTaskDto(t: TaskRecord) {
  return {
    id: t.id,
    name: t.name ?? null,
    assignee: t.assignee ?? null,
    owner: t.owner ?? null,
    created: camundaDate(t.createdAt),
    lastUpdated: camundaDate(t.claimedAt),
    due: camundaDate(t.dueAt),
    followUp: camundaDate(t.followUpAt),
    delegationState: t.owner ? (t.assignee === t.owner ? 'RESOLVED' : 'PENDING') : null,
    description: null,
    executionId: t.instanceId,
    parentTaskId: null,
    priority: t.priority,
    processDefinitionId: t.definitionId,
    processInstanceId: t.instanceId,
    caseExecutionId: null,
    caseDefinitionId: null,
    caseInstanceId: null,
    taskDefinitionKey: t.elementId,
    suspended: t.suspended,
    formKey: t.formKey ?? null,
    camundaFormRef: null,
    tenantId: null,
  };
}

/** An open task the caller may see. Camunda deletes finished tasks, so those are 404 too. */
export async function openVisibleTask(
  engine: Engine,
  principal: Principal,
  id: string,
): Promise<TaskRecord> {
  const task = await loadVisibleTask(engine, principal, id);
  if (task.state !== 'open') throw notFound(`No matching task with id ${id}`);
  return task;
}

/** The parameters of Camunda's task query that Promesa honours; the others are refused (400). */
const filters = {
  taskId: param.text(),
  taskIdIn: param.list(),
  processInstanceId: param.text(),
  processInstanceIdIn: param.list(),
  processInstanceBusinessKey: param.text(),
  processInstanceBusinessKeyIn: param.list(),
  processInstanceBusinessKeyLike: param.text(),
  processDefinitionKey: param.text(),
  processDefinitionKeyIn: param.list(),
  processDefinitionId: param.text(),
  // Promesa's execution of a task is its instance (as C7's root execution).
  executionId: param.text(),
  taskDefinitionKey: param.text(),
  taskDefinitionKeyIn: param.list(),
  taskDefinitionKeyLike: param.text(),
  name: param.text(),
  nameLike: param.text(),
  assignee: param.text(),
  assigneeIn: param.list(),
  assigneeLike: param.text(),
  assigned: param.bool(),
  unassigned: param.bool(),
  candidateUser: param.text(),
  candidateGroup: param.text(),
  candidateGroups: param.list(),
  includeAssignedTasks: param.bool(),
  involvedUser: param.text(),
  withCandidateGroups: param.bool(),
  withoutCandidateGroups: param.bool(),
  withCandidateUsers: param.bool(),
  withoutCandidateUsers: param.bool(),
  priority: param.int(),
  minPriority: param.int(),
  maxPriority: param.int(),
  dueDate: param.date('dueDate'),
  dueBefore: param.date('dueBefore'),
  dueAfter: param.date('dueAfter'),
  withoutDueDate: param.bool(),
  followUpDate: param.date('followUpDate'),
  followUpBefore: param.date('followUpBefore'),
  followUpAfter: param.date('followUpAfter'),
  followUpBeforeOrNotExistent: param.date('followUpBeforeOrNotExistent'),
  createdOn: param.date('createdOn'),
  createdBefore: param.date('createdBefore'),
  createdAfter: param.date('createdAfter'),
  active: param.bool(),
  suspended: param.bool(),
};
const SORT_BY = [
  'id',
  'name',
  'assignee',
  'created',
  'dueDate',
  'priority',
  'instanceId',
  'executionId',
] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

const sortKeyOf: Record<(typeof SORT_BY)[number], TaskSortKey> = {
  id: 'id',
  name: 'name',
  assignee: 'assignee',
  created: 'created',
  dueDate: 'due',
  priority: 'priority',
  instanceId: 'instanceId',
  executionId: 'instanceId',
};

/** A `with…`/`without…` pair as one flag: true, false, or no filter. */
function presence(withIt: boolean | undefined, without: boolean | undefined): boolean | undefined {
  if (withIt && without) throw invalidRequest('A task cannot be both with and without candidates');
  return withIt ? true : without ? false : undefined;
}

const get = createRoute({
  method: 'get',
  path: '/task/{id}',
  ...doc('Get an open task'),
  request: { params: IdParam },
});
const links = createRoute({
  method: 'get',
  path: '/task/{id}/identity-links',
  ...doc('Assignee and candidate users and groups: `[{ userId, groupId, type }]`'),
  request: { params: IdParam, query: z.object({ type: z.string().optional() }) },
});

/** Task queries, one task, its identity links. */
export function taskRoutes(engine: Engine, identity: Identity) {
  const app = camundaApp();

  /** The store query of a Camunda task query, within what the caller may see. */
  async function storeQuery(
    principal: Principal,
    q: Query,
    page: { firstResult?: number; maxResults?: number } = {},
  ): Promise<TaskQueryOf | undefined> {
    if (q.candidateUser !== undefined && (q.candidateGroup ?? q.candidateGroups) !== undefined)
      throw invalidRequest('Invalid query usage: cannot set both candidateUser and candidateGroup');
    const groups = q.candidateGroup !== undefined ? [q.candidateGroup] : q.candidateGroups;
    // Camunda's candidateUser includes the user's groups; candidate filters skip assigned tasks unless asked.
    const offeredTo =
      q.candidateUser !== undefined
        ? { userId: q.candidateUser, groups: await identity.store.groupsOf(q.candidateUser) }
        : groups !== undefined
          ? { groups }
          : undefined;
    const assigned =
      offeredTo && !q.includeAssignedTasks
        ? false
        : q.assigned
          ? true
          : q.unassigned
            ? false
            : undefined;
    const match: TaskMatch = {
      ids: oneOf(q.taskId, q.taskIdIn),
      instanceIds: oneOf(q.processInstanceId ?? q.executionId, q.processInstanceIdIn),
      businessKeys: oneOf(q.processInstanceBusinessKey, q.processInstanceBusinessKeyIn),
      businessKeyLike: q.processInstanceBusinessKeyLike,
      processIds: oneOf(q.processDefinitionKey, q.processDefinitionKeyIn),
      definitionIds: oneOf(q.processDefinitionId, undefined),
      elementIds: oneOf(q.taskDefinitionKey, q.taskDefinitionKeyIn),
      elementIdLike: q.taskDefinitionKeyLike,
      name: q.name,
      nameLike: q.nameLike,
      assignees: oneOf(q.assignee, q.assigneeIn),
      assigneeLike: q.assigneeLike,
      assigned,
      offeredTo,
      withCandidateGroups: presence(q.withCandidateGroups, q.withoutCandidateGroups),
      withCandidateUsers: presence(q.withCandidateUsers, q.withoutCandidateUsers),
      involvedUser: q.involvedUser,
      priority: q.priority,
      minPriority: q.minPriority,
      maxPriority: q.maxPriority,
      dueAt: q.dueDate,
      withoutDue: q.withoutDueDate,
      followUpAt: q.followUpDate,
      followUpBefore: q.followUpBefore,
      followUpAfter: q.followUpAfter,
      followUpBeforeOrNone: q.followUpBeforeOrNotExistent,
      createdAt: q.createdOn,
      suspended: suspensionFilter(q),
    };
    return {
      state: 'open',
      dueBefore: q.dueBefore,
      dueAfter: q.dueAfter,
      createdBefore: q.createdBefore,
      createdAfter: q.createdAfter,
      match,
      sort: q.sort?.map(({ by, descending }) => ({ by: sortKeyOf[by], descending })) ?? [
        { by: 'created' },
      ],
      offset: page.firstResult,
      limit: page.maxResults,
      ...taskVisibility(principal),
    };
  }

  addQueryRoutes(app, {
    path: '/task',
    noun: "open tasks the caller may see, with Camunda's common filters,",
    filters,
    sortBy: SORT_BY,
    async list(c, q, paging) {
      const query = await storeQuery(c.var.principal!, q, paging);
      return query ? (await engine.listTasks(query)).map(toTaskDto) : [];
    },
    async count(c, q) {
      const query = await storeQuery(c.var.principal!, q);
      return query ? engine.countTasks(query) : 0;
    },
  });

  app.openapi(get, async (c) =>
    c.json(
      toTaskDto(await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id)),
      200,
    ),
  );

  app.openapi(links, async (c) => {
    const task = await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
    const all = [
      ...(task.assignee ? [{ userId: task.assignee, groupId: null, type: 'assignee' }] : []),
      ...task.candidateUsers.map((userId) => ({ userId, groupId: null, type: 'candidate' })),
      ...task.candidateGroups.map((groupId) => ({ userId: null, groupId, type: 'candidate' })),
    ];
    const { type } = c.req.valid('query');
    return c.json(type === undefined ? all : all.filter((l) => l.type === type), 200);
  });

  return app;
}
