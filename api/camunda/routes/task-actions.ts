import { checkAssignee } from '../../auth/assignee-check.ts';
import type { Identity } from '../../auth/identity.ts';
import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine, type TaskRecord } from '../../../engine/index.ts';
import type { Principal } from '../../auth/roles.ts';
import { mayActOn, mayCompleteForOthers } from '../../auth/task-access.ts';
import { invalidRequest, suspendedAsRestException } from '../errors.ts';
import { camundaApp, doc, IdParam, optionalJson, requiredJson } from '../route.ts';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../variables.ts';
import { openVisibleTask } from './task.ts';

const UserIdBody = z.object({ userId: z.string().min(1).max(255).nullable().optional() });
const CompleteBody = z.object({
  variables: TypedVariables.nullable().optional(),
  withVariablesInReturn: z.boolean().nullable().optional(),
});

const claim = createRoute({
  method: 'post',
  path: '/task/{id}/claim',
  ...doc(
    'Claim a task: `{ userId }` (yourself unless admin); 500 `TaskAlreadyClaimedException` when someone else holds it',
  ),
  request: { params: IdParam, body: optionalJson(UserIdBody) },
});
const unclaim = createRoute({
  method: 'post',
  path: '/task/{id}/unclaim',
  ...doc('Give a task back to its candidates'),
  request: { params: IdParam },
});
const complete = createRoute({
  method: 'post',
  path: '/task/{id}/complete',
  ...doc(
    'Complete a task with typed variables: 204, or 200 with the process variables when `withVariablesInReturn`',
  ),
  request: { params: IdParam, body: optionalJson(CompleteBody) },
});
const bpmnError = createRoute({
  method: 'post',
  path: '/task/{id}/bpmnError',
  ...doc(
    "Throw a BPMN error from a task (Camunda's handleBpmnError): an error boundary event on it or an enclosing scope catches it, with the variables set first; uncaught, the task's path ends",
  ),
  request: {
    params: IdParam,
    body: requiredJson(
      z
        .object({
          errorCode: z.string().max(255).nullable().optional(),
          errorMessage: z.string().max(4000).nullable().optional(),
          variables: TypedVariables.nullable().optional(),
        })
        .strict(),
    ),
  },
});

const bpmnEscalation = createRoute({
  method: 'post',
  path: '/task/{id}/bpmnEscalation',
  ...doc(
    "Escalate from a task (Camunda's handleEscalation): an escalation event on it or an enclosing scope catches it, with the variables set first; uncaught, a 400 and nothing changes",
  ),
  request: {
    params: IdParam,
    body: requiredJson(
      z
        .object({
          escalationCode: z.string().max(255).nullable().optional(),
          variables: TypedVariables.nullable().optional(),
        })
        .strict(),
    ),
  },
});

/**
 * An open task the caller may act on. Camunda without authorization lets anyone act on any
 * task; behind Promesa's roles, staff act only on tasks offered to them (as in `/api`), and
 * with `completing`, developers and admins may complete anyone's.
 */
export async function actionable(
  engine: Engine,
  principal: Principal,
  id: string,
  completing = false,
): Promise<TaskRecord> {
  const task = await openVisibleTask(engine, principal, id);
  if (!mayActOn(principal, task) && !(completing && mayCompleteForOthers(principal, task)))
    throw new ForbiddenError(
      'task-not-offered',
      `Task ${id} is not offered to ${principal.username}`,
    );
  return task;
}

/** Claim, unclaim and complete, with Camunda's statuses (204 on success). */
export function taskActionRoutes(engine: Engine, identity: Identity) {
  const app = camundaApp();

  app.openapi(claim, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id);
    const userId = c.req.valid('json').userId ?? principal.username;
    if (userId !== principal.username && principal.role !== 'admin') {
      throw new ForbiddenError(
        'claim-for-other',
        `${principal.username} may claim tasks only for themselves, not for ${userId}`,
      );
    }
    // Claiming for someone else is an assignment: only to a user who could work the task.
    if (userId !== principal.username) await checkAssignee(identity, task, userId);
    await engine.claimTask(task.id, userId);
    return c.body(null, 204);
  });

  app.openapi(unclaim, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id);
    if (task.assignee && task.assignee !== principal.username && principal.role !== 'admin') {
      throw new ForbiddenError(
        'task-claimed',
        `Task ${task.id} is claimed by ${task.assignee}; only they or an admin may unclaim it`,
      );
    }
    await engine.unclaimTask(task.id, { userId: principal.username });
    return c.body(null, 204);
  });

  app.openapi(complete, async (c) => {
    const principal = c.var.principal!;
    const task = await actionable(engine, principal, c.req.valid('param').id, true);
    const body = c.req.valid('json');
    // Camunda checks authorization only, never the assignee: whoever may work the task
    // completes it, and history records on whose behalf.
    await suspendedAsRestException(
      engine.completeTask(task.id, {
        variables: fromTypedVariables(body.variables),
        userId: principal.username,
        forOthers: true,
      }),
      500,
      `Cannot complete task ${task.id}: `,
    );
    if (!body.withVariablesInReturn) return c.body(null, 204);
    return c.json(toTypedVariables((await engine.getInstance(task.instanceId)).variables), 200);
  });

  app.openapi(bpmnError, async (c) => {
    const principal = c.var.principal!;
    const { errorCode, errorMessage, variables } = c.req.valid('json');
    // Camunda's BadUserRequestException: 400 before anything else.
    if (!errorCode) throw invalidRequest(`errorCode is ${errorCode === '' ? 'empty' : 'null'}`);
    const task = await actionable(engine, principal, c.req.valid('param').id, true);
    await engine.bpmnErrorTask(task.id, {
      errorCode,
      errorMessage: errorMessage ?? undefined,
      variables: fromTypedVariables(variables),
      userId: principal.username,
      forOthers: mayCompleteForOthers(principal, task),
    });
    return c.body(null, 204);
  });

  app.openapi(bpmnEscalation, async (c) => {
    const principal = c.var.principal!;
    const { escalationCode, variables } = c.req.valid('json');
    if (!escalationCode)
      throw invalidRequest(`escalationCode is ${escalationCode === '' ? 'empty' : 'null'}`);
    const task = await actionable(engine, principal, c.req.valid('param').id, true);
    await engine.escalateTask(task.id, {
      escalationCode,
      variables: fromTypedVariables(variables),
      userId: principal.username,
      forOthers: mayCompleteForOthers(principal, task),
    });
    return c.body(null, 204);
  });

  return app;
}
