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
import { camundaDate, parseCamundaDate } from '../dto.ts';
import { invalidRequest, notFound } from '../errors.ts';
import { BooleanParam, camundaApp, doc, IdParam, ListParam, oneOf, Paging } from '../route.ts';

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
    suspended: false,
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

const date = (field: string) => z.string().transform((v) => parseCamundaDate(v, field));

/** The parameters of Camunda's task query that Promesa honours; the others are refused (400). */
const TaskQuery = z.object({
  taskId: z.string().optional(),
  taskIdIn: ListParam.optional(),
  processInstanceId: z.string().optional(),
  processInstanceIdIn: ListParam.optional(),
  processInstanceBusinessKey: z.string().optional(),
  processInstanceBusinessKeyIn: ListParam.optional(),
  processInstanceBusinessKeyLike: z.string().optional(),
  processDefinitionKey: z.string().optional(),
  processDefinitionKeyIn: ListParam.optional(),
  processDefinitionId: z.string().optional(),
  // Promesa's execution of a task is its instance (as C7's root execution).
  executionId: z.string().optional(),
  taskDefinitionKey: z.string().optional(),
  taskDefinitionKeyIn: ListParam.optional(),
  taskDefinitionKeyLike: z.string().optional(),
  name: z.string().optional(),
  nameLike: z.string().optional(),
  assignee: z.string().optional(),
  assigneeIn: ListParam.optional(),
  assigneeLike: z.string().optional(),
  assigned: BooleanParam.optional(),
  unassigned: BooleanParam.optional(),
  candidateUser: z.string().optional(),
  candidateGroup: z.string().optional(),
  candidateGroups: ListParam.optional(),
  includeAssignedTasks: BooleanParam.optional(),
  involvedUser: z.string().optional(),
  withCandidateGroups: BooleanParam.optional(),
  withoutCandidateGroups: BooleanParam.optional(),
  withCandidateUsers: BooleanParam.optional(),
  withoutCandidateUsers: BooleanParam.optional(),
  priority: z.coerce.number().int().optional(),
  minPriority: z.coerce.number().int().optional(),
  maxPriority: z.coerce.number().int().optional(),
  dueDate: date('dueDate').optional(),
  dueBefore: date('dueBefore').optional(),
  dueAfter: date('dueAfter').optional(),
  withoutDueDate: BooleanParam.optional(),
  followUpDate: date('followUpDate').optional(),
  followUpBefore: date('followUpBefore').optional(),
  followUpAfter: date('followUpAfter').optional(),
  followUpBeforeOrNotExistent: date('followUpBeforeOrNotExistent').optional(),
  createdOn: date('createdOn').optional(),
  createdBefore: date('createdBefore').optional(),
  createdAfter: date('createdAfter').optional(),
  active: BooleanParam.optional(),
  suspended: BooleanParam.optional(),
  sortBy: z
    .enum(['id', 'name', 'assignee', 'created', 'dueDate', 'priority', 'instanceId', 'executionId'])
    .optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});
type Query = z.infer<typeof TaskQuery>;

const sortKeys: Record<NonNullable<Query['sortBy']>, TaskSortKey> = {
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

const list = createRoute({
  method: 'get',
  path: '/task',
  ...doc("Query open tasks the caller may see, with Camunda's common filters"),
  request: { query: TaskQuery },
});
const count = createRoute({
  method: 'get',
  path: '/task/count',
  ...doc('Count the tasks the same query returns: `{ count }`'),
  request: {
    query: TaskQuery.omit({ sortBy: true, sortOrder: true, firstResult: true, maxResults: true }),
  },
});
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
  async function storeQuery(principal: Principal, q: Query): Promise<TaskQueryOf | undefined> {
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    if (q.candidateUser !== undefined && (q.candidateGroup ?? q.candidateGroups) !== undefined)
      throw invalidRequest('Invalid query usage: cannot set both candidateUser and candidateGroup');
    // Nothing is ever suspended in Promesa.
    if (q.suspended === true || q.active === false) return undefined;
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
    };
    return {
      state: 'open',
      dueBefore: q.dueBefore,
      dueAfter: q.dueAfter,
      createdBefore: q.createdBefore,
      createdAfter: q.createdAfter,
      match,
      sort: [{ by: q.sortBy ? sortKeys[q.sortBy] : 'created', descending: q.sortOrder === 'desc' }],
      offset: q.firstResult,
      limit: q.maxResults,
      ...taskVisibility(principal),
    };
  }

  app.openapi(list, async (c) => {
    const query = await storeQuery(c.var.principal!, c.req.valid('query'));
    return c.json(query ? (await engine.listTasks(query)).map(toTaskDto) : [], 200);
  });

  app.openapi(count, async (c) => {
    const query = await storeQuery(c.var.principal!, c.req.valid('query'));
    return c.json({ count: query ? await engine.countTasks(query) : 0 }, 200);
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
