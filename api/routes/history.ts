import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, TimelineEntry } from '../../engine/index.ts';
import type { Principal } from '../auth/roles.ts';
import { steersAll } from '../auth/supervision.ts';
import { taskVisibility } from '../auth/task-access.ts';
import { IdParams } from '../schemas/common.ts';
import {
  HistoryEntry,
  TimelinePage,
  TimelineQuery,
  toHistoryEntry,
  toTimelineEntry,
} from '../schemas/history.ts';
import { errors, json, resourceApp } from './openapi.ts';

const instanceLog = createRoute({
  method: 'get',
  path: '/process-instances/{id}',
  tags: ['history'],
  summary: 'The activity log of an instance, oldest first',
  request: { params: IdParams },
  responses: {
    200: json(z.array(HistoryEntry), 'Every history line of the instance'),
    ...errors(404),
  },
});

const customer = createRoute({
  method: 'get',
  path: '/customers/{businessKey}',
  tags: ['history'],
  summary:
    'The customer timeline: every instance, task and variable change for one business key, newest first',
  description:
    'Staff see only the lines of tasks offered to them and the start and end of those instances; a page may then hold fewer lines than `limit`.',
  request: { params: z.object({ businessKey: z.string().min(1).max(255) }), query: TimelineQuery },
  responses: { 200: json(TimelinePage, 'One page of the timeline'), ...errors() },
});

/**
 * What a staff member may see of a timeline: lines about tasks they see (the task's own
 * lines and its activity's start and end) and the start and end of instances holding one.
 */
async function staffFilter(
  engine: Engine,
  principal: Principal,
  businessKey: string,
): Promise<(entry: TimelineEntry) => boolean> {
  const tasks = await engine.listTasks({ businessKey, ...taskVisibility(principal) });
  const taskIds = new Set(tasks.map((t) => t.id));
  const tokens = new Set(tasks.map((t) => `${t.instanceId}/${t.tokenId}/${t.elementId}`));
  const instances = new Set(tasks.map((t) => t.instanceId));
  return (entry) => {
    const taskId = entry.data?.taskId;
    if (typeof taskId === 'string') return taskIds.has(taskId);
    if (entry.kind.startsWith('activity.'))
      return tokens.has(`${entry.instanceId}/${entry.tokenId}/${entry.elementId}`);
    return entry.kind.startsWith('instance.') && instances.has(entry.instanceId);
  };
}

/** Instance activity logs and the customer timeline. */
export function historyRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(instanceLog, async (c) => {
    const { id } = c.req.valid('param');
    await engine.getInstance(id); // 404 for an unknown instance rather than an empty log
    return c.json((await engine.history(id)).map(toHistoryEntry), 200);
  });

  app.openapi(customer, async (c) => {
    const principal = c.var.principal!;
    const { businessKey } = c.req.valid('param');
    const { limit, before } = c.req.valid('query');
    const entries = await engine.timeline(businessKey, { limit, beforeSeq: before });
    const visible = steersAll(principal)
      ? () => true
      : await staffFilter(engine, principal, businessKey);
    const last = entries.at(-1);
    return c.json(
      {
        items: entries.filter(visible).map(toTimelineEntry),
        nextBefore: entries.length === limit && last ? last.seq : null,
      },
      200,
    );
  });

  return app;
}
