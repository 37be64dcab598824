import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, IncidentRecord } from '../../../engine/index.ts';
import { camundaDate, page } from '../dto.ts';
import { ifFound, invalidRequest } from '../errors.ts';
import { camundaApp, doc, Paging } from '../route.ts';

const IncidentQuery = z.object({
  incidentId: z.string().optional(),
  incidentType: z.string().optional(),
  processInstanceId: z.string().optional(),
  processDefinitionId: z.string().optional(),
  activityId: z.string().optional(),
  configuration: z.string().optional(),
  sortBy: z
    .enum(['incidentId', 'incidentTimestamp', 'incidentType', 'activityId', 'processInstanceId'])
    .optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});

const list = createRoute({
  method: 'get',
  path: '/incident',
  ...doc("Open incidents (`failedExternalTask`, `failedJob`, and Promesa's own types)"),
  request: { query: IncidentQuery },
});

/** `IncidentDto`. `configuration` names what failed: the external task or job id, as in Camunda. */
function toIncidentDto(i: IncidentRecord, definitionId: string | null) {
  return {
    id: i.id,
    processDefinitionId: definitionId,
    processInstanceId: i.instanceId,
    executionId: i.instanceId,
    incidentTimestamp: camundaDate(i.createdAt),
    incidentType: i.type,
    activityId: i.elementId,
    failedActivityId: i.elementId,
    causeIncidentId: i.id,
    rootCauseIncidentId: i.id,
    configuration: i.externalTaskId ?? i.jobId ?? null,
    incidentMessage: i.message,
    tenantId: null,
    jobDefinitionId: null,
    annotation: null,
  };
}

/** `GET /incident`: the runtime incidents, i.e. the open ones (resolved ones leave Camunda's runtime). */
export function incidentRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    const incidents = await engine.listIncidents({ instanceId: q.processInstanceId, open: true });
    const definitionOf = new Map<string, string | null>();
    for (const id of new Set(incidents.map((i) => i.instanceId)))
      definitionOf.set(id, (await ifFound(engine.getInstance(id)))?.definitionId ?? null);
    const dtos = incidents
      .map((i) => toIncidentDto(i, definitionOf.get(i.instanceId) ?? null))
      .filter(
        (i) =>
          (q.incidentId === undefined || i.id === q.incidentId) &&
          (q.incidentType === undefined || i.incidentType === q.incidentType) &&
          (q.processDefinitionId === undefined ||
            i.processDefinitionId === q.processDefinitionId) &&
          (q.activityId === undefined || i.activityId === q.activityId) &&
          (q.configuration === undefined || i.configuration === q.configuration),
      );
    if (q.sortBy) {
      const field = (
        {
          incidentId: 'id',
          incidentTimestamp: 'incidentTimestamp',
          incidentType: 'incidentType',
          activityId: 'activityId',
          processInstanceId: 'processInstanceId',
        } as const
      )[q.sortBy];
      const sign = q.sortOrder === 'desc' ? -1 : 1;
      dtos.sort((a, b) =>
        (a[field] ?? '') < (b[field] ?? '')
          ? -sign
          : (a[field] ?? '') > (b[field] ?? '')
            ? sign
            : 0,
      );
    }
    return c.json(page(dtos, q), 200);
  });

  return app;
}
