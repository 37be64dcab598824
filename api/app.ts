import { Hono } from 'hono';
import type { Engine } from '../engine/index.ts';

/**
 * The HTTP face of the engine. This first slice answers health and lists what is deployed;
 * the task, instance and worker routes come with the HTTP API.
 */
export function createApp({ engine, store }: { engine: Engine; store: Pick<import('../engine/index.ts').Store, 'listDefinitions'> }): Hono {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/process-definitions', async (c) => {
    const definitions = await store.listDefinitions({ latestOnly: c.req.query('latest') !== 'false' });
    return c.json(definitions.map(({ id, processId, version, name, deployedAt, warnings }) => ({ id, processId, version, name, deployedAt, warnings })));
  });
  void engine;
  return app;
}
