import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import {
  ConflictError,
  type DeploymentRecord,
  type DeploymentResource,
  type Engine,
} from '../../../engine/index.ts';
import { CamundaError, ifFound, notFound } from '../errors.ts';
import { BooleanParam, camundaApp, IdParam, op, optionalJson } from '../route.ts';
import { toDeploymentWithDefinitions } from './deployment.ts';

/**
 * A deployment's resources (the files deployed together) and deleting a deployment. A
 * resource's id is derived from its name, which is unique within its deployment.
 */

const ResourceParams = IdParam.extend({ resourceId: z.string().min(1).max(64) });
const DeleteQuery = z.object({ cascade: BooleanParam.optional() });
const Names = z.array(z.string()).nullable().optional();
const RedeployBody = z
  .object({ resourceIds: Names, resourceNames: Names, source: z.string().nullable().optional() })
  .strict();

const resourceId = (r: DeploymentResource) =>
  createHash('sha256').update(r.name).digest('hex').slice(0, 32);

/** Media types of the files a deployment holds (all kept as text). */
function mediaType(name: string): string {
  if (/\.(bpmn|dmn|cmmn|xml)$/i.test(name)) return 'application/xml';
  if (/\.(form|json)$/i.test(name)) return 'application/json';
  if (/\.html?$/i.test(name)) return 'text/html';
  if (/\.svg$/i.test(name)) return 'image/svg+xml';
  return 'text/plain';
}

export function deploymentResourceRoutes(engine: Engine) {
  const app = camundaApp();

  const deploymentOr404 = async (id: string): Promise<DeploymentRecord> => {
    const deployment = await ifFound(engine.getDeployment(id));
    if (!deployment) throw notFound(`Deployment with id '${id}' does not exist`);
    return deployment;
  };
  const resourceOr404 = async (id: string, wanted: string) => {
    const resource = (await deploymentOr404(id)).resources.find((r) => resourceId(r) === wanted);
    if (!resource)
      throw notFound(
        `Deployment resource with resource id '${wanted}' for deployment id '${id}' does not exist.`,
      );
    return resource;
  };
  const toResourceDto = (deploymentId: string, r: DeploymentResource) => ({
    id: resourceId(r),
    name: r.name,
    deploymentId,
  });

  app.openapi(
    createRoute({
      ...op('get', '/deployment/{id}/resources', "A deployment's files"),
      request: { params: IdParam },
    }),
    async (c) => {
      const deployment = await deploymentOr404(c.req.valid('param').id);
      return c.json(
        deployment.resources.map((r) => toResourceDto(deployment.id, r)),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      ...op('get', '/deployment/{id}/resources/{resourceId}', 'One file of a deployment'),
      request: { params: ResourceParams },
    }),
    async (c) => {
      const { id, resourceId: wanted } = c.req.valid('param');
      return c.json(toResourceDto(id, await resourceOr404(id, wanted)), 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/deployment/{id}/resources/{resourceId}/data',
        'The content of one file of a deployment',
      ),
      request: { params: ResourceParams },
    }),
    async (c) => {
      const { id, resourceId: wanted } = c.req.valid('param');
      const resource = await resourceOr404(id, wanted);
      return c.body(resource.content, 200, {
        'content-type': `${mediaType(resource.name)}; charset=utf-8`,
        'content-disposition': `attachment; filename="${resource.name.replace(/["\\\r\n]/g, '_')}"`,
      });
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'delete',
        '/deployment/{id}',
        'Delete a deployment and its process versions; with cascade, their running instances are cancelled first',
      ),
      request: { params: IdParam, query: DeleteQuery },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { cascade = false } = c.req.valid('query');
      await deploymentOr404(id);
      const definitions = (await engine.listDefinitions({ latestOnly: false })).filter(
        (d) => d.deploymentId === id,
      );
      for (const definition of definitions)
        await deleteDefinition(engine, definition.id, cascade, c.var.principal!.username);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...op(
        'post',
        '/deployment/{id}/redeploy',
        'Deploy a deployment again, whole or the resources named by id or name, as a new deployment of the same name',
      ),
      request: { params: IdParam, body: optionalJson(RedeployBody) },
    }),
    async (c) => {
      const deployment = await deploymentOr404(c.req.valid('param').id);
      const { resourceIds, resourceNames, source } = c.req.valid('json') ?? {};
      const named = (r: DeploymentResource) =>
        !!resourceIds?.includes(resourceId(r)) || !!resourceNames?.includes(r.name);
      const picked =
        resourceIds || resourceNames ? deployment.resources.filter(named) : deployment.resources;
      const missing = [
        ...(resourceIds ?? []).filter(
          (id) => !deployment.resources.some((r) => resourceId(r) === id),
        ),
        ...(resourceNames ?? []).filter(
          (name) => !deployment.resources.some((r) => r.name === name),
        ),
      ];
      if (missing.length > 0)
        throw notFound(`Deployment ${deployment.id} has no resources ${missing.join(', ')}`);
      const result = await engine.deploy({
        name: deployment.name,
        resources: picked.map(({ name, content }) => ({ name, content })),
        source: source ?? deployment.source ?? undefined,
        deployedBy: c.var.principal!.username,
        duplicates: 'none',
      });
      return c.json(toDeploymentWithDefinitions(c, result), 200);
    },
  );

  return app;
}

/**
 * Deletes a definition version; with `cascade`, cancels its running instances first (Camunda
 * also deletes their history; Promesa keeps it). Without, running instances refuse it (400).
 */
export async function deleteDefinition(
  engine: Engine,
  id: string,
  cascade: boolean,
  userId: string,
): Promise<void> {
  if (cascade)
    for (const instance of await engine.listInstances({ definitionId: id, status: 'active' }))
      await engine.cancelInstance(instance.id, 'deleted with its process definition', { userId });
  try {
    await engine.deleteDefinition(id);
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'definition-in-use')
      throw new CamundaError(
        400,
        'BadUserRequestException',
        `Deletion of process definition ${id} without cascading failed: it has running process instances`,
      );
    throw error;
  }
}
