import { createRoute, z } from '@hono/zod-openapi';
import type { DeployResult, Engine } from '../../engine/index.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { iso } from '../schemas/common.ts';
import {
  DeployJson,
  DeployMultipart,
  Deployment,
  DeployReply,
  CheckReply,
  toDefinition,
  toDeployedFile,
  toProblem,
} from '../schemas/definitions.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const deploy = createRoute({
  method: 'post',
  path: '/',
  tags: ['deployments'],
  summary: 'Deploy BPMN files',
  description:
    'JSON `{ name, xml }`, or multipart with one or more `file` parts. Each executable process becomes a new version; ' +
    'byte-identical XML makes none (`duplicate: true`). A diagram that cannot run answers 422 with the named problems.',
  request: {
    body: {
      // Not `required`: that would run both validators on every request; each runs for its own type.
      required: false,
      content: {
        'application/json': { schema: DeployJson },
        'multipart/form-data': { schema: DeployMultipart },
      },
    },
  },
  responses: {
    201: json(DeployReply, 'Deployed; `duplicate` marks files already deployed'),
    ...errors(413, 422),
  },
});

const check = createRoute({
  method: 'post',
  path: '/check',
  tags: ['deployments'],
  summary: 'Dry run: the problems a deployment of this XML would meet, without deploying it',
  description:
    'Always 200 with every problem the validator finds, each with its element and line: `error` problems would refuse the deployment, `warning` ones would be kept with the version. The modeler asks this before it deploys.',
  request: { body: body(DeployJson) },
  responses: {
    200: json(CheckReply, 'The problems; none means it would deploy cleanly'),
    ...errors(413),
  },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['deployments'],
  summary: 'List deployments with their definition versions',
  responses: { 200: json(z.array(Deployment), 'Deployments, oldest first'), ...errors() },
});

/** Upload and list deployments. */
export function deploymentRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(deploy, async (c) => {
    const deployedBy = c.var.principal!.username;
    const files: { name: string; xml: string }[] = [];
    const type = c.req.header('content-type') ?? '';
    if (!/^(multipart\/form-data|application\/json)\b/.test(type)) {
      throw new HttpError(
        400,
        'validation-failed',
        'Invalid body: send JSON { name, xml } or multipart/form-data with file parts',
        { in: 'body', field: 'xml' },
      );
    }
    const input = type.startsWith('multipart/') ? c.req.valid('form') : c.req.valid('json');
    if ('file' in input) {
      for (const part of Array.isArray(input.file) ? input.file : [input.file])
        files.push({ name: part.name || 'diagram.bpmn', xml: await part.text() });
    } else {
      files.push(input);
    }
    // One file at a time: a 422 in the second leaves the first deployed, as a CLI deploy would.
    const results: DeployResult[] = [];
    for (const file of files) results.push(await engine.deploy({ ...file, deployedBy }));
    return c.json({ deployments: results.map(toDeployedFile) }, 201);
  });

  app.openapi(check, async (c) => {
    const problems = await engine.checkDeployment(c.req.valid('json').xml);
    return c.json({ problems: problems.map(toProblem) }, 200);
  });

  app.openapi(list, async (c) => {
    const [deployments, definitions] = await Promise.all([
      engine.listDeployments(),
      engine.listDefinitions({ latestOnly: false }),
    ]);
    return c.json(
      deployments.map((d) => ({
        id: d.id,
        name: d.name,
        hash: d.hash,
        deployedAt: iso(d.deployedAt),
        deployedBy: d.deployedBy ?? null,
        definitions: definitions.filter((def) => def.deploymentId === d.id).map(toDefinition),
      })),
      200,
    );
  });

  return app;
}
