import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import {
  NewSlaPolicyBody,
  SlaPolicy,
  SlaPolicyParams,
  SlaPolicyTermsBody,
  toSlaPolicy,
} from '../schemas/sla-policies.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const tags = ['sla-policies'];
const applies =
  'Instances started from then on get the new terms; running instances keep the promise they were given.';

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Every SLA policy, ordered by id',
  description:
    "A diagram reads a policy's target in an expression: `${slaPolicy('phone-immediate')}` by id, or `${slaPolicy(channel, 'first-response')}` by touchpoint and kind (else the policy of that kind for any touchpoint).",
  responses: { 200: json(z.array(SlaPolicy), 'The policies'), ...errors() },
});
const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One SLA policy',
  request: { params: SlaPolicyParams },
  responses: { 200: json(SlaPolicy, 'The policy'), ...errors(404) },
});
const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add an SLA policy (supervisors and above)',
  description: `Answers 409 \`sla-policy-exists\` for an id in use and \`sla-policy-clash\` when another policy has the same touchpoint and kind. ${applies}`,
  request: { body: body(NewSlaPolicyBody) },
  responses: { 201: json(SlaPolicy, 'The policy'), ...errors(409) },
});
const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: 'Change an SLA policy (supervisors and above)',
  description: `Replaces its terms. Answers 409 \`sla-policy-clash\` when another policy has the same touchpoint and kind. ${applies}`,
  request: { params: SlaPolicyParams, body: body(SlaPolicyTermsBody) },
  responses: { 200: json(SlaPolicy, 'The policy as changed'), ...errors(404, 409) },
});

/** SLA policies: staff read them, supervisors and above change them (`auth/access.ts`). */
export function slaPolicyRoutes(engine: Engine) {
  const app = resourceApp();
  const user = (c: { var: { principal?: { username: string } } }) => c.var.principal!.username;

  app.openapi(list, async (c) => c.json((await engine.listSlaPolicies()).map(toSlaPolicy), 200));
  app.openapi(get, async (c) =>
    c.json(toSlaPolicy(await engine.getSlaPolicy(c.req.valid('param').id)), 200),
  );
  app.openapi(create, async (c) => {
    const { id, ...terms } = c.req.valid('json');
    return c.json(toSlaPolicy(await engine.createSlaPolicy(id, terms, user(c))), 201);
  });
  app.openapi(update, async (c) => {
    const policy = await engine.updateSlaPolicy(
      c.req.valid('param').id,
      c.req.valid('json'),
      user(c),
    );
    return c.json(toSlaPolicy(policy), 200);
  });
  return app;
}
