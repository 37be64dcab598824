import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { Engine, SlaRecord, TaskRecord } from '../../engine/index.ts';
import type { Principal } from '../auth/roles.ts';
import { steersAll, steersLane } from '../auth/supervision.ts';
import type { Identity } from '../auth/identity.ts';
import { canSeeTask } from '../auth/task-access.ts';
import { slaByTask, toSla } from '../schemas/slas.ts';
import { toTask } from '../schemas/tasks.ts';
import { errors, resourceApp } from './openapi.ts';

const HEARTBEAT_MS = 25_000;
/** Tasks whose visibility a stream remembers before it starts afresh (a stream can run for days). */
const REMEMBERED_TASKS = 10_000;

const events = createRoute({
  method: 'get',
  path: '/',
  tags: ['events'],
  summary:
    'Server-sent events: `task.changed` and `sla.changed`, for every task the caller may see',
  description:
    '`task.changed` carries a Task as JSON (with its SLA), `sla.changed` an Sla: staff get the SLAs of the tasks they see, analysts every SLA. ' +
    'A comment line every 25 s keeps proxies from closing the stream.',
  responses: {
    200: {
      description: 'An event stream',
      content: { 'text/event-stream': { schema: z.string() } },
    },
    ...errors(),
  },
});

/**
 * `GET /api/events`: committed task and SLA changes, filtered per caller like the task list. A
 * stream ends when its user's access changes (disabled, new password, role, groups, a revoked
 * token): the client reconnects, and the reconnection is authenticated afresh.
 */
export function eventRoutes(engine: Engine, identity: Identity, shutdown?: AbortSignal) {
  const app = resourceApp();
  // Every stream gets the same event object, so the SLA of a changed task is read once for all.
  const slaOfChange = new WeakMap<TaskRecord, Promise<SlaRecord | undefined>>();
  const slaOf = (task: TaskRecord) => {
    let sla = slaOfChange.get(task);
    if (!sla)
      slaOfChange.set(
        task,
        (sla = engine
          .listSlas({ taskIds: [task.id] })
          .then((slas) => slaByTask(slas).get(task.id))),
      );
    return sla;
  };

  app.openapi(events, (c) => {
    const principal = c.var.principal!;
    const maySee = streamVisibility(engine, principal);
    return streamSSE(c, async (stream) => {
      let sequence = 0;
      let writing: Promise<void> = Promise.resolve();
      // Writes are chained so events leave in commit order.
      const send = (write: () => Promise<void>) =>
        (writing = writing.then(write).catch(() => undefined));
      const unsubscribe = engine.subscribe((event) => {
        if (event.type === 'task.changed') {
          const { task } = event;
          if (!maySee.task(task)) return;
          send(async () =>
            stream.writeSSE({
              event: 'task.changed',
              id: String(++sequence),
              data: JSON.stringify(
                toTask(
                  task,
                  await slaOf(task),
                  (await engine.processNames([task.definitionId])).get(task.definitionId) ?? null,
                ),
              ),
            }),
          );
        } else if (event.type === 'sla.changed') {
          const { sla } = event;
          send(async () => {
            if (await maySee.sla(sla))
              await stream.writeSSE({
                event: 'sla.changed',
                id: String(++sequence),
                data: JSON.stringify(toSla(sla)),
              });
          });
        }
      });
      const heartbeat = setInterval(
        () => send(() => stream.write(': heartbeat\n\n').then(() => undefined)),
        HEARTBEAT_MS,
      );
      let forget = () => {};
      await new Promise<void>((resolve) => {
        const end = () => resolve();
        stream.onAbort(end);
        if (shutdown?.aborted) end();
        // Removed when the stream ends: the shutdown signal lives as long as the server.
        shutdown?.addEventListener('abort', end, { once: true });
        const stopWatching = identity.onChange((username) => {
          if (username === principal.username) end();
        });
        forget = () => {
          shutdown?.removeEventListener('abort', end);
          stopWatching();
        };
      });
      forget();
      clearInterval(heartbeat);
      unsubscribe();
      await writing;
    }) as never;
  });

  return app;
}

/**
 * What one stream may see. Analysts see every SLA; staff only the SLAs of tasks they see, and
 * supervisors also those of the lanes they steer that guard no task. The
 * stream remembers the visibility of each task it was told about, so an SLA change costs a
 * task read only for a task that changed before the stream opened.
 */
function streamVisibility(engine: Engine, principal: Principal) {
  const all = steersAll(principal);
  const visible = new Map<string, boolean>();
  const remember = (taskId: string, seen: boolean) => {
    if (visible.size >= REMEMBERED_TASKS) visible.clear();
    visible.set(taskId, seen);
    return seen;
  };
  return {
    /** Called in commit order, so it is current when a later SLA change of the task is checked. */
    task: (task: TaskRecord) => remember(task.id, canSeeTask(principal, task)),
    async sla(sla: SlaRecord): Promise<boolean> {
      if (all) return true;
      if (!sla.taskId) return steersLane(principal, sla.lane);
      const known = visible.get(sla.taskId);
      if (known !== undefined) return known;
      const task = await engine.getTask(sla.taskId).catch(() => undefined);
      return remember(sla.taskId, task !== undefined && canSeeTask(principal, task));
    },
  };
}
