import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Engine, VariableTarget } from '../../engine/index.ts';
import type { AppEnv } from '../auth/roles.ts';
import { notFound } from './errors.ts';
import { BooleanParam, doc, IdParam, optionalJson, requiredJson } from './route.ts';
import {
  fromTypedValue,
  fromTypedVariables,
  toTypedValue,
  toTypedVariables,
  TypedValue,
  TypedVariables,
} from './variables.ts';

/**
 * Camunda's variable sub-resource, `…/{id}/variables` or `…/{id}/localVariables` of a task, an
 * instance or an execution: the map, one variable, put, delete, and `{ modifications, deletions }`.
 * Reads merge the scopes the target sees, nearest first; writes go through the engine's
 * variable target (where the name lives walking outwards, or the token's own scope when local).
 */

/** What a variable request acts on: the instance, the token, and whether only its own scope. */
export interface VariableOwner extends VariableTarget {
  instanceId: string;
}

export interface VariableResource {
  /** E.g. `/task/{id}/variables`. */
  path: string;
  /** Whose variables, in the summaries: `task`, `process instance`, `execution`. */
  noun: string;
  /** Resolves `{id}` to the owner, checking the caller may read it (or write it, with `write`). */
  owner(c: Context<AppEnv>, id: string, write: boolean): Promise<VariableOwner>;
}

const Params = IdParam.extend({ varName: z.string().min(1).max(255) });
/** Values are JSON here, so serialized and deserialized forms are the same: the flag is honoured as is. */
const ReadQuery = z.object({ deserializeValues: BooleanParam.optional() });
const ReadOneQuery = z.object({ deserializeValue: BooleanParam.optional() });
const ModifyBody = z.object({
  modifications: TypedVariables.nullable().optional(),
  deletions: z.array(z.string()).nullable().optional(),
});

/** Adds the five variable routes of one resource to `app`. */
export function addVariableRoutes(
  app: OpenAPIHono<AppEnv>,
  engine: Engine,
  resource: VariableResource,
): void {
  const { path, noun } = resource;
  /** The engine target of a write, naming who made it for history. */
  const target = (c: Context<AppEnv>, { instanceId: _i, ...rest }: VariableOwner) => ({
    ...rest,
    userId: c.var.principal!.username,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path,
      ...doc(`The variables of a ${noun}, typed, nearest scope first`),
      request: { params: IdParam, query: ReadQuery },
    }),
    async (c) => {
      const owner = await resource.owner(c, c.req.valid('param').id, false);
      return c.json(toTypedVariables(await engine.variablesAt(owner)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${path}/{varName}`,
      ...doc(`One variable of a ${noun}, typed; 404 when absent`),
      request: { params: Params, query: ReadOneQuery },
    }),
    async (c) => {
      const { id, varName } = c.req.valid('param');
      const variables = await engine.variablesAt(await resource.owner(c, id, false));
      if (!Object.hasOwn(variables, varName))
        throw notFound(`${noun} variable with name ${varName} does not exist`);
      return c.json(toTypedValue(variables[varName]), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: `${path}/{varName}`,
      ...doc(`Set one variable of a ${noun} from a typed value`),
      request: { params: Params, body: requiredJson(TypedValue) },
    }),
    async (c) => {
      const { id, varName } = c.req.valid('param');
      const owner = await resource.owner(c, id, true);
      const value = fromTypedValue(varName, c.req.valid('json'));
      await engine.setVariables(owner.instanceId, { [varName]: value }, target(c, owner));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${path}/{varName}`,
      ...doc(`Remove one variable of a ${noun} from the nearest scope holding it`),
      request: { params: Params },
    }),
    async (c) => {
      const { id, varName } = c.req.valid('param');
      const owner = await resource.owner(c, id, true);
      await engine.modifyVariables(owner.instanceId, { remove: [varName] }, target(c, owner));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path,
      ...doc(`Set and remove variables of a ${noun}: \`{ modifications, deletions }\``),
      request: { params: IdParam, body: optionalJson(ModifyBody) },
    }),
    async (c) => {
      const owner = await resource.owner(c, c.req.valid('param').id, true);
      const { modifications, deletions } = c.req.valid('json');
      // One command: the modifications, then the deletions, as Camunda applies them.
      await engine.modifyVariables(
        owner.instanceId,
        { set: fromTypedVariables(modifications), remove: deletions ?? [] },
        target(c, owner),
      );
      return c.body(null, 204);
    },
  );
}
