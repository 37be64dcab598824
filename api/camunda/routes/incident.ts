import { createRoute, z } from '@hono/zod-openapi';
import {
  type Engine,
  type IncidentQuery,
  type IncidentRecord,
  type IncidentSortKey,
  type InstanceView,
  isCustomIncident,
} from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';

const filters = {
  incidentId: param.text(),
  incidentType: param.text(),
  incidentMessage: param.text(),
  incidentMessageLike: param.text(),
  processDefinitionId: param.text(),
  processDefinitionKeyIn: param.list(),
  processInstanceId: param.text(),
  executionId: param.text(),
  incidentTimestampBefore: param.date('incidentTimestampBefore'),
  incidentTimestampAfter: param.date('incidentTimestampAfter'),
  activityId: param.text(),
  failedActivityId: param.text(),
  causeIncidentId: param.text(),
  rootCauseIncidentId: param.text(),
  configuration: param.text(),
  tenantIdIn: param.list(),
  jobDefinitionIdIn: param.list(),
};
const SORT_BY = [
  'incidentId',
  'incidentMessage',
  'incidentTimestamp',
  'incidentType',
  'executionId',
  'activityId',
  'processInstanceId',
  'processDefinitionId',
  'causeIncidentId',
  'rootCauseIncidentId',
  'configuration',
  'tenantId',
] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** An open incident with the instance it stopped. */
export interface Found {
  incident: IncidentRecord;
  instance: InstanceView | undefined;
}
const configurationOf = (i: IncidentRecord) => i.externalTaskId ?? i.jobId ?? null;
const sortKeyOf: Record<(typeof SORT_BY)[number], IncidentSortKey | undefined> = {
  incidentId: 'id',
  incidentMessage: 'message',
  incidentTimestamp: 'created',
  incidentType: 'type',
  executionId: 'instanceId',
  activityId: 'elementId',
  processInstanceId: 'instanceId',
  processDefinitionId: 'definitionId',
  causeIncidentId: 'id',
  rootCauseIncidentId: 'id',
  configuration: 'configuration',
  // Nothing belongs to a tenant: every incident sorts alike.
  tenantId: undefined,
};

/** `IncidentDto`. `configuration` names what failed: the external task or job id, as in Camunda. */
export function toIncidentDto({ incident: i, instance }: Found) {
  return {
    id: i.id,
    processDefinitionId: instance?.definitionId ?? null,
    processInstanceId: i.instanceId,
    executionId: i.instanceId,
    incidentTimestamp: camundaDate(i.createdAt),
    incidentType: i.type,
    activityId: i.elementId,
    failedActivityId: i.elementId,
    causeIncidentId: i.id,
    rootCauseIncidentId: i.id,
    configuration: configurationOf(i),
    incidentMessage: i.message,
    tenantId: null,
    jobDefinitionId: null,
    annotation: i.annotation ?? null,
  };
}

