import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { notFound } from '../errors.ts';
import { camundaApp, IdParam, op, requiredJson } from '../route.ts';
import { KeyParam, latest } from './process-definition.ts';

/** `HistoryTimeToLiveDto`: days, or null for the engine's default; never negative. */
const TimeToLiveBody = z
  .object({ historyTimeToLive: z.number().int().min(0).max(2_147_483_647).nullable() })
  .strict();

/**
 * Changing how long a version's ended instances are kept after it was deployed, as Camunda's
 * operators do; the nightly history clean-up reads the new value on its next run.
 */
export function processDefinitionTimeToLiveRoutes(engine: Engine) {
  const app = camundaApp();

  async function change(definitionId: string, days: number | null) {
    if (!(await engine.setHistoryTimeToLive(definitionId, days)))
      throw notFound(`No matching definition with id ${definitionId}`);
  }

  app.openapi(
    createRoute({
      ...op(
        'put',
        '/process-definition/{id}/history-time-to-live',
        "Sets a version's history time to live in days (null: the engine's default)",
      ),
      request: { params: IdParam, body: requiredJson(TimeToLiveBody) },
    }),
    async (c) => {
      await change(c.req.valid('param').id, c.req.valid('json').historyTimeToLive);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'put',
        '/process-definition/key/{key}/history-time-to-live',
        "Sets the latest version's history time to live in days (null: the engine's default)",
      ),
      request: { params: KeyParam, body: requiredJson(TimeToLiveBody) },
    }),
    async (c) => {
      const { id } = await latest(engine, c.req.valid('param').key);
      await change(id, c.req.valid('json').historyTimeToLive);
      return c.body(null, 204);
    },
  );

  return app;
}
