import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../auth/roles.ts';

/**
 * Refuses query parameters a route does not declare, naming them, instead of ignoring them: a
 * misspelt filter (`?asignee=ana`) would otherwise answer as if no filter were given. The
 * declared parameters are the keys of each route's `request.query` schema, read from the app's
 * OpenAPI registry once every route is mounted.
 *
 * @example
 * app.use('/api/*', refuseUnknownQuery(app, (c, names) => c.json({ ... }, 400)));
 */
export function refuseUnknownQuery(
  app: OpenAPIHono<AppEnv>,
  refuse: (c: Context<AppEnv>, names: string[]) => Response,
  /** Where `app` is mounted, when it is a sub-app: its registry's paths lack it. */
  mountedAt = '',
): MiddlewareHandler<AppEnv> {
  let declared: Map<string, ReadonlySet<string>> | undefined;
  return async (c, next) => {
    const names = [...new Set(new URL(c.req.url).searchParams.keys())];
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
    if (names.length === 0 || !route) return next();
    declared ??= declaredQueries(app, mountedAt);
    const allowed = declared.get(`${route.method} ${route.path}`) ?? new Set<string>();
    const unknown = names.filter((name) => !allowed.has(name));
    if (unknown.length > 0) return refuse(c, unknown);
    return next();
  };
}

/** `METHOD /path/:param` → the query parameter names its schema declares. */
function declaredQueries(
  app: OpenAPIHono<AppEnv>,
  mountedAt: string,
): Map<string, ReadonlySet<string>> {
  const byRoute = new Map<string, ReadonlySet<string>>();
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { method, path, request } = definition.route;
    const shape = (request?.query as { shape?: Record<string, unknown> } | undefined)?.shape;
    const honoPath = mountedAt + path.replace(/\{([^}]+)\}/g, ':$1');
    byRoute.set(`${method.toUpperCase()} ${honoPath}`, new Set(Object.keys(shape ?? {})));
  }
  return byRoute;
}
