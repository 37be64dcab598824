import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';

/**
 * What an operator does to external tasks: retries (one, or many at once, as Cockpit's "retry
 * failed tasks" does), and priority. Retries of 0 raise an incident; more resolve it, and the
 * task can be fetched again.
 */

const Retries = z.number().int().min(0, 'The number of retries cannot be negative');
const RetriesBody = z.object({ retries: Retries }).strict();
const PriorityBody = z.object({ priority: z.number().int() }).strict();
const BatchBody = z
  .object({
    retries: Retries,
    externalTaskIds: z.array(z.string()).nullable().optional(),
    processInstanceIds: z.array(z.string()).nullable().optional(),
    // Accepted in the body's shape so that they can be refused by name below.
    externalTaskQuery: z.unknown().optional(),
    processInstanceQuery: z.unknown().optional(),
    historicProcessInstanceQuery: z.unknown().optional(),
  })
  .strict();

const setRetries = createRoute({
  method: 'put',
  path: '/external-task/{id}/retries',
  ...doc('Set the retries of an open external task: 0 raises an incident, more resolves it'),
  request: { params: IdParam, body: requiredJson(RetriesBody) },
});
const setRetriesOfMany = createRoute({
  method: 'put',
  path: '/external-task/retries',
  ...doc(
    'Set the retries of the open external tasks named by id or by process instance, each as `PUT /external-task/{id}/retries`',
  ),
  request: { body: requiredJson(BatchBody) },
});
const setPriority = createRoute({
  method: 'put',
  path: '/external-task/{id}/priority',
  ...doc(
    'Set the priority of an open external task (fetches with `usePriority` take higher first)',
  ),
  request: { params: IdParam, body: requiredJson(PriorityBody) },
});

export function externalTaskOperationRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(setRetries, async (c) => {
    await engine.setExternalTaskRetries(c.req.valid('param').id, c.req.valid('json').retries);
    return c.body(null, 204);
  });

  app.openapi(setRetriesOfMany, async (c) => {
    const body = c.req.valid('json');
    const queries = (
      ['externalTaskQuery', 'processInstanceQuery', 'historicProcessInstanceQuery'] as const
    ).filter((name) => body[name] != null);
    if (queries.length > 0)
      throw invalidRequest(
        `${queries.join(', ')} not supported: name the tasks by externalTaskIds or processInstanceIds`,
      );
    const ids = new Set(body.externalTaskIds ?? []);
    for (const instanceId of body.processInstanceIds ?? [])
      for (const task of await engine.listExternalTasks({ instanceId, state: 'open' }))
        ids.add(task.id);
    if (ids.size === 0) throw invalidRequest('externalTaskIds is empty');
    for (const id of ids) {
      const task = await ifFound(engine.getExternalTask(id));
      if (task?.state !== 'open') throw notFound(`External task with id ${id} does not exist`);
    }
    // One transaction: every task's retries change, or none does.
    await engine.setExternalTaskRetries([...ids], body.retries);
    return c.body(null, 204);
  });

  app.openapi(setPriority, async (c) => {
    await engine.setExternalTaskPriority(c.req.valid('param').id, c.req.valid('json').priority);
    return c.body(null, 204);
  });

  return app;
}
