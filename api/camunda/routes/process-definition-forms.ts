import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DeployedForm, Engine } from '../../../engine/index.ts';
import type { AppEnv } from '../../auth/roles.ts';
import { ifFound, invalidRequest } from '../errors.ts';
import { camundaApp, IdParam, op } from '../route.ts';
import { KeyParam, latest } from './process-definition.ts';

/**
 * A process's start form as Camunda's Tasklist asks for it: the key its none start event names
 * (`camunda:formKey`), and the deployed file a form key or `camunda:formRef` names.
 */

/**
 * A deployed form answered as Camunda answers it: form-js files (`.form`, or named by a
 * `formRef`) as JSON, anything else as XHTML.
 */
export function deployedFormReply(c: Context<AppEnv>, form: DeployedForm) {
  const json = form.formKey === null || form.formKey.endsWith('.form');
  return c.body(form.content, 200, {
    'content-type': json ? 'application/json' : 'application/xhtml+xml',
  });
}

export function processDefinitionFormRoutes(engine: Engine) {
  const app = camundaApp();

  /** An unknown version id is a 400 here, as Camunda's form service answers it. */
  async function known(id: string) {
    const definition = await ifFound(engine.getDefinition(id));
    if (!definition)
      throw invalidRequest(`Cannot get start form data for process definition ${id}`);
    return definition.id;
  }

  async function startForm(c: Context<AppEnv>, definitionId: string) {
    return c.json({ key: await engine.getStartFormKey(definitionId), contextPath: null }, 200);
  }
  async function deployedStartForm(c: Context<AppEnv>, definitionId: string) {
    return deployedFormReply(c, await engine.getDeployedForm({ definitionId }));
  }

  app.openapi(
    createRoute({
      ...op('get', '/process-definition/{id}/startForm', "The start form's key"),
      request: { params: IdParam },
    }),
    async (c) => startForm(c, await known(c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/startForm',
        "The latest version's start form key",
      ),
      request: { params: KeyParam },
    }),
    async (c) => startForm(c, (await latest(engine, c.req.valid('param').key)).id),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/{id}/deployed-start-form',
        'The deployed file the start form key or form reference names',
      ),
      request: { params: IdParam },
    }),
    async (c) => deployedStartForm(c, await known(c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/deployed-start-form',
        "The deployed file the latest version's start form names",
      ),
      request: { params: KeyParam },
    }),
    async (c) => deployedStartForm(c, (await latest(engine, c.req.valid('param').key)).id),
  );

  return app;
}
