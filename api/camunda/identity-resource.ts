import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Identity } from '../auth/identity.ts';
import { includes, type AppEnv } from '../auth/roles.ts';
import { resourceOptions } from './dto.ts';
import { notFound } from './errors.ts';
import { IdParam, op } from './route.ts';

/**
 * What Camunda's user and group routes share (`routes/user.ts`, `routes/group.ts`): admins
 * manage both, the `OPTIONS` links say what the caller may do, and an id that names nobody is
 * Camunda's 404.
 */

type Allowed = [method: string, rel: string][];

/** True when the caller is an admin, who manages users and groups. */
export const isAdmin = (c: Context<AppEnv>) => includes(c.var.principal!.role, 'admin');

/** `allowed` for admins, nothing for anyone else. */
export const forAdmins = (c: Context<AppEnv>, allowed: Allowed): Allowed =>
  isAdmin(c) ? allowed : [];

/**
 * An `OPTIONS` route at `path` (`/user`, or one with `{id}` filled in from the address): the
 * links to what `allowed` says the caller may do there.
 */
export function optionsRoute(
  app: OpenAPIHono<AppEnv>,
  path: string,
  summary: string,
  allowed: (c: Context<AppEnv>, id: string) => Allowed,
): void {
  if (!path.includes('{id}')) {
    app.openapi(createRoute(op('options', path, summary)), (c) =>
      c.json(resourceOptions(c, path, allowed(c, '')), 200),
    );
    return;
  }
  app.openapi(
    createRoute({ ...op('options', path, summary), request: { params: IdParam } }),
    (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        resourceOptions(c, path.replace('{id}', encodeURIComponent(id)), allowed(c, id)),
        200,
      );
    },
  );
}

/** `OPTIONS /user` and `/group`: everyone lists and counts, admins create. */
export const collectionOptions = (app: OpenAPIHono<AppEnv>, path: string, what: string) =>
  optionsRoute(app, path, `What the caller may do with ${what}`, (c) => [
    ['GET', 'list'],
    ['GET', 'count'],
    ...forAdmins(c, [['POST', 'create']]),
  ]);

/** `DELETE` of a user or group by id through `remove`, which answers whether there was one. */
export function deleteRoute(
  app: OpenAPIHono<AppEnv>,
  path: string,
  summary: string,
  noun: 'User' | 'Group',
  remove: (id: string) => Promise<boolean>,
): void {
  app.openapi(
    createRoute({ ...op('delete', path, summary), request: { params: IdParam } }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await remove(id))) throw notFound(`${noun} with id ${id} does not exist`);
      return c.body(null, 204);
    },
  );
}

/** The user of this id, else Camunda's 404. */
export async function userOr404(identity: Identity, id: string) {
  const user = await identity.store.getUser(id);
  if (!user) throw notFound(`User with id ${id} does not exist`);
  return user;
}
