import { createRoute, z } from '@hono/zod-openapi';
import type {
  Engine,
  ExternalTaskQuery,
  ExternalTaskRecord,
  ExternalTaskSortKey,
} from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, notFound } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { allOf, pairedFlag, suspensionFilter } from '../query-params.ts';
import { BooleanParam, camundaApp, doc, IdParam } from '../route.ts';

/**
 * Reading external tasks as an operator does (Cockpit, scripts): the open ones, by Camunda's
 * external task query, filtered, sorted, counted and paged in the store; one by id, its error
 * details, the topics in use.
 */

const filters = {
  externalTaskId: param.text(),
  externalTaskIdIn: param.list(),
  topicName: param.text(),
  workerId: param.text(),
  locked: param.bool(),
  notLocked: param.bool(),
  withRetriesLeft: param.bool(),
  noRetriesLeft: param.bool(),
  lockExpirationAfter: param.date('lockExpirationAfter'),
  lockExpirationBefore: param.date('lockExpirationBefore'),
  activityId: param.text(),
  activityIdIn: param.list(),
  executionId: param.text(),
  processInstanceId: param.text(),
  processInstanceIdIn: param.list(),
  processDefinitionId: param.text(),
  tenantIdIn: param.list(),
  active: param.bool(),
  suspended: param.bool(),
  priorityHigherThanOrEquals: param.int(),
  priorityLowerThanOrEquals: param.int(),
};
const SORT_BY = [
  'id',
  'lockExpirationTime',
  'processInstanceId',
  'processDefinitionId',
  'processDefinitionKey',
  'taskPriority',
  'tenantId',
] as const;
const sortKeyOf: Record<(typeof SORT_BY)[number], ExternalTaskSortKey | undefined> = {
  id: 'id',
  lockExpirationTime: 'lockExpiresAt',
  processInstanceId: 'instanceId',
  processDefinitionId: 'definitionId',
  processDefinitionKey: 'processId',
  taskPriority: 'priority',
  // Nothing belongs to a tenant: every task sorts alike.
  tenantId: undefined,
};

/** `ExternalTaskDto`. Promesa's execution of a task is its instance (C7's root execution). */
export function toExternalTaskDto(t: ExternalTaskRecord) {
  return {
    activityId: t.elementId,
    activityInstanceId: `${t.elementId}:${t.tokenId}`,
    errorMessage: t.errorMessage ?? null,
    executionId: t.instanceId,
    id: t.id,
    lockExpirationTime: camundaDate(t.lockExpiresAt),
    createTime: camundaDate(t.createdAt),
    processDefinitionId: t.definitionId,
    processDefinitionKey: t.processId,
    processDefinitionVersionTag: null,
    processInstanceId: t.instanceId,
    tenantId: null,
    retries: t.retries ?? null,
    suspended: t.suspended,
    workerId: t.workerId ?? null,
    topicName: t.topic,
    priority: t.priority,
    businessKey: t.businessKey ?? null,
  };
}

type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/**
 * The store query of a Camunda external task query over the open tasks at `now`; undefined
 * when nothing can match.
 */
function storeQuery(
  q: Query,
  now: number,
  page: { firstResult?: number; maxResults?: number } = {},
): ExternalTaskQuery | undefined {
  // Nothing belongs to a tenant.
  if (q.tenantIdIn !== undefined) return undefined;
  const held = pairedFlag(q.locked, q.notLocked);
  const withRetries = pairedFlag(q.withRetriesLeft, q.noRetriesLeft);
  if (held === null || withRetries === null) return undefined;
  return {
    state: 'open',
    topic: q.topicName,
    workerId: q.workerId,
    suspended: suspensionFilter(q),
    match: {
      ids: allOf(q.externalTaskId, q.externalTaskIdIn),
      // A task's execution is its instance.
      instanceIds: allOf(q.processInstanceId, q.executionId, q.processInstanceIdIn),
      elementIds: allOf(q.activityId, q.activityIdIn),
      definitionIds: allOf(q.processDefinitionId),
      lock: held === undefined ? undefined : { now, held },
      retriesLeft: withRetries,
      lockExpiresAfter: q.lockExpirationAfter,
      lockExpiresBefore: q.lockExpirationBefore,
      priorityAtLeast: q.priorityHigherThanOrEquals,
      priorityAtMost: q.priorityLowerThanOrEquals,
    },
    sort: storeSort(q.sort, sortKeyOf),
    offset: page.firstResult,
    limit: page.maxResults,
  };
}

const get = createRoute({
  method: 'get',
  path: '/external-task/{id}',
  ...doc('One open external task'),
  request: { params: IdParam },
});
const errorDetails = createRoute({
  method: 'get',
  path: '/external-task/{id}/errorDetails',
  ...doc('The error details of the last failure, as text; 204 when there are none'),
  request: { params: IdParam },
});
const topicNames = createRoute({
  method: 'get',
  path: '/external-task/topic-names',
  ...doc('The topics of the open external tasks, each once'),
  request: {
    query: z.object({
      withLockedTasks: BooleanParam.optional(),
      withUnlockedTasks: BooleanParam.optional(),
      withRetriesLeft: BooleanParam.optional(),
    }),
  },
});

export function externalTaskQueryRoutes(engine: Engine) {
  const app = camundaApp();

  async function openTask(id: string): Promise<ExternalTaskRecord> {
    const task = await ifFound(engine.getExternalTask(id));
    if (task?.state !== 'open') throw notFound(`External task with id ${id} does not exist`);
    return task;
  }

  addQueryRoutes(app, {
    path: '/external-task',
    noun: 'open external tasks',
    filters,
    sortBy: SORT_BY,
    async list(_c, q, paging) {
      const query = storeQuery(q, engine.now(), paging);
      return query ? (await engine.listExternalTasks(query)).map(toExternalTaskDto) : [];
    },
    async count(_c, q) {
      const query = storeQuery(q, engine.now());
      return query ? engine.countExternalTasks(query) : 0;
    },
  });

  app.openapi(topicNames, async (c) => {
    const q = c.req.valid('query');
    const held = pairedFlag(q.withLockedTasks || undefined, q.withUnlockedTasks || undefined);
    if (held === null) return c.json([], 200);
    const open = await engine.listExternalTasks({
      state: 'open',
      match: {
        lock: held === undefined ? undefined : { now: engine.now(), held },
        retriesLeft: q.withRetriesLeft || undefined,
      },
    });
    return c.json([...new Set(open.map((t) => t.topic))].sort(), 200);
  });

  app.openapi(get, async (c) =>
    c.json(toExternalTaskDto(await openTask(c.req.valid('param').id)), 200),
  );

  app.openapi(errorDetails, async (c) => {
    const task = await openTask(c.req.valid('param').id);
    if (task.errorDetails == null) return c.body(null, 204);
    return c.text(task.errorDetails, 200);
  });

  return app;
}
