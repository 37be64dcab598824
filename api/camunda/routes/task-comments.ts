import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ForbiddenError,
  NotFoundError,
  type Engine,
  type TaskComment,
} from '../../../engine/index.ts';
import type { AppEnv } from '../../auth/roles.ts';
import { loadVisibleTask, mayCommentOn } from '../../auth/task-access.ts';
import { camundaDate, selfLink } from '../dto.ts';
import { invalidRequest, notFound } from '../errors.ts';
import { camundaApp, IdParam, op, requiredJson } from '../route.ts';

/**
 * Comments on tasks (Camunda's task comments): written by whoever works or steers the task, the
 * author being the authenticated user; read by whoever sees the task, also after it ended. They
 * are kept until the history clean-up removes their instance.
 */

const text = z.string().max(4000).nullable().optional();
/** `CommentDto`: the message (and the task's instance, if given); the rest is read-only. */
const CommentBody = z
  .object({
    message: z.string().max(4000).nullable().optional(),
    processInstanceId: text,
    userId: text,
    id: text,
    taskId: text,
    time: text,
    removalTime: text,
    rootProcessInstanceId: text,
    links: z.array(z.unknown()).nullable().optional(),
  })
  .strict();

/** `CommentDto`; the history clean-up removes comments with their instance, at no set time. */
function toCommentDto(comment: TaskComment, links: ReturnType<typeof selfLink> = []) {
  return {
    links,
    id: comment.id,
    userId: comment.userId,
    taskId: comment.taskId,
    time: camundaDate(comment.at),
    message: comment.message,
    removalTime: null,
    rootProcessInstanceId: null,
  };
}

const CommentParams = z.object({
  id: z.string().min(1).max(300),
  commentId: z.string().min(1).max(300),
});

export function taskCommentRoutes(engine: Engine) {
  const app = camundaApp();
  const visibleTask = (c: Context<AppEnv>, id: string) =>
    loadVisibleTask(engine, c.var.principal!, id);

  app.openapi(
    createRoute({
      ...op('get', '/task/{id}/comment', "A task's comments, oldest first (also once it ended)"),
      request: { params: IdParam },
    }),
    async (c) => {
      const task = await visibleTask(c, c.req.valid('param').id);
      const comments = await engine.listTaskComments(task.id);
      return c.json(
        comments.map((comment) => toCommentDto(comment)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/comment/create',
        'Comment on an open task as the authenticated user (who works or steers it)',
      ),
      request: { params: IdParam, body: requiredJson(CommentBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      // Camunda answers 400 for a task it cannot comment on, unknown or ended.
      const task = await visibleTask(c, id).catch((error) => {
        if (error instanceof NotFoundError) throw invalidRequest(`No task found for task id ${id}`);
        throw error;
      });
      if (task.state !== 'open')
        throw invalidRequest(`Task ${id} has ended: comments are written on open tasks`);
      if (!body.message)
        throw invalidRequest('message is required: Not enough parameters submitted');
      if (body.processInstanceId != null && body.processInstanceId !== task.instanceId)
        throw invalidRequest(
          `processInstanceId ${body.processInstanceId} is not the instance of task ${id}`,
        );
      if (body.userId != null && body.userId !== principal.username)
        throw invalidRequest(
          `userId: a comment is written by the authenticated user, ${principal.username}`,
        );
      if (!mayCommentOn(principal, task))
        throw new ForbiddenError(
          'task-not-offered',
          `${principal.username} may not comment on task ${id}: it is neither offered to them nor in a lane they steer`,
        );
      const comment = await engine.commentOnTask(task.id, body.message, {
        userId: principal.username,
      });
      return c.json(
        toCommentDto(comment, selfLink(c, `/task/${task.id}/comment/${comment.id}`)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...op('get', '/task/{id}/comment/{commentId}', 'One comment of a task'),
      request: { params: CommentParams },
    }),
    async (c) => {
      const { id, commentId } = c.req.valid('param');
      const task = await visibleTask(c, id);
      const comment = (await engine.listTaskComments(task.id)).find((x) => x.id === commentId);
      if (!comment)
        throw notFound(`Task comment with id ${commentId} does not exist for task id '${id}'.`);
      return c.json(toCommentDto(comment), 200);
    },
  );

  return app;
}
