import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine } from '../../../engine/index.ts';
import { checkAssignee } from '../../auth/assignee-check.ts';
import type { Identity } from '../../auth/identity.ts';
import type { Principal } from '../../auth/roles.ts';
import { steersTask } from '../../auth/supervision.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, IdParam, op, optionalJson, requiredJson } from '../route.ts';
import { fromTypedVariables, TypedVariables } from '../variables.ts';
import { actionable } from './task-actions.ts';

/**
 * Setting a task's assignee, delegating it and resolving a delegation. Like `/api`: the
 * holder of a task (or, unheld, whoever it is offered to) hands it on, and whoever steers its
 * lane (its supervisors, admins) may override; the new assignee must be able to work it.
 */

const UserBody = z.object({ userId: z.string().min(1).max(255).nullable() }).strict();
const ResolveBody = z.object({ variables: TypedVariables.nullable().optional() }).strict();

const mayHandOn = (
  principal: Principal,
  assignee: string | null | undefined,
  task: Parameters<typeof steersTask>[1],
) => !assignee || assignee === principal.username || steersTask(principal, task);

export function taskDelegationRoutes(engine: Engine, identity: Identity) {
  const app = camundaApp();
  const refuse = (id: string, who: string) =>
    new ForbiddenError('task-claimed', `Task ${id} is held by someone else than ${who}`);

  app.openapi(
    createRoute({
      ...op('post', '/task/{id}/assignee', 'Set (or clear, with null) the assignee of a task'),
      request: { params: IdParam, body: requiredJson(UserBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const task = await actionable(engine, principal, c.req.valid('param').id);
      if (!mayHandOn(principal, task.assignee, task)) throw refuse(task.id, principal.username);
      const { userId } = c.req.valid('json');
      if (userId !== null) await checkAssignee(identity, task, userId);
      await engine.assignTask(task.id, userId, { userId: principal.username });
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/delegate',
        'Delegate a task: the assignee hands it on and stays its owner',
      ),
      request: { params: IdParam, body: requiredJson(UserBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const task = await actionable(engine, principal, c.req.valid('param').id);
      if (!mayHandOn(principal, task.assignee, task)) throw refuse(task.id, principal.username);
      const { userId } = c.req.valid('json');
      if (userId === null)
        throw invalidRequest('A task is delegated to a user: userId is required');
      await checkAssignee(identity, task, userId);
      await engine.assignTask(task.id, userId, {
        userId: principal.username,
        owner: task.assignee ?? principal.username,
      });
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/resolve',
        'Resolve a delegated task: it goes back to its owner, with variables set first',
      ),
      request: { params: IdParam, body: optionalJson(ResolveBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const task = await actionable(engine, principal, c.req.valid('param').id);
      if (!task.owner)
        throw invalidRequest(`Task ${task.id} is not delegated: there is nobody to resolve it to`);
      if (!mayHandOn(principal, task.assignee, task)) throw refuse(task.id, principal.username);
      const variables = fromTypedVariables(c.req.valid('json')?.variables);
      if (Object.keys(variables).length > 0)
        await engine.setVariables(task.instanceId, variables, {
          tokenId: task.tokenId,
          userId: principal.username,
        });
      await engine.assignTask(task.id, task.owner, {
        userId: principal.username,
        owner: task.owner,
      });
      return c.body(null, 204);
    },
  );

  return app;
}
