import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, InstanceView } from '../../../engine/index.ts';
import { page, toInstanceDto } from '../dto.ts';
import { ifFound, notFound } from '../errors.ts';
import { BooleanParam, camundaApp, doc, IdParam, ListParam, Paging } from '../route.ts';
import { toTypedVariables } from '../variables.ts';

const ListQuery = z.object({
  processInstanceIds: ListParam.optional(),
  businessKey: z.string().optional(),
  processDefinitionId: z.string().optional(),
  processDefinitionKey: z.string().optional(),
  active: BooleanParam.optional(),
  suspended: BooleanParam.optional(),
  ...Paging,
});

const list = createRoute({
  method: 'get',
  path: '/process-instance',
  ...doc('List running process instances'),
  request: { query: ListQuery },
});
const get = createRoute({
  method: 'get',
  path: '/process-instance/{id}',
  ...doc('Get a running instance; 404 once it ended, as in Camunda'),
  request: { params: IdParam },
});
const variables = createRoute({
  method: 'get',
  path: '/process-instance/{id}/variables',
  ...doc('The variables of a running instance, typed'),
  request: { params: IdParam },
});

/**
 * The runtime view of instances. Camunda's runtime tables drop an instance when it ends, so
 * only `active` instances exist here; ended ones are under `/history/process-instance`.
 */
export function processInstanceRoutes(engine: Engine) {
  const app = camundaApp();

  async function running(id: string): Promise<InstanceView> {
    const instance = await ifFound(engine.getInstance(id));
    if (instance?.status !== 'active')
      throw notFound(`Process instance with id ${id} does not exist`);
    return instance;
  }

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    // Nothing is ever suspended in Promesa.
    if (q.suspended === true || q.active === false) return c.json([], 200);
    const instances = await engine.listInstances({
      status: 'active',
      businessKey: q.businessKey,
      definitionId: q.processDefinitionId,
      processId: q.processDefinitionKey,
    });
    const found = q.processInstanceIds
      ? instances.filter((i) => q.processInstanceIds!.includes(i.id))
      : instances;
    return c.json(
      page(found, q).map((i) => toInstanceDto(c, i)),
      200,
    );
  });

  app.openapi(get, async (c) =>
    c.json(toInstanceDto(c, await running(c.req.valid('param').id)), 200),
  );

  app.openapi(variables, async (c) =>
    c.json(toTypedVariables((await running(c.req.valid('param').id)).variables), 200),
  );

  return app;
}
