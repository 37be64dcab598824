import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DefinitionRecord, Engine, FormField } from '../../../engine/index.ts';
import type { AppEnv } from '../../auth/roles.ts';
import { toDefinitionDto } from '../dto.ts';
import { formValue } from '../form-values.ts';
import { CamundaError, invalidRequest } from '../errors.ts';
import { BooleanParam, camundaApp, IdParam, ListParam, op } from '../route.ts';
import { deleteDefinition } from './deployment-resources.ts';
import { KeyParam, latest } from './process-definition.ts';

/**
 * Reads around a process definition that tools call besides the list: the XML by key, the
 * start form's variables, statistics of running instances and incidents, and deleting
 * versions (by id, or every version of a key).
 */

const FormVariablesQuery = z.object({
  variableNames: ListParam.optional(),
  deserializeValues: BooleanParam.optional(),
});
const statisticsFilters = {
  failedJobs: BooleanParam.optional(),
  incidents: BooleanParam.optional(),
  incidentsForType: z.string().optional(),
};
const StatisticsQuery = z.object(statisticsFilters);
/** Every Promesa incident is its own root cause, so `rootIncidents` counts the same ones. */
const AllStatisticsQuery = z.object({
  ...statisticsFilters,
  rootIncidents: BooleanParam.optional(),
});
const DeleteQuery = z.object({ cascade: BooleanParam.optional() });

type StatisticsQuery = z.infer<typeof AllStatisticsQuery>;

type IncidentCount = { type: string; count: number };

/** `incidents` per type as Camunda's statistics answer them, or `[]` when not asked for. */
function incidentCounts(counts: IncidentCount[], q: StatisticsQuery) {
  if (q.incidents && q.incidentsForType !== undefined)
    throw invalidRequest(
      'Only one of the query parameter incidents or incidentsForType can be set.',
    );
  const counted = q.incidents || q.rootIncidents || q.incidentsForType !== undefined;
  if (!counted) return [];
  const byType = new Map<string, number>();
  for (const { type, count } of counts)
    if (q.incidentsForType === undefined || type === q.incidentsForType)
      byType.set(type, (byType.get(type) ?? 0) + count);
  return [...byType].map(([incidentType, incidentCount]) => ({ incidentType, incidentCount }));
}

const failedJobs = (counts: IncidentCount[], q: StatisticsQuery) =>
  q.failedJobs ? counts.filter((c) => c.type === 'failedJob').reduce((n, c) => n + c.count, 0) : 0;

export function processDefinitionReadRoutes(engine: Engine) {
  const app = camundaApp();

  /** Per element where tokens of the version's active instances rest, counted in the store. */
  async function activityStatistics(definition: DefinitionRecord, q: StatisticsQuery) {
    const [tokens, incidents] = await Promise.all([
      engine.restingTokens(definition.id),
      engine.openIncidentCounts(definition.id),
    ]);
    return tokens.map(({ elementId, tokens: count }) => {
      const here = incidents.filter((i) => i.elementId === elementId);
      return {
        id: elementId,
        instances: count,
        failedJobs: failedJobs(here, q),
        incidents: incidentCounts(here, q),
      };
    });
  }

  function formVariables(c: Context<AppEnv>, fields: FormField[]) {
    const { variableNames } = c.req.valid('query' as never) as z.infer<typeof FormVariablesQuery>;
    const chosen = variableNames ? fields.filter((f) => variableNames.includes(f.id)) : fields;
    return c.json(Object.fromEntries(chosen.map((f) => [f.id, formValue(f, {})])), 200);
  }

  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/statistics',
        'Running instances, failed jobs and incidents per process version',
      ),
      request: { query: AllStatisticsQuery },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const counts = await engine.instanceCounts();
      const active = (id: string) =>
        counts
          .filter((r) => r.definitionId === id && r.status === 'active')
          .reduce((n, r) => n + r.count, 0);
      const incidents = await engine.openIncidentCounts();
      const result = (await engine.listDefinitions({ latestOnly: false })).map((d) => {
        const own = incidents.filter((i) => i.definitionId === d.id);
        return {
          id: d.id,
          instances: active(d.id),
          failedJobs: failedJobs(own, q),
          incidents: incidentCounts(own, q),
          definition: toDefinitionDto(d),
        };
      });
      return c.json(result, 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/{id}/statistics',
        'Running instances, failed jobs and incidents per activity of a version',
      ),
      request: { params: IdParam, query: StatisticsQuery },
    }),
    async (c) =>
      c.json(
        await activityStatistics(
          await engine.getDefinition(c.req.valid('param').id),
          c.req.valid('query'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/statistics',
        'Per-activity statistics of the latest version',
      ),
      request: { params: KeyParam, query: StatisticsQuery },
    }),
    async (c) =>
      c.json(
        await activityStatistics(
          await latest(engine, c.req.valid('param').key),
          c.req.valid('query'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/xml',
        'The BPMN XML of the latest version: `{ id, bpmn20Xml }`',
      ),
      request: { params: KeyParam },
    }),
    async (c) => {
      const { id } = await latest(engine, c.req.valid('param').key);
      return c.json({ id, bpmn20Xml: await engine.getDefinitionXml(id) }, 200);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/{id}/form-variables',
        "The start form's fields with their default values, typed",
      ),
      request: { params: IdParam, query: FormVariablesQuery },
    }),
    async (c) => formVariables(c, await engine.getStartForm(c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/form-variables',
        "The latest version's start form fields with their default values",
      ),
      request: { params: KeyParam, query: FormVariablesQuery },
    }),
    async (c) =>
      formVariables(
        c,
        await engine.getStartForm((await latest(engine, c.req.valid('param').key)).id),
      ),
  );
  app.openapi(
    createRoute({
      ...op(
        'delete',
        '/process-definition/{id}',
        'Delete a version; with cascade, its running instances are cancelled first',
      ),
      request: { params: IdParam, query: DeleteQuery },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await engine.getDefinition(id);
      await deleteDefinition(
        engine,
        id,
        c.req.valid('query').cascade ?? false,
        c.var.principal!.username,
      );
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'delete',
        '/process-definition/key/{key}',
        'Delete every version of a process; with cascade, running instances are cancelled first',
      ),
      request: { params: KeyParam, query: DeleteQuery },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      await latest(engine, key);
      const cascade = c.req.valid('query').cascade ?? false;
      // All versions or none: a running instance of any of them refuses the whole deletion.
      if (!cascade && (await engine.countInstances({ processId: key, status: 'active' })) > 0)
        throw new CamundaError(
          400,
          'BadUserRequestException',
          `Deletion of process definitions with key ${key} without cascading failed: they have running process instances`,
        );
      for (const d of await engine.listDefinitions({ latestOnly: false, processId: key }))
        await deleteDefinition(engine, d.id, cascade, c.var.principal!.username);
      return c.body(null, 204);
    },
  );

  return app;
}