/** Both of two filters on one field: the one value, or nothing when they differ. */
const both = (a: string | null | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a === b ? a : null;

/** The store query of a Camunda incident query over the open incidents; undefined when nothing can match. */
function storeQuery(
  q: Query,
  page: { firstResult?: number; maxResults?: number } = {},
): IncidentQuery | undefined {
  // Nothing belongs to a tenant or a job definition.
  if (q.tenantIdIn !== undefined || q.jobDefinitionIdIn !== undefined) return undefined;
  // An incident is its own cause and root cause.
  const id = both(both(q.incidentId, q.causeIncidentId), q.rootCauseIncidentId);
  const instanceId = both(q.processInstanceId, q.executionId);
  const elementId = both(q.activityId, q.failedActivityId);
  if (id === null || instanceId === null || elementId === null) return undefined;
  return {
    open: true,
    instanceId,
    match: {
      ids: id === undefined ? undefined : [id],
      types: q.incidentType === undefined ? undefined : [q.incidentType],
      message: q.incidentMessage,
      messageLike: q.incidentMessageLike,
      elementIds: elementId === undefined ? undefined : [elementId],
      createdBefore: q.incidentTimestampBefore,
      createdAfter: q.incidentTimestampAfter,
      configuration: q.configuration,
      definitionIds: q.processDefinitionId === undefined ? undefined : [q.processDefinitionId],
      processIds: q.processDefinitionKeyIn,
    },
    sort: storeSort(q.sort, sortKeyOf),
    offset: page.firstResult,
    limit: page.maxResults,
  };
}

const get = createRoute({
  method: 'get',
  path: '/incident/{id}',
  ...doc('One open incident'),
  request: { params: IdParam },
});
const setAnnotation = createRoute({
  method: 'put',
  path: '/incident/{id}/annotation',
  ...doc("Set an operator's note on an open incident (null clears it)"),
  request: {
    params: IdParam,
    body: requiredJson(
      z.object({ annotation: z.string().max(4000).nullable().optional() }).strict(),
    ),
  },
});
const clearAnnotation = createRoute({
  method: 'delete',
  path: '/incident/{id}/annotation',
  ...doc("Clear an open incident's note"),
  request: { params: IdParam },
});
const resolve = createRoute({
  method: 'delete',
  path: '/incident/{id}',
  ...doc(
    'Resolve a custom incident (one raised by hand); refused for the types Promesa raises, as Camunda refuses its own: retry the job or external task instead',
  ),
  request: { params: IdParam },
});

/**
 * `/incident`: the runtime incidents, i.e. the open ones (resolved ones leave Camunda's runtime),
 * Camunda's incident query over them, filtered, sorted and paged in the store.
 */
export function incidentRoutes(engine: Engine) {
  const app = camundaApp();

  async function withInstances(incidents: IncidentRecord[]): Promise<Found[]> {
    const instances = new Map<string, InstanceView | undefined>();
    for (const id of new Set(incidents.map((i) => i.instanceId)))
      instances.set(id, await ifFound(engine.getInstance(id)));
    return incidents.map((incident) => ({
      incident,
      instance: instances.get(incident.instanceId),
    }));
  }

  async function openIncident(id: string): Promise<Found> {
    const [incident] = await engine.listIncidents({ open: true, match: { ids: [id] } });
    if (!incident) throw notFound(`Incident with id ${id} does not exist`);
    return (await withInstances([incident]))[0]!;
  }

  addQueryRoutes(app, {
    path: '/incident',
    noun: "open incidents (`failedExternalTask`, `failedJob`, and Promesa's own types)",
    filters,
    sortBy: SORT_BY,
    getOnly: true,
    async list(_c, q, paging) {
      const query = storeQuery(q, paging);
      return query
        ? (await withInstances(await engine.listIncidents(query))).map(toIncidentDto)
        : [];
    },
    async count(_c, q) {
      const query = storeQuery(q);
      return query ? engine.countIncidents(query) : 0;
    },
  });

  app.openapi(get, async (c) =>
    c.json(toIncidentDto(await openIncident(c.req.valid('param').id)), 200),
  );

  /** Camunda answers an unknown incident with a 400 here (`incident is null`). */
  async function annotate(id: string, annotation: string | null) {
    const [incident] = await engine.listIncidents({ open: true, match: { ids: [id] } });
    if (!incident) throw invalidRequest(`Incident with id ${id} does not exist: incident is null`);
    await engine.annotateIncident(id, annotation);
  }
  app.openapi(setAnnotation, async (c) => {
    await annotate(c.req.valid('param').id, c.req.valid('json').annotation ?? null);
    return c.body(null, 204);
  });
  app.openapi(clearAnnotation, async (c) => {
    await annotate(c.req.valid('param').id, null);
    return c.body(null, 204);
  });

  app.openapi(resolve, async (c) => {
    const { incident } = await openIncident(c.req.valid('param').id);
    if (isCustomIncident(incident)) {
      await engine.resolveIncident(incident.id);
      return c.body(null, 204);
    }
    throw invalidRequest(
      `Cannot resolve an incident of type ${incident.type}: retry it instead (the retries of its job or external task, or POST /api/incidents/{id}/retry)`,
    );
  });

  return app;
}
