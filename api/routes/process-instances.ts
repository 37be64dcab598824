import { createRoute } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import { requireReadableInstance } from '../auth/instance-access.ts';
import { IdParams } from '../schemas/common.ts';
import {
  CancelBody,
  Instance,
  InstanceListQuery,
  InstancePage,
  SetVariablesBody,
  toInstance,
} from '../schemas/instances.ts';
import { body, errors, json, noContent, optionalBody, resourceApp } from './openapi.ts';

const tags = ['process instances'];

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'List and filter process instances, oldest first',
  request: { query: InstanceListQuery },
  responses: { 200: json(InstancePage, 'One page of instances'), ...errors() },
});
const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Get an instance with its active elements, tokens and variables',
  description:
    'Supervisors read the instances their lanes worked on (a task offered to one of their groups, or a promise in a lane they steer); 404 for any other.',
  request: { params: IdParams },
  responses: { 200: json(Instance, 'The instance'), ...errors(404) },
});
const setVariables = createRoute({
  method: 'post',
  path: '/{id}/variables',
  tags,
  summary: 'Set process variables',
  request: { params: IdParams, body: body(SetVariablesBody) },
  responses: { 204: noContent, ...errors(404, 409) },
});
const cancel = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  tags,
  summary: 'Cancel a running instance',
  request: { params: IdParams, body: optionalBody(CancelBody) },
  responses: { 204: noContent, ...errors(404, 409) },
});

const suspend = createRoute({
  method: 'post',
  path: '/{id}/suspend',
  tags,
  summary: 'Suspend a running instance until it is resumed',
  description:
    'Its timers and retries wait (SLA clocks keep running), its tasks cannot be claimed or completed, its external tasks are not fetched, messages and signals pass it by. Suspending a suspended instance changes nothing; 409 once it ended.',
  request: { params: IdParams },
  responses: { 204: noContent, ...errors(404, 409) },
});
const resume = createRoute({
  method: 'post',
  path: '/{id}/resume',
  tags,
  summary: 'Resume a suspended instance',
  description: 'Timers that fell due while it was suspended fire at once. 409 once it ended.',
  request: { params: IdParams },
  responses: { 204: noContent, ...errors(404, 409) },
});

/** Process instances: list, read, set variables, cancel, suspend and resume. */
export function processInstanceRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const items = await engine.listInstances(q);
    return c.json({ items: items.map(toInstance), limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    await requireReadableInstance(engine, c.var.principal!, id);
    return c.json(toInstance(await engine.getInstance(id)), 200);
  });

  app.openapi(setVariables, async (c) => {
    await engine.setVariables(c.req.valid('param').id, c.req.valid('json').variables, {
      userId: c.var.principal!.username,
    });
    return c.body(null, 204);
  });

  app.openapi(suspend, async (c) => {
    await engine.setInstanceSuspended(c.req.valid('param').id, true, {
      userId: c.var.principal!.username,
    });
    return c.body(null, 204);
  });

  app.openapi(resume, async (c) => {
    await engine.setInstanceSuspended(c.req.valid('param').id, false, {
      userId: c.var.principal!.username,
    });
    return c.body(null, 204);
  });

  app.openapi(cancel, async (c) => {
    await engine.cancelInstance(
      c.req.valid('param').id,
      c.req.valid('json').reason ?? `cancelled by ${c.var.principal!.username}`,
      { userId: c.var.principal!.username },
    );
    return c.body(null, 204);
  });

  return app;
}
