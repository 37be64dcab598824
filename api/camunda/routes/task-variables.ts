import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine, type TaskRecord } from '../../../engine/index.ts';
import type { Principal } from '../../auth/roles.ts';
import { mayActOn } from '../../auth/task-access.ts';
import { invalidRequest, notFound } from '../errors.ts';
import { camundaApp, doc, IdParam, optionalJson, requiredJson } from '../route.ts';
import {
  fromTypedValue,
  fromTypedVariables,
  toTypedValue,
  toTypedVariables,
  TypedValue,
  TypedVariables,
} from '../variables.ts';
import { openVisibleTask } from './task.ts';

const VariableParams = IdParam.extend({ varName: z.string().min(1).max(255) });
const ModifyBody = z.object({
  modifications: TypedVariables.nullable().optional(),
  deletions: z.array(z.string()).nullable().optional(),
});

const all = createRoute({
  method: 'get',
  path: '/task/{id}/variables',
  ...doc('The variables a task sees (its process variables), typed'),
  request: { params: IdParam },
});
const modify = createRoute({
  method: 'post',
  path: '/task/{id}/variables',
  ...doc(
    'Set variables: `{ modifications }` (deletions are not supported: Promesa never unsets a variable)',
  ),
  request: { params: IdParam, body: optionalJson(ModifyBody) },
});
const one = createRoute({
  method: 'get',
  path: '/task/{id}/variables/{varName}',
  ...doc('One variable, typed; 404 when absent'),
  request: { params: VariableParams },
});
const put = createRoute({
  method: 'put',
  path: '/task/{id}/variables/{varName}',
  ...doc('Set one variable from a typed value'),
  request: { params: VariableParams, body: requiredJson(TypedValue) },
});

/**
 * A task's variables: read where the task waits (a multi-instance item included) and written
 * to the instance, through the same engine calls as `/api`.
 */
export function taskVariableRoutes(engine: Engine) {
  const app = camundaApp();

  /** A task the caller may complete: offered to them and not held by someone else (admins excepted). */
  async function writable(principal: Principal, id: string): Promise<TaskRecord> {
    const task = await openVisibleTask(engine, principal, id);
    if (!mayActOn(principal, task))
      throw new ForbiddenError(
        'task-not-offered',
        `Task ${id} is not offered to ${principal.username}`,
      );
    if (task.assignee && task.assignee !== principal.username && principal.role !== 'admin')
      throw new ForbiddenError(
        'task-claimed',
        `Task ${id} is claimed by ${task.assignee}; only they may change its variables`,
      );
    return task;
  }

  const variablesOf = (task: TaskRecord) => engine.variablesAt(task);

  app.openapi(all, async (c) => {
    const task = await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
    return c.json(toTypedVariables(await variablesOf(task)), 200);
  });

  app.openapi(one, async (c) => {
    const { id, varName } = c.req.valid('param');
    const variables = await variablesOf(await openVisibleTask(engine, c.var.principal!, id));
    if (!Object.hasOwn(variables, varName))
      throw notFound(`task variable with name ${varName} does not exist`);
    return c.json(toTypedValue(variables[varName]), 200);
  });

  app.openapi(put, async (c) => {
    const { id, varName } = c.req.valid('param');
    const task = await writable(c.var.principal!, id);
    await engine.setVariables(
      task.instanceId,
      { [varName]: fromTypedValue(varName, c.req.valid('json')) },
      { userId: c.var.principal!.username },
    );
    return c.body(null, 204);
  });

  app.openapi(modify, async (c) => {
    const task = await writable(c.var.principal!, c.req.valid('param').id);
    const { modifications, deletions } = c.req.valid('json');
    if (deletions?.length) throw invalidRequest('Deleting variables is not supported');
    const variables = fromTypedVariables(modifications);
    if (Object.keys(variables).length > 0)
      await engine.setVariables(task.instanceId, variables, { userId: c.var.principal!.username });
    return c.body(null, 204);
  });

  return app;
}
