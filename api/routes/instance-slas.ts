import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError, type Engine } from '../../engine/index.ts';
import { IdParams } from '../schemas/common.ts';
import { RetargetSlaBody, Sla, SlaParams, toSla } from '../schemas/slas.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const tags = ['process instances'];

const list = createRoute({
  method: 'get',
  path: '/{id}/slas',
  tags,
  summary: 'The SLAs of an instance, running and closed, oldest first',
  request: { params: IdParams },
  responses: { 200: json(z.array(Sla), 'SLA records'), ...errors(404) },
});

const retarget = createRoute({
  method: 'post',
  path: '/{id}/slas/{slaId}/retarget',
  tags,
  summary:
    'Give a running SLA a new target, counted from its start; the task due date and timers move with it',
  description: 'Time already spent and paused stays spent. 409 when the SLA has closed.',
  request: { params: SlaParams, body: body(RetargetSlaBody) },
  responses: { 200: json(Sla, 'The SLA with its new target'), ...errors(404, 409) },
});

/** `/api/process-instances/{id}/slas`: what supervisors watch and re-target. */
export function instanceSlaRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    const slas = await engine.listSlas({ instanceId: id });
    // No SLA can also mean no such instance: that one is a 404.
    if (slas.length === 0) await engine.getInstance(id);
    return c.json(slas.map(toSla), 200);
  });

  app.openapi(retarget, async (c) => {
    const { id, slaId } = c.req.valid('param');
    const find = async () =>
      (await engine.listSlas({ instanceId: id })).find((s) => s.id === slaId);
    if (!(await find())) {
      await engine.getInstance(id);
      throw new NotFoundError('sla-not-found', `Process instance ${id} has no SLA ${slaId}`);
    }
    await engine.retargetSla({ instanceId: id, slaId, duration: c.req.valid('json').duration });
    return c.json(toSla((await find())!), 200);
  });

  return app;
}
