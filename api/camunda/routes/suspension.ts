import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';
import { KeyParam } from './process-definition.ts';

/** `SuspensionStateDto`: Camunda reads a missing `suspended` as false, an activation. */
const SuspensionBody = z.object({ suspended: z.boolean().nullable().optional() }).strict();

/** The tenant fields: nothing belongs to a tenant, so a tenant id matches nothing and is refused. */
const tenantFields = {
  processDefinitionTenantId: z.string().nullable().optional(),
  processDefinitionWithoutTenantId: z.boolean().nullable().optional(),
};

/** `ProcessInstanceSuspensionStateDto`, the synchronous half (the queries start a batch in Camunda). */
const InstancesBody = z
  .object({
    suspended: z.boolean().nullable().optional(),
    processDefinitionId: z.string().nullable().optional(),
    processDefinitionKey: z.string().nullable().optional(),
    processInstanceIds: z.array(z.string()).nullable().optional(),
    processInstanceQuery: z.unknown().optional(),
    historicProcessInstanceQuery: z.unknown().optional(),
    ...tenantFields,
  })
  .strict();

/** `ProcessDefinitionSuspensionStateDto`. */
const DefinitionsBody = z
  .object({
    suspended: z.boolean().nullable().optional(),
    processDefinitionId: z.string().nullable().optional(),
    processDefinitionKey: z.string().nullable().optional(),
    includeProcessInstances: z.boolean().nullable().optional(),
    executionDate: z.string().nullable().optional(),
    ...tenantFields,
  })
  .strict();

/** `JobSuspensionStateDto`: jobs by instance, version or process (no job definitions here). */
const JobsBody = z
  .object({
    suspended: z.boolean().nullable().optional(),
    jobDefinitionId: z.string().nullable().optional(),
    processInstanceId: z.string().nullable().optional(),
    processDefinitionId: z.string().nullable().optional(),
    processDefinitionKey: z.string().nullable().optional(),
    ...tenantFields,
  })
  .strict();

const put = (path: string, summary: string, description?: string) => ({
  method: 'put' as const,
  path,
  ...doc(summary, description),
});

const instance = createRoute({
  ...put(
    '/process-instance/{id}/suspended',
    'Suspend or activate a running instance: `{ suspended }`',
    'While suspended its jobs wait, its tasks and external tasks refuse work and messages and signals pass it by; 404 for an instance that is not running.',
  ),
  request: { params: IdParam, body: requiredJson(SuspensionBody) },
});
const instances = createRoute({
  ...put(
    '/process-instance/suspended',
    'Suspend or activate the running instances of a version (`processDefinitionId`), a process (`processDefinitionKey`) or a list (`processInstanceIds`), at once',
  ),
  request: { body: requiredJson(InstancesBody) },
});
const definition = createRoute({
  ...put(
    '/process-definition/{id}/suspended',
    'Suspend or activate a version: no instance of it starts while suspended; `includeProcessInstances` takes its running instances along',
  ),
  request: { params: IdParam, body: requiredJson(DefinitionsBody) },
});
const definitionsByKey = createRoute({
  ...put(
    '/process-definition/key/{key}/suspended',
    'Suspend or activate every version of a process',
  ),
  request: { params: KeyParam, body: requiredJson(DefinitionsBody) },
});
const definitions = createRoute({
  ...put(
    '/process-definition/suspended',
    'Suspend or activate a version (`processDefinitionId`) or every version of a process (`processDefinitionKey`)',
  ),
  request: { body: requiredJson(DefinitionsBody) },
});
const job = createRoute({
  ...put('/job/{id}/suspended', 'Suspend or activate one job: a suspended job does not run'),
  request: { params: IdParam, body: requiredJson(SuspensionBody) },
});
const jobs = createRoute({
  ...put('/job/suspended', 'Suspend or activate the jobs of an instance, a version or a process'),
  request: { body: requiredJson(JobsBody) },
});

/** Refuses what selects by tenant: no process belongs to one. */
function noTenant(body: { processDefinitionTenantId?: string | null }) {
  if (body.processDefinitionTenantId != null)
    throw invalidRequest(
      'processDefinitionTenantId is not supported: no process definition belongs to a tenant',
    );
}

