import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine, type SlaPolicy as Policy } from '../../engine/index.ts';
import type { Principal } from '../auth/roles.ts';
import { steersAll, steersLane } from '../auth/supervision.ts';
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
const scope =
  "A supervisor acts on a policy that deployed processes (their latest versions) read only when one of them has a lane the supervisor steers, before and after a change; otherwise 403 `sla-policy-not-steered`, naming the processes that read it (`details.processes`, `details.processNames`). A policy no process reads concerns no lane, so any supervisor acts on it. Analysts and above act on every policy. Which processes read a policy is found in their diagrams' `slaPolicy(...)` calls (a call whose touchpoint or kind is not a quoted literal may read any policy of that kind, or any).";

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Every SLA policy, ordered by id',
  description:
    "A diagram reads a policy's target in an expression: `${slaPolicy('phone-immediate')}` by id, or `${slaPolicy(channel, 'first-response')}` by touchpoint and kind (else the policy of that kind for any touchpoint). `names` holds a policy's name per language (the shipped policies have English and Spanish): show `names[language]`, else `name`.",
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
  description: `Answers 409 \`sla-policy-exists\` for an id in use and \`sla-policy-clash\` when another policy has the same touchpoint and kind. ${applies} ${scope}`,
  request: { body: body(NewSlaPolicyBody) },
  responses: { 201: json(SlaPolicy, 'The policy'), ...errors(409) },
});
const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: 'Change an SLA policy (supervisors and above)',
  description: `Replaces its terms; without \`names\`, the names per language are kept while \`name\` is unchanged and dropped when it changes. Answers 409 \`sla-policy-clash\` when another policy has the same touchpoint and kind. ${applies} ${scope}`,
  request: { params: SlaPolicyParams, body: body(SlaPolicyTermsBody) },
  responses: { 200: json(SlaPolicy, 'The policy as changed'), ...errors(404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Remove an SLA policy (supervisors and above)',
  description: `Answers 409 \`sla-policy-in-use\`, whoever asks, while a deployed process (its latest version) reads it and would find no policy without it, naming those processes in \`details.processes\` (ids) and \`details.processNames\` (as drawn): one that names it by id, or by touchpoint and kind when no other policy of that touchpoint and kind and no fallback of that kind for any touchpoint remains (a touchpoint's own policy may go while the fallback stays; its requests then get the fallback). Running instances keep the promises they were given, this policy's among them. ${scope}`,
  request: { params: SlaPolicyParams },
  responses: { 204: { description: 'Removed' }, ...errors(404, 409) },
});

/**
 * SLA policies: staff read them; supervisors change those the processes of their lanes read,
 * analysts and above every one (`auth/access.ts` for the roles).
 */
export function slaPolicyRoutes(engine: Engine) {
  const app = resourceApp();
  const user = (c: { var: { principal?: { username: string } } }) => c.var.principal!.username;

  /**
   * Refuses (403) a supervisor a policy read only by processes outside the lanes they steer. A
   * policy that no process reads concerns no lane, and is theirs to act on.
   */
  async function requireSteered(
    principal: Principal,
    policy: Pick<Policy, 'id' | 'touchpoint' | 'kind'>,
  ): Promise<void> {
    if (steersAll(principal)) return;
    const readers = await engine.slaPolicyReaders(policy);
    if (readers.length === 0) return;
    if (readers.some((reader) => reader.lanes.some((lane) => steersLane(principal, lane)))) return;
    throw new ForbiddenError(
      'sla-policy-not-steered',
      `SLA policy ${policy.id} is read by ${readers.map((r) => r.processId).join(', ')}, none of which has a lane you steer (${principal.groups.join(', ') || 'none'})`,
      {
        processes: readers.map((r) => r.processId),
        processNames: readers.map((r) => r.name ?? r.processId),
      },
    );
  }

  app.openapi(list, async (c) => c.json((await engine.listSlaPolicies()).map(toSlaPolicy), 200));
  app.openapi(get, async (c) =>
    c.json(toSlaPolicy(await engine.getSlaPolicy(c.req.valid('param').id)), 200),
  );
  app.openapi(create, async (c) => {
    const { id, ...terms } = c.req.valid('json');
    await requireSteered(c.var.principal!, { id, ...terms });
    return c.json(toSlaPolicy(await engine.createSlaPolicy(id, terms, user(c))), 201);
  });
  app.openapi(update, async (c) => {
    const id = c.req.valid('param').id;
    const terms = c.req.valid('json');
    await requireSteered(c.var.principal!, await engine.getSlaPolicy(id));
    await requireSteered(c.var.principal!, { id, ...terms });
    return c.json(toSlaPolicy(await engine.updateSlaPolicy(id, terms, user(c))), 200);
  });
  app.openapi(remove, async (c) => {
    const id = c.req.valid('param').id;
    // Without it, the requests of the processes reading it get a fallback: their lanes' call.
    await requireSteered(c.var.principal!, await engine.getSlaPolicy(id));
    await engine.deleteSlaPolicy(id);
    return c.body(null, 204);
  });
  return app;
}
