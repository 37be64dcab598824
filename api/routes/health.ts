import { createRoute, z } from '@hono/zod-openapi';
import { json, resourceApp } from './openapi.ts';

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Liveness: answers while the server runs',
  responses: { 200: json(z.object({ status: z.literal('ok') }), 'Running') },
});

const ready = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['meta'],
  summary: 'Readiness for a load balancer: the database answers and its migrations are current',
  description:
    'Answers 503 while the database is unreachable or behind the code, and once the server has begun shutting down, so a load balancer sends this node no new requests.',
  responses: {
    200: json(z.object({ status: z.literal('ready') }), 'Ready to serve'),
    503: json(z.object({ status: z.literal('unavailable') }), 'Not ready'),
  },
});

/**
 * `/api/health` (the process is alive) and `/api/ready` (it can serve: `isReady` resolves true and
 * no shutdown has begun).
 */
export function healthRoutes(isReady: () => Promise<boolean>, shutdown?: AbortSignal) {
  const app = resourceApp();
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(ready, async (c) =>
    !shutdown?.aborted && (await isReady().catch(() => false))
      ? c.json({ status: 'ready' as const }, 200)
      : c.json({ status: 'unavailable' as const }, 503),
  );
  return app;
}
