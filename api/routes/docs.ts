import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../auth/roles.ts';
import { resourceApp } from './openapi.ts';
import { DOCS_CSP, docsPage } from './docs-page.ts';

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The OpenAPI 3.1 document of every route registered on `root`, with the security schemes
 * and, per operation, the role it needs (`x-promesa-role`) from the access table.
 */
export function openApiDocument(
  root: OpenAPIHono<AppEnv>,
  access: Readonly<Record<string, string>>,
): OpenApiDocument {
  const registry = root.openAPIRegistry;
  registry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`promesa token create USER`)',
  });
  registry.registerComponent('securitySchemes', 'basic', {
    type: 'http',
    scheme: 'basic',
    description: 'Username and password, or username and API token',
  });
  registry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'promesa_session',
    description: 'Set by POST /api/session',
  });
  const document = root.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Promesa API',
      version: '1',
      description: 'Tasks, processes, workers and identity. Every error has the shape `Error`.',
    },
    security: [{ bearerToken: [] }, { basic: [] }, { sessionCookie: [] }],
  });
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(
      item as Record<string, Record<string, unknown>>,
    )) {
      const role = access[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`];
      operation['x-promesa-role'] = role;
      if (role === 'public') operation.security = [];
    }
  }
  return document;
}

/** `/api/openapi.json` and the reference page `/api/docs`. */
export function docsRoutes(root: OpenAPIHono<AppEnv>, access: Readonly<Record<string, string>>) {
  const app = resourceApp();
  let cached: OpenApiDocument | undefined;
  // Plain routes: the document does not describe itself.
  app.get('/openapi.json', (c) => c.json((cached ??= openApiDocument(root, access))));
  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(docsPage);
  });
  return app;
}
