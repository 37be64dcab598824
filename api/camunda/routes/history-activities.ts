import { createRoute } from '@hono/zod-openapi';
import type { ActivityPassQuery, ActivityPassSortKey, Engine } from '../../../engine/index.ts';
import { notFound } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { camundaApp, doc, IdParam } from '../route.ts';
import { activityInstances, elementTypeOf, passOf } from './activity-instances.ts';

const filters = {
  activityInstanceId: param.text(),
  processInstanceId: param.text(),
  processDefinitionId: param.text(),
  executionId: param.text(),
  activityId: param.text(),
  activityType: param.text(),
  taskAssignee: param.text(),
  finished: param.bool(),
  unfinished: param.bool(),
  canceled: param.bool(),
  startedBefore: param.date('startedBefore'),
  startedAfter: param.date('startedAfter'),
  finishedBefore: param.date('finishedBefore'),
  finishedAfter: param.date('finishedAfter'),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
};
const SORT_BY = [
  'activityInstanceId',
  'instanceId',
  'executionId',
  'activityId',
  'activityType',
  'startTime',
  'endTime',
  'duration',
  'definitionId',
  'occurrence',
  'tenantId',
] as const;
const sortKeyOf: Record<(typeof SORT_BY)[number], ActivityPassSortKey | undefined> = {
  activityInstanceId: 'seq',
  instanceId: 'instanceId',
  executionId: 'instanceId',
  activityId: 'elementId',
  activityType: 'elementType',
  startTime: 'started',
  endTime: 'ended',
  duration: 'duration',
  definitionId: 'definitionId',
  occurrence: 'seq',
  // Nothing belongs to a tenant: every activity instance sorts alike.
  tenantId: undefined,
};
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** One of two filters on one field, or both when they agree; null when they differ. */
const both = <T>(a: T | undefined, b: T | undefined): T | undefined | null =>
  a === undefined ? b : b === undefined || a === b ? a : null;

/** The store query of a historic activity instance query; undefined when nothing can match. */
function storeQuery(
  q: Query,
  page: { firstResult?: number; maxResults?: number } = {},
): ActivityPassQuery | undefined {
  if (q.tenantIdIn !== undefined) return undefined;
  const pass = q.activityInstanceId === undefined ? undefined : passOf(q.activityInstanceId);
  if (q.activityInstanceId !== undefined && !pass) return undefined;
  const instanceId = both(both(q.processInstanceId, q.executionId), pass?.instanceId);
  const ended = both(q.finished, q.unfinished === undefined ? undefined : !q.unfinished);
  if (instanceId === null || ended === null) return undefined;
  return {
    seq: pass?.seq,
    instanceId,
    definitionId: q.processDefinitionId,
    elementId: q.activityId,
    elementType: q.activityType === undefined ? undefined : elementTypeOf(q.activityType),
    taskAssignee: q.taskAssignee,
    ended,
    cancelled: q.canceled,
    startedBefore: q.startedBefore,
    startedAfter: q.startedAfter,
    endedBefore: q.finishedBefore,
    endedAfter: q.finishedAfter,
    sort: storeSort(q.sort, sortKeyOf),
    offset: page.firstResult,
    limit: page.maxResults,
  };
}

const one = createRoute({
  method: 'get',
  path: '/history/activity-instance/{id}',
  ...doc('One historic activity instance'),
  request: { params: IdParam },
});

/**
 * `/history/activity-instance`: each pass of a token through a flow node, its start, end and
 * cancellation, queried in the store.
 */
export function historyActivityRoutes(engine: Engine) {
  const app = camundaApp();

  addQueryRoutes(app, {
    path: '/history/activity-instance',
    noun: 'historic activity instances',
    filters,
    sortBy: SORT_BY,
    async list(_c, q, paging) {
      const query = storeQuery(q, paging);
      return query ? activityInstances(engine, query) : [];
    },
    async count(_c, q) {
      const query = storeQuery(q);
      return query ? engine.countActivityPasses(query) : 0;
    },
  });

  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const pass = passOf(id);
    const [found] = pass ? await activityInstances(engine, pass) : [];
    if (found?.id !== id) throw notFound(`Historic activity instance with id ${id} does not exist`);
    return c.json(found, 200);
  });

  return app;
}
