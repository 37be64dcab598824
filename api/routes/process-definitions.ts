import { createRoute, z } from '@hono/zod-openapi';
import type { DefinitionRecord, Engine } from '../../engine/index.ts';
import { requireReadableDefinition } from '../auth/instance-access.ts';
import { mayStart, requireStarter } from '../auth/starters.ts';
import {
  Definition,
  DefinitionListQuery,
  DefinitionParams,
  StartableProcess,
  toDefinition,
} from '../schemas/definitions.ts';
import { Instance, StartBody, toInstance } from '../schemas/instances.ts';
import { errors, json, noContent, optionalBody, resourceApp } from './openapi.ts';

const tags = ['process definitions'];

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'List process definitions, latest versions or all',
  request: { query: DefinitionListQuery },
  responses: {
    200: json(z.array(Definition), 'Definitions by process id and version'),
    ...errors(),
  },
});
const startable = createRoute({
  method: 'get',
  path: '/startable',
  tags,
  summary:
    'What the caller may start: the latest version of each such process, with its start form',
  description:
    'Staff and supervisors get the processes naming them or one of their groups as candidate starter; developers and above every process.',
  responses: {
    200: json(z.array(StartableProcess), 'Processes to start, by process id'),
    ...errors(),
  },
});
const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Get a definition version (a process id names its latest version)',
  description: 'Supervisors read the versions that have one of their lanes; 404 for any other.',
  request: { params: DefinitionParams },
  responses: { 200: json(Definition, 'The definition'), ...errors(404) },
});
const xml = createRoute({
  method: 'get',
  path: '/{id}/xml',
  tags,
  summary: 'The BPMN XML a version was deployed from',
  description: 'Supervisors read the versions that have one of their lanes; 404 for any other.',
  request: { params: DefinitionParams },
  responses: {
    200: { description: 'BPMN 2.0 XML', content: { 'application/xml': { schema: z.string() } } },
    ...errors(404),
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Delete a version that no running instance uses',
  request: { params: DefinitionParams },
  responses: { 204: noContent, ...errors(404, 409) },
});
const start = createRoute({
  method: 'post',
  path: '/{id}/start',
  tags,
  summary: 'Start an instance with a business key and variables',
  description:
    'Open to candidate starters of the process (`camunda:candidateStarterGroups` / `camunda:candidateStarterUsers`) and to developers; 403 for anyone else. Variables are checked against the start form (400 naming the field).',
  request: { params: DefinitionParams, body: optionalBody(StartBody) },
  responses: {
    201: json(Instance, 'The new instance where its tokens came to rest'),
    ...errors(404),
  },
});

/** Resolves a definition id, or a process id (ids of versions contain `:`, process ids cannot). */
export async function resolveDefinition(engine: Engine, id: string): Promise<DefinitionRecord> {
  if (id.includes(':')) return engine.getDefinition(id);
  const [latest] = await engine.listDefinitions({ latestOnly: true, processId: id });
  return latest ?? engine.getDefinition(id);
}

/** Process definitions: list, what the caller may start, read, XML, delete a version, start an instance. */
export function processDefinitionRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const { latest, processId } = c.req.valid('query');
    return c.json(
      (await engine.listDefinitions({ latestOnly: latest, processId })).map(toDefinition),
      200,
    );
  });

  // Before `/{id}`, which would take `startable` for a process id.
  app.openapi(startable, async (c) => {
    const principal = c.var.principal!;
    const latest = await engine.listDefinitions({ latestOnly: true });
    const offered = latest.filter((d) => mayStart(principal, d));
    const items = await Promise.all(
      offered.map(async (d) => ({
        id: d.id,
        processId: d.processId,
        version: d.version,
        name: d.name ?? null,
        startForm: await engine.getStartForm(d.id),
      })),
    );
    return c.json(items, 200);
  });

  app.openapi(get, async (c) => {
    const definition = await resolveDefinition(engine, c.req.valid('param').id);
    await requireReadableDefinition(engine, c.var.principal!, definition.id);
    return c.json(toDefinition(definition), 200);
  });

  app.openapi(xml, async (c) => {
    const definition = await resolveDefinition(engine, c.req.valid('param').id);
    await requireReadableDefinition(engine, c.var.principal!, definition.id);
    return c.body(await engine.getDefinitionXml(definition.id), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    });
  });

  app.openapi(remove, async (c) => {
    await engine.deleteDefinition(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(start, async (c) => {
    const definition = await resolveDefinition(engine, c.req.valid('param').id);
    requireStarter(c.var.principal!, definition);
    const { businessKey, variables } = c.req.valid('json');
    const instance = await engine.start(definition.processId, {
      definitionId: definition.id,
      businessKey,
      variables,
      userId: c.var.principal!.username,
    });
    return c.json(toInstance(instance), 201);
  });

  return app;
}
