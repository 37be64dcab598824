import { createRoute } from '@hono/zod-openapi';
import type {
  DefinitionRecord,
  Engine,
  InstanceQuery,
  InstanceSortKey,
  InstanceStatus,
  InstanceView,
} from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, notFound } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { camundaApp, doc, IdParam, oneOf } from '../route.ts';

const state: Record<InstanceStatus, string> = {
  active: 'ACTIVE',
  completed: 'COMPLETED',
  cancelled: 'EXTERNALLY_TERMINATED',
  terminated: 'INTERNALLY_TERMINATED',
};

/** The historic instance filters Promesa honours, all applied by the store; the rest are refused. */
const filters = {
  processInstanceId: param.text(),
  processInstanceIds: param.list(),
  processDefinitionId: param.text(),
  processDefinitionKey: param.text(),
  processDefinitionKeyIn: param.list(),
  processDefinitionKeyNotIn: param.list(),
  processInstanceBusinessKey: param.text(),
  processInstanceBusinessKeyLike: param.text(),
  superProcessInstanceId: param.text(),
  finished: param.bool(),
  unfinished: param.bool(),
  active: param.bool(),
  suspended: param.bool(),
  completed: param.bool(),
  externallyTerminated: param.bool(),
  internallyTerminated: param.bool(),
  startedBefore: param.date('startedBefore'),
  startedAfter: param.date('startedAfter'),
  finishedBefore: param.date('finishedBefore'),
  finishedAfter: param.date('finishedAfter'),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
  variables: param.variables(),
};
const SORT_BY = [
  'instanceId',
  'definitionId',
  'definitionKey',
  'businessKey',
  'startTime',
  'endTime',
  'tenantId',
] as const;
const sortKeyOf: Record<(typeof SORT_BY)[number], InstanceSortKey | undefined> = {
  instanceId: 'id',
  definitionId: 'definitionId',
  definitionKey: 'processId',
  businessKey: 'businessKey',
  startTime: 'started',
  endTime: 'ended',
  // Nothing belongs to a tenant: every instance sorts alike.
  tenantId: undefined,
};
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** The statuses the status flags leave; `undefined` when they do not narrow. */
function statusesOf(q: Query): InstanceStatus[] | undefined {
  const wanted: [boolean | undefined, InstanceStatus[]][] = [
    [q.finished, ['completed', 'cancelled', 'terminated']],
    [q.unfinished, ['active']],
    // Running, and told apart by the suspension (`suspensionOf`).
    [q.active, ['active']],
    [q.suspended, ['active']],
    [q.completed, ['completed']],
    [q.externallyTerminated, ['cancelled']],
    [q.internallyTerminated, ['terminated']],
  ];
  let statuses: InstanceStatus[] | undefined;
  for (const [flag, only] of wanted) {
    if (flag !== true) continue;
    statuses = (statuses ?? only).filter((s) => only.includes(s));
  }
  return statuses;
}

/** `ACTIVE` is a running instance not suspended, `SUSPENDED` one that is; both at once: none. */
function suspensionOf(q: Query): boolean | undefined {
  if (q.suspended === true) return true;
  if (q.active === true) return false;
  return undefined;
}

/** The store query of a historic instance query; undefined when nothing can match. */
function storeQuery(q: Query, page: { firstResult?: number; maxResults?: number } = {}) {
  if (q.tenantIdIn !== undefined) return undefined;
  if (q.active === true && q.suspended === true) return undefined;
  const ids = oneOf(q.processInstanceId, q.processInstanceIds);
  return {
    businessKey: q.processInstanceBusinessKey,
    definitionId: q.processDefinitionId,
    parentInstanceId: q.superProcessInstanceId,
    startedBefore: q.startedBefore,
    startedAfter: q.startedAfter,
    match: {
      ids,
      processIds: oneOf(q.processDefinitionKey, q.processDefinitionKeyIn),
      notProcessIds: q.processDefinitionKeyNotIn,
      businessKeyLike: q.processInstanceBusinessKeyLike,
      statuses: statusesOf(q),
      endedBefore: q.finishedBefore,
      endedAfter: q.finishedAfter,
      variables: q.variables,
      suspended: suspensionOf(q),
    },
    sort: storeSort(q.sort, sortKeyOf),
    offset: page.firstResult,
    limit: page.maxResults,
  } satisfies InstanceQuery;
}

const instance = createRoute({
  method: 'get',
  path: '/history/process-instance/{id}',
  ...doc('One historic process instance'),
  request: { params: IdParam },
});

/** `/history/process-instance`: running and ended instances, queried in the store. */
export function historyRoutes(engine: Engine) {
  const app = camundaApp();

  const definitionsById = async () =>
    new Map((await engine.listDefinitions({ latestOnly: false })).map((d) => [d.id, d]));

  function toHistoricInstance(i: InstanceView, definition: DefinitionRecord | undefined) {
    return {
      id: i.id,
      businessKey: i.businessKey ?? null,
      processDefinitionId: i.definitionId,
      processDefinitionKey: i.processId,
      processDefinitionName: definition?.name ?? null,
      processDefinitionVersion: definition?.version ?? null,
      startTime: camundaDate(i.startedAt),
      endTime: camundaDate(i.endedAt),
      removalTime: null,
      durationInMillis: i.endedAt == null ? null : i.endedAt - i.startedAt,
      startUserId: null,
      startActivityId: null,
      deleteReason: null,
      rootProcessInstanceId: i.id,
      superProcessInstanceId: null,
      superCaseInstanceId: null,
      caseInstanceId: null,
      tenantId: null,
      state: i.suspended ? 'SUSPENDED' : state[i.status],
    };
  }

  addQueryRoutes(app, {
    path: '/history/process-instance',
    noun: 'historic process instances, running and ended',
    filters,
    sortBy: SORT_BY,
    async list(_c, q, paging) {
      const query = storeQuery(q, paging);
      if (!query) return [];
      const [found, definitions] = await Promise.all([
        engine.listInstances(query),
        definitionsById(),
      ]);
      return found.map((i) => toHistoricInstance(i, definitions.get(i.definitionId)));
    },
    async count(_c, q) {
      const query = storeQuery(q);
      return query ? engine.countInstances(query) : 0;
    },
  });

  app.openapi(instance, async (c) => {
    const { id } = c.req.valid('param');
    const found = await ifFound(engine.getInstance(id));
    if (!found) throw notFound(`Historic process instance with id ${id} does not exist`);
    return c.json(
      toHistoricInstance(found, (await definitionsById()).get(found.definitionId)),
      200,
    );
  });

  return app;
}
