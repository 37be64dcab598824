import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { BooleanParam, camundaApp, IdParam, ListParam, op, optionalJson } from '../route.ts';
import { formValue } from '../form-values.ts';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../variables.ts';
import { deployedFormReply } from './process-definition-forms.ts';
import { actionable } from './task-actions.ts';
import { openVisibleTask } from './task.ts';

/**
 * A task's form: its key, the generated form's fields with the values they start with (the
 * variable of the field's name where the task sees one, else the field's default), and
 * submitting it, which completes the task checked against the form.
 */

const FormVariablesQuery = z.object({
  variableNames: ListParam.optional(),
  deserializeValues: BooleanParam.optional(),
});
const SubmitBody = z
  .object({
    variables: TypedVariables.nullable().optional(),
    withVariablesInReturn: z.boolean().nullable().optional(),
  })
  .strict();

export function taskFormRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(
    createRoute({
      ...op('get', '/task/{id}/form', "A task's form key"),
      request: { params: IdParam },
    }),
    async (c) => {
      const task = await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
      const { formKey } = await engine.getTaskForm(task.id);
      return c.json({ key: formKey, contextPath: null }, 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/task/{id}/deployed-form',
        "The deployed file the task's form key or form reference names",
      ),
      request: { params: IdParam },
    }),
    async (c) => {
      const task = await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
      return deployedFormReply(c, await engine.getDeployedForm({ taskId: task.id }));
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/task/{id}/form-variables',
        "A task's form fields with the values they start with, typed",
      ),
      request: { params: IdParam, query: FormVariablesQuery },
    }),
    async (c) => {
      const task = await openVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
      const { variableNames } = c.req.valid('query');
      const { fields } = await engine.getTaskForm(task.id);
      const seen = await engine.variablesAt(task);
      // Without a generated form, Camunda answers every variable the task sees.
      if (fields.length === 0) return c.json(toTypedVariables(seen, variableNames), 200);
      const chosen = variableNames ? fields.filter((f) => variableNames.includes(f.id)) : fields;
      return c.json(Object.fromEntries(chosen.map((f) => [f.id, formValue(f, seen)])), 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/submit-form',
        'Complete a task from its form: the variables are checked against it',
      ),
      request: { params: IdParam, body: optionalJson(SubmitBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const task = await actionable(engine, principal, c.req.valid('param').id, true);
      const body = c.req.valid('json') ?? {};
      await engine.completeTask(task.id, {
        variables: fromTypedVariables(body.variables),
        userId: principal.username,
        forOthers: true,
      });
      if (!body.withVariablesInReturn) return c.body(null, 204);
      return c.json(toTypedVariables((await engine.getInstance(task.instanceId)).variables), 200);
    },
  );

  return app;
}
