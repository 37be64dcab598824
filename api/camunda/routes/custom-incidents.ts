import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';
import { toIncidentDto } from './incident.ts';

/**
 * Custom incidents, as Camunda's `RuntimeService.createIncident`: a script marks the activity an
 * execution (Promesa's running instance) waits in with a type and message of its own. It stops
 * nothing and lists with every other incident until `DELETE /incident/{id}` resolves it.
 */

const CreateIncidentBody = z
  .object({
    incidentType: z.string().max(255).nullable().optional(),
    configuration: z.string().max(4000).nullable().optional(),
    message: z.string().max(4000).nullable().optional(),
  })
  .strict();

const create = createRoute({
  method: 'post',
  path: '/execution/{id}/create-incident',
  ...doc('Raise a custom incident at the activity a running instance waits in'),
  request: { params: IdParam, body: requiredJson(CreateIncidentBody) },
});

export function customIncidentRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    if (!body.incidentType) throw invalidRequest('incidentType is null');
    // Promesa's `configuration` names the job or external task that failed; it keeps no other.
    if (body.configuration != null)
      throw invalidRequest(
        'configuration is not supported: a custom incident keeps its type and message only',
      );
    const incident = await engine.createIncident(id, {
      type: body.incidentType,
      message: body.message,
    });
    const instance = await engine.getInstance(incident.instanceId);
    return c.json(toIncidentDto({ incident, instance }), 200);
  });

  return app;
}
