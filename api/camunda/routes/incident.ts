import { createRoute } from '@hono/zod-openapi';
import type { Engine, IncidentRecord, InstanceView } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { equalTo, likePattern, oneOfList, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
import { camundaApp, doc, IdParam } from '../route.ts';

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
interface Found {
  incident: IncidentRecord;
  instance: InstanceView | undefined;
}
const configurationOf = (i: IncidentRecord) => i.externalTaskId ?? i.jobId ?? null;
const sortValue: Record<(typeof SORT_BY)[number], SortValue<Found>> = {
  incidentId: (f) => f.incident.id,
  incidentMessage: (f) => f.incident.message,
  incidentTimestamp: (f) => f.incident.createdAt,
  incidentType: (f) => f.incident.type,
  executionId: (f) => f.incident.instanceId,
  activityId: (f) => f.incident.elementId,
  processInstanceId: (f) => f.incident.instanceId,
  processDefinitionId: (f) => f.instance?.definitionId,
  causeIncidentId: (f) => f.incident.id,
  rootCauseIncidentId: (f) => f.incident.id,
  configuration: (f) => configurationOf(f.incident),
  tenantId: () => null,
};

/** `IncidentDto`. `configuration` names what failed: the external task or job id, as in Camunda. */
function toIncidentDto({ incident: i, instance }: Found) {
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
    annotation: null,
  };
}

function matches({ incident: i, instance }: Found, q: Query): boolean {
  const at = i.createdAt;
  return (
    equalTo(i.id, q.incidentId) &&
    equalTo(i.type, q.incidentType) &&
    equalTo(i.message, q.incidentMessage) &&
    likePattern(i.message, q.incidentMessageLike) &&
    equalTo(instance?.definitionId, q.processDefinitionId) &&
    oneOfList(instance?.processId, q.processDefinitionKeyIn) &&
    equalTo(i.instanceId, q.executionId) &&
    (q.incidentTimestampBefore === undefined || at < q.incidentTimestampBefore) &&
    (q.incidentTimestampAfter === undefined || at > q.incidentTimestampAfter) &&
    equalTo(i.elementId, q.activityId) &&
    equalTo(i.elementId, q.failedActivityId) &&
    equalTo(i.id, q.causeIncidentId) &&
    equalTo(i.id, q.rootCauseIncidentId) &&
    equalTo(configurationOf(i), q.configuration) &&
    // Nothing belongs to a tenant or a job definition.
    q.tenantIdIn === undefined &&
    q.jobDefinitionIdIn === undefined
  );
}

const get = createRoute({
  method: 'get',
  path: '/incident/{id}',
  ...doc('One open incident'),
  request: { params: IdParam },
});
const resolve = createRoute({
  method: 'delete',
  path: '/incident/{id}',
  ...doc(
    'Resolve an incident: refused for every type Promesa raises, as Camunda refuses its own types; retry the job or external task instead',
  ),
  request: { params: IdParam },
});

/**
 * `/incident`: the runtime incidents, i.e. the open ones (resolved ones leave Camunda's runtime),
 * Camunda's incident query over them.
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

  async function matching(q: Query): Promise<Found[]> {
    const open = await engine.listIncidents({ instanceId: q.processInstanceId, open: true });
    return (await withInstances(open)).filter((f) => matches(f, q));
  }

  async function openIncident(id: string): Promise<Found> {
    const incident = (await engine.listIncidents({ open: true })).find((i) => i.id === id);
    if (!incident) throw notFound(`Incident with id ${id} does not exist`);
    return (await withInstances([incident]))[0]!;
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/incident',
      noun: "open incidents (`failedExternalTask`, `failedJob`, and Promesa's own types)",
      filters,
      sortBy: SORT_BY,
      getOnly: true,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toIncidentDto,
    }),
  );

  app.openapi(get, async (c) =>
    c.json(toIncidentDto(await openIncident(c.req.valid('param').id)), 200),
  );

  app.openapi(resolve, async (c) => {
    const { incident } = await openIncident(c.req.valid('param').id);
    throw invalidRequest(
      `Cannot resolve an incident of type ${incident.type}: retry it instead (the retries of its job or external task, or POST /api/incidents/{id}/retry)`,
    );
  });

  return app;
}