/** Exactly one of the selectors Camunda allows, with its messages. */
function oneSelector<T extends Record<string, unknown>>(body: T, names: (keyof T & string)[]) {
  const given = names.filter((name) => body[name] != null);
  if (given.length > 1)
    throw invalidRequest(
      `Only one of ${names.join(' or ')} should be set to update the suspension state.`,
    );
  if (given.length === 0)
    throw invalidRequest(
      `Either ${names.join(' or ')} should be set to update the suspension state.`,
    );
  return given[0]!;
}

/**
 * Suspension as Camunda's REST API scripts it: instances, definitions and jobs, each by id or in
 * bulk, synchronously. A delayed `executionDate` is refused: a suspension takes effect at once.
 */
export function suspensionRoutes(engine: Engine) {
  const app = camundaApp();
  const userOf = (c: { var: { principal?: { username: string } } }) => ({
    userId: c.var.principal?.username,
  });

  app.openapi(instance, async (c) => {
    const { id } = c.req.valid('param');
    const found = await ifFound(engine.getInstance(id));
    if (found?.status !== 'active') throw notFound(`Process instance with id ${id} does not exist`);
    await engine.setInstanceSuspended(id, c.req.valid('json').suspended ?? false, userOf(c));
    return c.body(null, 204);
  });

  app.openapi(instances, async (c) => {
    const body = c.req.valid('json');
    noTenant(body);
    if (body.processInstanceQuery != null || body.historicProcessInstanceQuery != null)
      throw invalidRequest(
        'processInstanceQuery and historicProcessInstanceQuery are not supported: name the instances in processInstanceIds',
      );
    const by = oneSelector(body, [
      'processDefinitionId',
      'processDefinitionKey',
      'processInstanceIds',
    ]);
    const suspended = body.suspended ?? false;
    if (by === 'processInstanceIds') {
      for (const id of body.processInstanceIds!) {
        const found = await ifFound(engine.getInstance(id));
        if (found?.status === 'active') await engine.setInstanceSuspended(id, suspended, userOf(c));
      }
    } else
      await engine.setInstancesSuspended(
        by === 'processDefinitionId'
          ? { definitionId: body.processDefinitionId! }
          : { processId: body.processDefinitionKey! },
        suspended,
        userOf(c),
      );
    return c.body(null, 204);
  });

  async function suspendDefinitions(
    selector: { definitionId: string } | { processId: string },
    body: z.infer<typeof DefinitionsBody>,
  ) {
    noTenant(body);
    if (body.executionDate)
      throw invalidRequest(
        'executionDate is not supported: a suspension or activation takes effect at once',
      );
    await engine.setDefinitionsSuspended(selector, body.suspended ?? false, {
      includeInstances: body.includeProcessInstances ?? false,
    });
  }

  app.openapi(definition, async (c) => {
    await suspendDefinitions({ definitionId: c.req.valid('param').id }, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(definitionsByKey, async (c) => {
    await suspendDefinitions({ processId: c.req.valid('param').key }, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(definitions, async (c) => {
    const body = c.req.valid('json');
    const by = oneSelector(body, ['processDefinitionId', 'processDefinitionKey']);
    await suspendDefinitions(
      by === 'processDefinitionId'
        ? { definitionId: body.processDefinitionId! }
        : { processId: body.processDefinitionKey! },
      body,
    );
    return c.body(null, 204);
  });

  app.openapi(job, async (c) => {
    await engine.setJobsSuspended(
      { jobId: c.req.valid('param').id },
      c.req.valid('json').suspended ?? false,
    );
    return c.body(null, 204);
  });

  app.openapi(jobs, async (c) => {
    const body = c.req.valid('json');
    noTenant(body);
    if (body.jobDefinitionId != null)
      throw invalidRequest('jobDefinitionId is not supported: Promesa keeps no job definitions');
    const by = oneSelector(body, [
      'processInstanceId',
      'processDefinitionId',
      'processDefinitionKey',
    ]);
    await engine.setJobsSuspended(
      by === 'processInstanceId'
        ? { instanceId: body.processInstanceId! }
        : by === 'processDefinitionId'
          ? { definitionId: body.processDefinitionId! }
          : { processId: body.processDefinitionKey! },
      body.suspended ?? false,
    );
    return c.body(null, 204);
  });

  return app;
}
