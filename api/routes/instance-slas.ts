import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, NotFoundError, type Engine } from '../../engine/index.ts';
import { steeredSlas } from '../auth/supervision.ts';
import { IdParams } from '../schemas/common.ts';
import { RetargetSlaBody, Sla, SlaParams, toSla } from '../schemas/slas.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const tags = ['process instances'];

const list = createRoute({
  method: 'get',
  path: '/{id}/slas',
  tags,
  summary: 'The SLAs of an instance, running and closed, oldest first',
  description:
    'Supervisors see the SLAs of the lanes they steer; 404 when the instance has none of those.',
  request: { params: IdParams },
  responses: { 200: json(z.array(Sla), 'SLA records'), ...errors(404) },
});

const retarget = createRoute({
  method: 'post',
  path: '/{id}/slas/{slaId}/retarget',
  tags,
  summary:
    'Give a running SLA a new target, counted from its start; the task due date and timers move with it',
  description:
    'Time already spent and paused stays spent. 409 when the SLA has closed; 403 for a supervisor ' +
    'when the SLA belongs to a lane they do not steer.',
  request: { params: SlaParams, body: body(RetargetSlaBody) },
  responses: { 200: json(Sla, 'The SLA with its new target'), ...errors(404, 409) },
});

/** `/api/process-instances/{id}/slas`: what supervisors watch and re-target. */
export function instanceSlaRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    const all = await engine.listSlas({ instanceId: id });
    const slas = await steeredSlas(engine, c.var.principal!, all);
    // No SLA can also mean no such instance: that one is a 404.
    if (slas.length === 0) {
      await engine.getInstance(id);
      if (all.length > 0)
        throw new NotFoundError(
          'process-instance-not-found',
          `Process instance ${id} does not exist`,
        );
    }
    return c.json(slas.map(toSla), 200);
  });

  app.openapi(retarget, async (c) => {
    const { id, slaId } = c.req.valid('param');
    const find = async () =>
      (await engine.listSlas({ instanceId: id })).find((s) => s.id === slaId);
    const sla = await find();
    if (!sla) {
      await engine.getInstance(id);
      throw new NotFoundError('sla-not-found', `Process instance ${id} has no SLA ${slaId}`);
    }
    const principal = c.var.principal!;
    if ((await steeredSlas(engine, principal, [sla])).length === 0)
      throw new ForbiddenError(
        'lane-not-steered',
        `SLA ${slaId} belongs to ${sla.lane ?? 'no lane'}, which ${principal.username} does not supervise`,
      );
    await engine.retargetSla({ instanceId: id, slaId, duration: c.req.valid('json').duration });
    return c.json(toSla((await find())!), 200);
  });

  return app;
}
