import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DefinitionRecord, Engine } from '../../../engine/index.ts';
import { ifFound, notFound } from '../errors.ts';
import { camundaApp, IdParam, op } from '../route.ts';
import { KeyParam, latest } from './process-definition.ts';

/**
 * A version's diagram image, as Camunda finds it: a resource of its deployment named after the
 * BPMN file, with the process key or without (`order.order-fulfilment.svg`, `order.svg`).
 * Promesa keeps resources as text, so SVG images only; none answers 204, as in Camunda.
 */
export function processDefinitionDiagramRoutes(engine: Engine) {
  const app = camundaApp();

  async function diagram(c: Context, definition: DefinitionRecord) {
    const base = definition.resource.replace(/\.(bpmn20\.xml|bpmn)$/i, '');
    const names = [`${base}.${definition.processId}.svg`, `${base}.svg`];
    const { resources } = await engine.getDeployment(definition.deploymentId);
    const image = names.flatMap((name) => resources.filter((r) => r.name === name))[0];
    if (!image) return c.body(null, 204);
    return c.body(image.content, 200, { 'content-type': 'image/svg+xml' });
  }

  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/{id}/diagram',
        'The diagram image deployed beside the version (SVG); 204 when none',
      ),
      request: { params: IdParam },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const definition = await ifFound(engine.getDefinition(id));
      if (!definition) throw notFound(`No matching definition with id ${id}`);
      return diagram(c, definition);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'get',
        '/process-definition/key/{key}/diagram',
        "The latest version's diagram image (SVG); 204 when none",
      ),
      request: { params: KeyParam },
    }),
    async (c) => diagram(c, await latest(engine, c.req.valid('param').key)),
  );

  return app;
}
