import { checkAssignee } from '../auth/assignee-check.ts';
import type { Identity } from '../auth/identity.ts';
import { createRoute } from '@hono/zod-openapi';
import {
  ConflictError,
  type Engine,
  ForbiddenError,
  type TaskRecord,
  taskClaimed,
  taskNotOpen,
} from '../../engine/index.ts';
import type { Principal } from '../auth/roles.ts';
import { steersTask } from '../auth/supervision.ts';
import { loadVisibleTask, mayActOn, mayCompleteForOthers } from '../auth/task-access.ts';
import { IdParams } from '../schemas/common.ts';
import { AssignTaskBody, CompleteTaskBody, DelegateTaskBody } from '../schemas/tasks.ts';
import { body, errors, noContent, optionalBody, resourceApp } from './openapi.ts';

const action = (path: string, summary: string, request: object = {}) =>
  createRoute({
    method: 'post',
    path,
    tags: ['tasks'],
    summary,
    request: { params: IdParams, ...request },
    responses: { 204: noContent, ...errors(404, 409) },
  });

const claim = action('/{id}/claim', 'Claim a task for yourself; 409 when someone else holds it');
const unclaim = action('/{id}/unclaim', 'Give a claimed task back to its candidates');
const assign = createRoute({
  ...action('/{id}/assign', 'Assign a task to a user, or clear the assignee with null'),
  request: { params: IdParams, body: body(AssignTaskBody) },
});
const delegate = createRoute({
  ...action('/{id}/delegate', 'Hand your task to someone else; history keeps you as its owner'),
  request: { params: IdParams, body: body(DelegateTaskBody) },
});
const complete = createRoute({
  ...action(
    '/{id}/complete',
    "Complete a task with variables; 409 when already completed, or claimed by someone else (developers and admins complete on the assignee's behalf, and history records both)",
  ),
  request: { params: IdParams, body: optionalBody(CompleteTaskBody) },
});

/**
 * A task the caller sees and may act on; 403 when they see it without being involved.
 * `steering` actions (assign, delegate, unclaim) are open to whoever steers the task's lane too.
 * Completing is open to whoever may complete for others (`mayCompleteForOthers`).
 */
async function actionable(
  engine: Engine,
  principal: Principal,
  id: string,
  action: 'work' | 'steer' | 'complete' = 'work',
): Promise<TaskRecord> {
  const task = await loadVisibleTask(engine, principal, id);
  const allowed =
    mayActOn(principal, task) ||
    (action === 'steer' && steersTask(principal, task)) ||
    (action === 'complete' && mayCompleteForOthers(principal, task));
  if (!allowed)
    throw new ForbiddenError(
      'task-not-offered',
      `Task ${id} is not offered to ${principal.username}`,
    );
  if (task.state !== 'open') throw taskNotOpen(task);
  return task;
}

/** Held by someone else than the caller (whoever steers the task's lane may override). */
function heldByOther(principal: Principal, task: TaskRecord): boolean {
  return !!task.assignee && task.assignee !== principal.username && !steersTask(principal, task);
}

/** Claim, unclaim, assign, delegate and complete: what staff do with their tasks. */
export function taskActionRoutes(engine: Engine, identity: Identity) {
  const app = resourceApp();

  app.openapi(claim, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id);
    await engine.claimTask(task.id, principal.username);
    return c.body(null, 204);
  });

  app.openapi(unclaim, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id, 'steer');
    if (heldByOther(principal, task)) throw taskClaimed(task);
    await engine.unclaimTask(task.id, { userId: principal.username });
    return c.body(null, 204);
  });

  app.openapi(assign, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id, 'steer');
    if (heldByOther(principal, task)) throw taskClaimed(task);
    const { assignee } = c.req.valid('json');
    if (assignee !== null) await checkAssignee(identity, task, assignee);
    await engine.assignTask(task.id, assignee, { userId: principal.username });
    return c.body(null, 204);
  });

  app.openapi(delegate, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id, 'steer');
    if (task.assignee !== principal.username && !steersTask(principal, task)) {
      throw new ConflictError(
        'task-not-yours',
        `Only the assignee of task ${task.id}, or a supervisor of its lane, may delegate it`,
      );
    }
    const { assignee } = c.req.valid('json');
    await checkAssignee(identity, task, assignee);
    await engine.assignTask(task.id, assignee, {
      userId: principal.username,
      owner: task.assignee ?? principal.username,
    });
    return c.body(null, 204);
  });

  app.openapi(complete, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id, 'complete');
    // Staff complete what they hold or unassigned work; a task held by someone else is 409.
    await engine.completeTask(task.id, {
      variables: c.req.valid('json').variables ?? {},
      userId: principal.username,
      forOthers: mayCompleteForOthers(principal, task),
    });
    return c.body(null, 204);
  });

  return app;
}
