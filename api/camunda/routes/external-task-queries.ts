import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, ExternalTaskRecord } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, notFound } from '../errors.ts';
import { equalTo, flagHolds, withinBounds, oneOfList, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
import { suspensionFilter } from '../query-params.ts';
import { BooleanParam, camundaApp, doc, IdParam } from '../route.ts';

/**
 * Reading external tasks as an operator does (Cockpit, scripts): the open ones, by Camunda's
 * external task query; one by id, its error details, the topics in use. Open external tasks are
 * the work under way now, so they are filtered here over the store's open rows.
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
const sortValue: Record<(typeof SORT_BY)[number], SortValue<ExternalTaskRecord>> = {
  id: (t) => t.id,
  lockExpirationTime: (t) => t.lockExpiresAt,
  processInstanceId: (t) => t.instanceId,
  processDefinitionId: (t) => t.definitionId,
  processDefinitionKey: (t) => t.processId,
  taskPriority: (t) => t.priority,
  tenantId: () => null,
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

const locked = (t: ExternalTaskRecord, now: number) => (t.lockExpiresAt ?? 0) > now;
const retriesLeft = (t: ExternalTaskRecord) => t.retries !== 0;

function matches(t: ExternalTaskRecord, q: Query, now: number): boolean {
  return (
    equalTo(t.id, q.externalTaskId) &&
    oneOfList(t.id, q.externalTaskIdIn) &&
    equalTo(t.workerId, q.workerId) &&
    flagHolds(q.locked, locked(t, now)) &&
    flagHolds(q.notLocked, !locked(t, now)) &&
    flagHolds(q.withRetriesLeft, retriesLeft(t)) &&
    flagHolds(q.noRetriesLeft, !retriesLeft(t)) &&
    withinBounds(t.lockExpiresAt, q.lockExpirationAfter, q.lockExpirationBefore) &&
    equalTo(t.elementId, q.activityId) &&
    oneOfList(t.elementId, q.activityIdIn) &&
    equalTo(t.instanceId, q.executionId) &&
    oneOfList(t.instanceId, q.processInstanceIdIn) &&
    equalTo(t.definitionId, q.processDefinitionId) &&
    // Nothing belongs to a tenant.
    q.tenantIdIn === undefined &&
    [undefined, t.suspended].includes(suspensionFilter(q)) &&
    (q.priorityHigherThanOrEquals === undefined || t.priority >= q.priorityHigherThanOrEquals) &&
    (q.priorityLowerThanOrEquals === undefined || t.priority <= q.priorityLowerThanOrEquals)
  );
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

  async function matching(q: Query): Promise<ExternalTaskRecord[]> {
    const now = engine.now();
    const open = await engine.listExternalTasks({
      state: 'open',
      instanceId: q.processInstanceId,
      topic: q.topicName,
    });
    return open.filter((t) => matches(t, q, now));
  }

  async function openTask(id: string): Promise<ExternalTaskRecord> {
    const task = await ifFound(engine.getExternalTask(id));
    if (task?.state !== 'open') throw notFound(`External task with id ${id} does not exist`);
    return task;
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/external-task',
      noun: 'open external tasks',
      filters,
      sortBy: SORT_BY,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toExternalTaskDto,
    }),
  );

  app.openapi(topicNames, async (c) => {
    const q = c.req.valid('query');
    const now = engine.now();
    const topics = (await engine.listExternalTasks({ state: 'open' }))
      .filter(
        (t) =>
          (!q.withLockedTasks || locked(t, now)) &&
          (!q.withUnlockedTasks || !locked(t, now)) &&
          (!q.withRetriesLeft || retriesLeft(t)),
      )
      .map((t) => t.topic);
    return c.json([...new Set(topics)].sort(), 200);
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
