import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DefinitionRecord, Engine } from '../../../engine/index.ts';
import { includes, type AppEnv } from '../../auth/roles.ts';
import { mayStart, requireStarter } from '../../auth/starters.ts';
import { page, toDefinitionDto, toInstanceDto } from '../dto.ts';
import { invalidRequest, notFound, suspendedAsRestException } from '../errors.ts';
import {
  BooleanParam,
  camundaApp,
  doc,
  IdParam,
  ListParam,
  optionalJson,
  Paging,
} from '../route.ts';
import { suspensionFilter } from '../query-params.ts';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../variables.ts';

const filters = {
  processDefinitionId: z.string().optional(),
  processDefinitionIdIn: ListParam.optional(),
  key: z.string().optional(),
  keysIn: ListParam.optional(),
  name: z.string().optional(),
  version: z.coerce.number().int().optional(),
  deploymentId: z.string().optional(),
  latestVersion: BooleanParam.optional(),
  startableInTasklist: BooleanParam.optional(),
  notStartableInTasklist: BooleanParam.optional(),
  startablePermissionCheck: BooleanParam.optional(),
  active: BooleanParam.optional(),
  suspended: BooleanParam.optional(),
};
const CountQuery = z.object(filters);
const ListQuery = z.object({
  ...filters,
  sortBy: z.enum(['id', 'key', 'name', 'version', 'deploymentId']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});

/** `StartProcessInstanceDto`. Start instructions and skips change what runs, so they are refused rather than ignored. */
const StartBody = z.object({
  businessKey: z.string().max(255).nullable().optional(),
  variables: TypedVariables.nullable().optional(),
  caseInstanceId: z.string().nullable().optional(),
  startInstructions: z.array(z.unknown()).nullable().optional(),
  skipCustomListeners: z.boolean().nullable().optional(),
  skipIoMappings: z.boolean().nullable().optional(),
  withVariablesInReturn: z.boolean().nullable().optional(),
});
export const KeyParam = z.object({ key: z.string().min(1).max(255) });
/** `StartProcessInstanceFormDto`: what a tasklist's start form submits. */
const SubmitFormBody = z.object({
  businessKey: z.string().max(255).nullable().optional(),
  variables: TypedVariables.nullable().optional(),
});

const list = createRoute({
  method: 'get',
  path: '/process-definition',
  ...doc(
    'List process definitions (`key`, `latestVersion`, `startableInTasklist`, `startablePermissionCheck`, ...)',
    'Below the analyst role the list holds only the processes the caller may start (candidate starters).',
  ),
  request: { query: ListQuery },
});
const count = createRoute({
  method: 'get',
  path: '/process-definition/count',
  ...doc(
    'How many process definitions match (below the analyst role: of those the caller may start)',
  ),
  request: { query: CountQuery },
});
const get = createRoute({
  method: 'get',
  path: '/process-definition/{id}',
  ...doc('Get a process definition by id'),
  request: { params: IdParam },
});
const byKey = createRoute({
  method: 'get',
  path: '/process-definition/key/{key}',
  ...doc('Get the latest version of a process'),
  request: { params: KeyParam },
});
const xml = createRoute({
  method: 'get',
  path: '/process-definition/{id}/xml',
  ...doc('The BPMN XML: `{ id, bpmn20Xml }`'),
  request: { params: IdParam },
});
const start = createRoute({
  method: 'post',
  path: '/process-definition/{id}/start',
  ...doc(
    'Start an instance of a version (what the Modeler calls after deploying)',
    'Open to candidate starters of the process and to developers.',
  ),
  request: { params: IdParam, body: optionalJson(StartBody) },
});
const startByKey = createRoute({
  method: 'post',
  path: '/process-definition/key/{key}/start',
  ...doc('Start an instance of the latest version of a process'),
  request: { params: KeyParam, body: optionalJson(StartBody) },
});
const submitForm = createRoute({
  method: 'post',
  path: '/process-definition/{id}/submit-form',
  ...doc('Start an instance from its start form; the variables are checked against the form'),
  request: { params: IdParam, body: optionalJson(SubmitFormBody) },
});
const submitFormByKey = createRoute({
  method: 'post',
  path: '/process-definition/key/{key}/submit-form',
  ...doc(
    'Start the latest version from its start form; the variables are checked against the form',
  ),
  request: { params: KeyParam, body: optionalJson(SubmitFormBody) },
});

export async function latest(engine: Engine, key: string): Promise<DefinitionRecord> {
  const [found] = await engine.listDefinitions({ latestOnly: true, processId: key });
  if (!found) throw notFound(`No matching process definition with key: ${key} and no tenant-id`);
  return found;
}

/** Process definitions: list, read, XML, start by id or key, directly or from the start form. */
export function processDefinitionRoutes(engine: Engine) {
  const app = camundaApp();

  async function startInstance(
    c: Context<AppEnv>,
    definition: DefinitionRecord,
    body: z.infer<typeof StartBody>,
  ) {
    if (body.startInstructions?.length || body.skipCustomListeners || body.skipIoMappings) {
      throw invalidRequest(
        'startInstructions, skipCustomListeners and skipIoMappings are not supported',
      );
    }
    requireStarter(c.var.principal!, definition);
    const instance = await suspendedAsRestException(
      engine.start(definition.processId, {
        definitionId: definition.id,
        businessKey: body.businessKey ?? undefined,
        variables: fromTypedVariables(body.variables),
        userId: c.var.principal!.username,
      }),
      500,
      `Cannot instantiate process definition ${definition.id}: `,
    );
    return c.json(
      {
        ...toInstanceDto(c, instance),
        ...(body.withVariablesInReturn ? { variables: toTypedVariables(instance.variables) } : {}),
      },
      200,
    );
  }

  async function matching(c: Context<AppEnv>, q: z.infer<typeof CountQuery>) {
    const principal = c.var.principal!;
    // Staff read no definitions but those they may start; Camunda's READ permission filter.
    const startableOnly = q.startablePermissionCheck || !includes(principal.role, 'analyst');
    const all = await engine.listDefinitions({
      latestOnly: q.latestVersion ?? false,
      processId: q.key,
    });
    return all.filter(
      (d) =>
        (!startableOnly || mayStart(principal, d)) &&
        (q.startableInTasklist !== true || d.startableInTasklist) &&
        (q.notStartableInTasklist !== true || !d.startableInTasklist) &&
        (q.processDefinitionId === undefined || d.id === q.processDefinitionId) &&
        (q.processDefinitionIdIn === undefined || q.processDefinitionIdIn.includes(d.id)) &&
        (q.keysIn === undefined || q.keysIn.includes(d.processId)) &&
        (q.name === undefined || d.name === q.name) &&
        (q.version === undefined || d.version === q.version) &&
        (q.deploymentId === undefined || d.deploymentId === q.deploymentId) &&
        [undefined, d.suspended].includes(suspensionFilter(q)),
    );
  }

  app.openapi(count, async (c) =>
    c.json({ count: (await matching(c, c.req.valid('query'))).length }, 200),
  );

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    const found = await matching(c, q);
    const dtos = found.map(toDefinitionDto);
    if (q.sortBy) {
      const key = q.sortBy;
      dtos.sort(
        (a, b) =>
          ((a[key] ?? '') < (b[key] ?? '') ? -1 : (a[key] ?? '') > (b[key] ?? '') ? 1 : 0) *
          (q.sortOrder === 'desc' ? -1 : 1),
      );
    }
    return c.json(page(dtos, q), 200);
  });

  app.openapi(get, async (c) =>
    c.json(toDefinitionDto(await engine.getDefinition(c.req.valid('param').id)), 200),
  );

  app.openapi(byKey, async (c) =>
    c.json(toDefinitionDto(await latest(engine, c.req.valid('param').key)), 200),
  );

  app.openapi(xml, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ id, bpmn20Xml: await engine.getDefinitionXml(id) }, 200);
  });

  app.openapi(start, async (c) =>
    startInstance(c, await engine.getDefinition(c.req.valid('param').id), c.req.valid('json')),
  );

  app.openapi(startByKey, async (c) =>
    startInstance(c, await latest(engine, c.req.valid('param').key), c.req.valid('json')),
  );

  app.openapi(submitForm, async (c) =>
    startInstance(c, await engine.getDefinition(c.req.valid('param').id), c.req.valid('json')),
  );

  app.openapi(submitFormByKey, async (c) =>
    startInstance(c, await latest(engine, c.req.valid('param').key), c.req.valid('json')),
  );

  return app;
}
