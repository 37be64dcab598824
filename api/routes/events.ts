import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { Engine } from '../../engine/index.ts';
import { canSeeTask } from '../auth/task-access.ts';
import { toTask } from '../schemas/tasks.ts';
import { errors, resourceApp } from './openapi.ts';

const HEARTBEAT_MS = 25_000;

const events = createRoute({
  method: 'get',
  path: '/',
  tags: ['events'],
  summary: 'Server-sent events: `task.changed` with the task, for every task the caller may see',
  description: 'Each event\'s data is a Task as JSON. A comment line every 25 s keeps proxies from closing the stream.',
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...errors(),
  },
});

/** `GET /api/events`: committed task changes, filtered per caller like the task list. */
export function eventRoutes(engine: Engine, shutdown?: AbortSignal) {
  const app = resourceApp();

  app.openapi(events, (c) => {
    const principal = c.var.principal!;
    return streamSSE(c, async (stream) => {
      let sequence = 0;
      let writing: Promise<void> = Promise.resolve();
      // Writes are chained so events leave in commit order.
      const send = (write: () => Promise<void>) => (writing = writing.then(write).catch(() => undefined));
      const unsubscribe = engine.subscribe((event) => {
        if (event.type !== 'task.changed' || !canSeeTask(principal, event.task)) return;
        const data = JSON.stringify(toTask(event.task));
        send(() => stream.writeSSE({ event: 'task.changed', id: String(++sequence), data }));
      });
      const heartbeat = setInterval(() => send(() => stream.write(': heartbeat\n\n').then(() => undefined)), HEARTBEAT_MS);
      await new Promise<void>((resolve) => {
        stream.onAbort(resolve);
        if (shutdown?.aborted) resolve();
        shutdown?.addEventListener('abort', () => resolve(), { once: true });
      });
      clearInterval(heartbeat);
      unsubscribe();
      await writing;
    }) as never;
  });

  return app;
}
