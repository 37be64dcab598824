import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ModelError, type DeployResult, type Engine } from '../../../engine/index.ts';
import { page, parseCamundaDate, toDefinitionDto, toDeploymentDto } from '../dto.ts';
import { invalidRequest, notFound, parseException } from '../errors.ts';
import { equalTo, likePattern } from '../listing.ts';
import { camundaApp, doc, IdParam, Paging } from '../route.ts';

/** The Camunda 7 release whose REST subset this layer follows; the Modeler logs it with each deploy. */
export const CAMUNDA_VERSION = '7.24.0';

/** Form fields of `POST /deployment/create` that are not resources. */
const RESERVED = new Set([
  'deployment-name',
  'deployment-source',
  'enable-duplicate-filtering',
  'deploy-changed-only',
  'tenant-id',
  'deployment-activation-time',
]);

const filters = {
  id: z.string().optional(),
  name: z.string().optional(),
  nameLike: z.string().optional(),
  after: z
    .string()
    .transform((v) => parseCamundaDate(v, 'after'))
    .optional(),
  before: z
    .string()
    .transform((v) => parseCamundaDate(v, 'before'))
    .optional(),
};
const CountQuery = z.object(filters);
const ListQuery = z.object({
  ...filters,
  sortBy: z.enum(['id', 'name', 'deploymentTime', 'tenantId']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});

const version = createRoute({
  method: 'get',
  path: '/version',
  ...doc('The Camunda 7 version this API follows: `{ version }`'),
});
const engines = createRoute({
  method: 'get',
  path: '/engine',
  ...doc('The engines this API serves: `[{ name: "default" }]`'),
});
const list = createRoute({
  method: 'get',
  path: '/deployment',
  ...doc('List deployments (the Modeler checks the connection with `?maxResults=0`)'),
  request: { query: ListQuery },
});
const count = createRoute({
  method: 'get',
  path: '/deployment/count',
  ...doc('How many deployments match'),
  request: { query: CountQuery },
});
const get = createRoute({
  method: 'get',
  path: '/deployment/{id}',
  ...doc('Get a deployment'),
  request: { params: IdParam },
});
const create = createRoute({
  method: 'post',
  path: '/deployment/create',
  ...doc(
    'Deploy files as one deployment, as Camunda Modeler does: multipart with deployment-name, deployment-source, enable-duplicate-filtering or deploy-changed-only, and one part per file',
    'Every part is a resource of the one deployment; `*.bpmn` ones are parsed. With enable-duplicate-filtering, a deployment whose resources equal those of the latest deployment of the same name answers that one; deploy-changed-only deploys only the resources changed since their latest version under that name.',
  ),
});

/** `GET /version` and deployments: what Camunda Modeler calls to check, deploy and version. */
/**
 * `DeploymentWithDefinitionsDto`. A filtered duplicate answers the existing deployment without
 * definitions, so the Modeler keeps the version it already started, as Camunda does.
 */
export function toDeploymentWithDefinitions(c: Context, result: DeployResult) {
  const definitions = result.duplicate ? [] : result.definitions;
  return {
    ...toDeploymentDto(c, result.deployment),
    deployedProcessDefinitions: definitions.length
      ? Object.fromEntries(definitions.map((d) => [d.id, toDefinitionDto(d)]))
      : null,
    deployedCaseDefinitions: null,
    deployedDecisionDefinitions: null,
    deployedDecisionRequirementsDefinitions: null,
  };
}

export function deploymentRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(version, (c) => c.json({ version: CAMUNDA_VERSION }, 200));
  // One engine per server, named as Camunda names its default one.
  app.openapi(engines, (c) => c.json([{ name: 'default' }], 200));

  async function matching(q: z.infer<typeof CountQuery>) {
    return (await engine.listDeployments()).filter(
      (d) =>
        equalTo(d.id, q.id) &&
        equalTo(d.name, q.name) &&
        likePattern(d.name, q.nameLike) &&
        (q.after === undefined || d.deployedAt > q.after) &&
        (q.before === undefined || d.deployedAt < q.before),
    );
  }

  app.openapi(count, async (c) =>
    c.json({ count: (await matching(c.req.valid('query'))).length }, 200),
  );

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    const found = await matching(q);
    const key = q.sortBy === 'name' ? 'name' : q.sortBy === 'id' ? 'id' : 'deployedAt';
    found.sort(
      (a, b) =>
        (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (q.sortOrder === 'desc' ? -1 : 1),
    );
    return c.json(
      page(found, q).map((d) => toDeploymentDto(c, d)),
      200,
    );
  });

  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const deployment = (await engine.listDeployments()).find((d) => d.id === id);
    if (!deployment) throw notFound(`Deployment with id '${id}' does not exist`);
    return c.json(toDeploymentDto(c, deployment), 200);
  });

  app.openapi(create, async (c) => {
    if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
      throw invalidRequest('No deployment resources contained in the form upload.');
    const form = await c.req.parseBody({ all: true });
    const field = (name: string) =>
      typeof form[name] === 'string' ? (form[name] as string) : undefined;
    if (field('tenant-id'))
      throw invalidRequest('Promesa has no tenants: deploy without tenant-id');
    if (field('deployment-activation-time'))
      throw invalidRequest('Delayed activation (deployment-activation-time) is not supported');
    const duplicates =
      field('deploy-changed-only') === 'true'
        ? 'changed-resources'
        : field('enable-duplicate-filtering') === 'true'
          ? 'deployment'
          : 'none';

    const resources: { name: string; content: string }[] = [];
    for (const [name, value] of Object.entries(form)) {
      if (RESERVED.has(name)) continue;
      for (const part of Array.isArray(value) ? value : [value]) {
        if (!(part instanceof File))
          throw invalidRequest(
            `No file name found in the deployment resource described by form parameter '${name}'.`,
          );
        resources.push({ name: part.name, content: await part.text() });
      }
    }
    if (resources.length === 0)
      throw invalidRequest('No deployment resources contained in the form upload.');

    let result: DeployResult;
    try {
      result = await engine.deploy({
        // Camunda names an unnamed deployment nothing; Promesa after its first file.
        name: field('deployment-name') ?? resources[0]!.name,
        resources,
        source: field('deployment-source'),
        deployedBy: c.var.principal!.username,
        duplicates,
      });
    } catch (error) {
      if (error instanceof ModelError)
        throw parseException(error, error.details.resource ?? resources[0]!.name);
      throw error;
    }
    return c.json(toDeploymentWithDefinitions(c, result), 200);
  });

  return app;
}
