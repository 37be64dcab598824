import { createRoute, z } from '@hono/zod-openapi';
import { ConflictError, NotFoundError, type Engine } from '../../../engine/index.ts';
import { notFound } from '../errors.ts';
import { BooleanParam, camundaApp, IdParam, op } from '../route.ts';

const DeleteQuery = z.object({ failIfNotExists: BooleanParam.optional() });

/**
 * Deleting an ended instance's history on request, before its time to live is over. Camunda's
 * resource answers every engine refusal as a 404, a running instance included.
 */
export function historyDeletionRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(
    createRoute({
      ...op(
        'delete',
        '/history/process-instance/{id}',
        'Deletes an ended instance with everything kept of it (a running one is a 404)',
      ),
      request: { params: IdParam, query: DeleteQuery },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { failIfNotExists = true } = c.req.valid('query');
      try {
        await engine.deleteInstanceHistory(id);
      } catch (error) {
        if (error instanceof NotFoundError && !failIfNotExists) return c.body(null, 204);
        if (error instanceof NotFoundError)
          throw notFound(`Historic process instance with id ${id} does not exist`);
        if (error instanceof ConflictError) throw notFound(error.message);
        throw error;
      }
      return c.body(null, 204);
    },
  );

  return app;
}
