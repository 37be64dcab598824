import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { securityHeaders } from '../middleware/security-headers.ts';

/** Paths the browser app never answers: the APIs keep their own routes and 404s. */
const API_PREFIXES = ['/api', '/engine-rest'];
/** Vite names every file under `assets/` by its content hash, so it never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Fetch = (request: Request) => Response | Promise<Response>;

/** True for `/api`, `/api/...`, `/engine-rest/...`: requests the browser app leaves alone. */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Puts the built browser app (`modeler/dist`) in front of the API: hashed assets with long
 * cache headers, other files as they are, and any other GET answers `index.html` so the app's
 * own router decides (a bookmarked `/processes/customer-request` works). API paths go to
 * `api` untouched. Without a build, `api` alone is returned.
 *
 * @example
 * serve({ fetch: withBrowserApp(app.fetch, 'modeler/dist'), port: 3000 });
 */
export function withBrowserApp(api: Fetch, root: string): Fetch {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return api;
  const files = serveStatic({ root });
  const site = new Hono();
  // The app's Content-Security-Policy, no sniffing, no framing (middleware/security-headers.ts).
  site.use('*', securityHeaders());
  site.get('*', async (c) => {
    const found = await files(c, async () => {});
    const hashed = c.req.path.startsWith('/assets/');
    if (found) {
      found.headers.set('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
      return found;
    }
    // A missing hashed file is a stale page asking for an old build: 404, not the page.
    if (hashed) return c.text('Not found', 404);
    // Read per request: a rebuild under a running server is served without a restart.
    return c.html(readFileSync(indexFile, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  });
  return (request) => {
    const { pathname } = new URL(request.url);
    if (isApiPath(pathname) || (request.method !== 'GET' && request.method !== 'HEAD'))
      return api(request);
    return site.fetch(request);
  };
}
