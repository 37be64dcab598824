import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, TaskRecord } from '../../../engine/index.ts';
import type { Identity } from '../../auth/identity.ts';
import type { Principal } from '../../auth/roles.ts';
import { loadVisibleTask, taskVisibility } from '../../auth/task-access.ts';
import { camundaDate, page, parseCamundaDate } from '../dto.ts';
import { invalidRequest, notFound } from '../errors.ts';
import { BooleanParam, camundaApp, doc, IdParam, ListParam, Paging } from '../route.ts';

/** `TaskDto`. Promesa has no owners, descriptions, cases or tenants: those are null. */
export function toTaskDto(t: TaskRecord) {
  return {
    id: t.id,
    name: t.name ?? null,
    assignee: t.assignee ?? null,
    owner: null,
    created: camundaDate(t.createdAt),
    lastUpdated: camundaDate(t.claimedAt),
    due: camundaDate(t.dueAt),
    followUp: camundaDate(t.followUpAt),
    delegationState: null,
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

const TaskQuery = z.object({
  taskId: z.string().optional(),
  taskIdIn: ListParam.optional(),
  processInstanceId: z.string().optional(),
  processInstanceIdIn: ListParam.optional(),
  processInstanceBusinessKey: z.string().optional(),
  processInstanceBusinessKeyIn: ListParam.optional(),
  processDefinitionKey: z.string().optional(),
  processDefinitionKeyIn: ListParam.optional(),
  processDefinitionId: z.string().optional(),
  taskDefinitionKey: z.string().optional(),
  taskDefinitionKeyIn: ListParam.optional(),
  name: z.string().optional(),
  assignee: z.string().optional(),
  assigned: BooleanParam.optional(),
  unassigned: BooleanParam.optional(),
  candidateUser: z.string().optional(),
  candidateGroup: z.string().optional(),
  candidateGroups: ListParam.optional(),
  includeAssignedTasks: BooleanParam.optional(),
  priority: z.coerce.number().int().optional(),
  minPriority: z.coerce.number().int().optional(),
  maxPriority: z.coerce.number().int().optional(),
  dueBefore: date('dueBefore').optional(),
  dueAfter: date('dueAfter').optional(),
  createdBefore: date('createdBefore').optional(),
  createdAfter: date('createdAfter').optional(),
  active: BooleanParam.optional(),
  suspended: BooleanParam.optional(),
  sortBy: z
    .enum(['id', 'name', 'assignee', 'created', 'dueDate', 'priority', 'instanceId'])
    .optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});

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
  request: { query: TaskQuery },
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

const sortKeys: Record<string, (t: TaskRecord) => string | number> = {
  id: (t) => t.id,
  name: (t) => t.name ?? '',
  assignee: (t) => t.assignee ?? '',
  created: (t) => t.createdAt,
  dueDate: (t) => t.dueAt ?? Number.MAX_SAFE_INTEGER,
  priority: (t) => t.priority,
  instanceId: (t) => t.instanceId,
};

/** Task queries, one task, its identity links. */
export function taskRoutes(engine: Engine, identity: Identity) {
  const app = camundaApp();

  /** Filters the store takes go to the store; Camunda's others apply to its answer. */
  async function query(principal: Principal, q: z.infer<typeof TaskQuery>): Promise<TaskRecord[]> {
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    if (q.suspended === true || q.active === false) return [];
    const tasks = await engine.listTasks({
      state: 'open',
      instanceId: q.processInstanceId,
      processId: q.processDefinitionKey,
      businessKey: q.processInstanceBusinessKey,
      elementId: q.taskDefinitionKey,
      assignee: q.assignee,
      candidateGroups: q.candidateGroup !== undefined ? [q.candidateGroup] : q.candidateGroups,
      dueBefore: q.dueBefore,
      dueAfter: q.dueAfter,
      createdBefore: q.createdBefore,
      createdAfter: q.createdAfter,
      ...taskVisibility(principal),
    });
    // Camunda's candidateUser includes the user's groups; candidate filters skip assigned tasks unless asked.
    const candidate =
      q.candidateUser === undefined
        ? undefined
        : { user: q.candidateUser, groups: await identity.store.groupsOf(q.candidateUser) };
    const byCandidate =
      candidate !== undefined || q.candidateGroup !== undefined || q.candidateGroups !== undefined;
    const within = <T>(list: T[] | undefined, value: T) =>
      list === undefined || list.includes(value);
    const found = tasks.filter(
      (t) =>
        (q.taskId === undefined || t.id === q.taskId) &&
        within(q.taskIdIn, t.id) &&
        within(q.processInstanceIdIn, t.instanceId) &&
        within(q.processInstanceBusinessKeyIn, t.businessKey ?? '') &&
        within(q.processDefinitionKeyIn, t.processId) &&
        within(q.taskDefinitionKeyIn, t.elementId) &&
        (q.processDefinitionId === undefined || t.definitionId === q.processDefinitionId) &&
        (q.name === undefined || t.name === q.name) &&
        (q.assigned === undefined || q.assigned === !!t.assignee) &&
        (q.unassigned === undefined || q.unassigned === !t.assignee) &&
        (!candidate ||
          t.candidateUsers.includes(candidate.user) ||
          t.candidateGroups.some((g) => candidate.groups.includes(g))) &&
        (!byCandidate || q.includeAssignedTasks === true || !t.assignee) &&
        (q.priority === undefined || t.priority === q.priority) &&
        (q.minPriority === undefined || t.priority >= q.minPriority) &&
        (q.maxPriority === undefined || t.priority <= q.maxPriority),
    );
    const key = sortKeys[q.sortBy ?? 'created']!;
    const sign = q.sortOrder === 'desc' ? -1 : 1;
    return found.sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
  }

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    return c.json(page(await query(c.var.principal!, q), q).map(toTaskDto), 200);
  });

  app.openapi(count, async (c) =>
    c.json({ count: (await query(c.var.principal!, c.req.valid('query'))).length }, 200),
  );

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
