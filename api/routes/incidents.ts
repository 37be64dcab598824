import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import { IdParams } from '../schemas/common.ts';
import { Incident, IncidentQuery, toIncident } from '../schemas/history.ts';
import { errors, json, noContent, resourceApp } from './openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['incidents'],
  summary: 'List incidents: tokens stuck on an error, waiting for an operator',
  request: { query: IncidentQuery },
  responses: { 200: json(z.array(Incident), 'Incidents, oldest first'), ...errors() },
});

const retry = createRoute({
  method: 'post',
  path: '/{id}/retry',
  tags: ['incidents'],
  summary: 'Retry: the stuck token runs its element again (external tasks get one more attempt)',
  request: { params: IdParams },
  responses: { 204: noContent, ...errors(404, 409) },
});

/** Incidents: list for operators, retry for developers. */
export function incidentRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) =>
    c.json((await engine.listIncidents(c.req.valid('query'))).map(toIncident), 200),
  );

  app.openapi(retry, async (c) => {
    await engine.retryIncident(c.req.valid('param').id);
    return c.body(null, 204);
  });

  return app;
}
