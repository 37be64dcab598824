import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine, type TaskComment } from '../../engine/index.ts';
import { loadVisibleTask, mayCommentOn } from '../auth/task-access.ts';
import { IdParams, Instant, iso } from '../schemas/common.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const Comment = z
  .object({
    id: z.string(),
    userId: z.string().nullable(),
    at: Instant,
    message: z.string(),
  })
  .openapi('TaskComment');

const NewComment = z
  .object({ message: z.string().trim().min(1).max(4000) })
  .strict()
  .openapi('NewTaskComment');

const toComment = (c: TaskComment) => ({
  id: c.id,
  userId: c.userId,
  at: iso(c.at),
  message: c.message,
});

const list = createRoute({
  method: 'get',
  path: '/{id}/comments',
  tags: ['tasks'],
  summary: "A task's comments, oldest first, while the caller sees the task (also once it ended)",
  request: { params: IdParams },
  responses: { 200: json(z.array(Comment), 'The comments'), ...errors(404) },
});

const create = createRoute({
  method: 'post',
  path: '/{id}/comments',
  tags: ['tasks'],
  summary:
    'Comment on an open task as yourself: whoever may work the task or steers its lane (kept until the history clean-up removes the instance)',
  request: { params: IdParams, body: body(NewComment) },
  responses: { 201: json(Comment, 'The comment written'), ...errors(404, 409) },
});

/** Comments on tasks, the same ones `/engine-rest/task/{id}/comment` reads and writes. */
export function taskCommentRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const task = await loadVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
    return c.json((await engine.listTaskComments(task.id)).map(toComment), 200);
  });

  app.openapi(create, async (c) => {
    const principal = c.var.principal!;
    const task = await loadVisibleTask(engine, principal, c.req.valid('param').id);
    if (!mayCommentOn(principal, task))
      throw new ForbiddenError(
        'task-not-offered',
        `Task ${task.id} is neither offered to ${principal.username} nor in a lane they steer`,
      );
    // An ended task is refused by the engine (409 task-not-open).
    const comment = await engine.commentOnTask(task.id, c.req.valid('json').message, {
      userId: principal.username,
    });
    return c.json(toComment(comment), 201);
  });

  return app;
}
