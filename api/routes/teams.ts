import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type Engine } from '../../engine/index.ts';
import type { Identity } from '../auth/identity.ts';
import { steersAll } from '../auth/supervision.ts';
import type { Principal } from '../auth/roles.ts';
import { RoleSchema, toUser, User, UsernameParams } from '../schemas/identity.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const tags = ['teams'];

const Member = z.object({
  username: z.string(),
  displayName: z.string().nullable(),
  role: RoleSchema,
  absent: z.boolean(),
  openTasks: z.number().int().openapi({ description: 'Open tasks assigned to them' }),
});
const Team = z
  .object({ group: z.string(), members: z.array(Member) })
  .openapi('Team', { description: 'The people of a group (a lane is known by its group)' });
const AbsenceBody = z
  .object({ absent: z.boolean() })
  .openapi('Absence', { description: 'Away: lanes that hand out their work skip them' });

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The teams the caller steers: members, who is away and their open tasks',
  description: 'Supervisors see their own groups; analysts and above every group.',
  responses: { 200: json(z.array(Team), 'Teams by group name'), ...errors() },
});
const setAbsence = createRoute({
  method: 'put',
  path: '/{username}/absence',
  tags,
  summary: 'Mark someone away or back: round-robin and least-busy lanes skip them while away',
  description:
    'Supervisors mark members of the groups they steer; 403 for anyone else. Their access is unchanged.',
  request: { params: UsernameParams, body: body(AbsenceBody) },
  responses: { 200: json(User, 'The user'), ...errors(404) },
});

/** True when the caller steers a group the user belongs to. */
function steersSomeoneOf(principal: Principal, groups: string[]): boolean {
  return steersAll(principal) || groups.some((group) => principal.groups.includes(group));
}

/** `/api/teams`: who works each lane, and who is away. */
export function teamRoutes(engine: Engine, identity: Identity) {
  const app = resourceApp();
  app.openapi(list, async (c) => {
    const principal = c.var.principal!;
    const users = new Map((await identity.store.listUsers()).map((u) => [u.username, u]));
    const groups = (await identity.store.listGroups()).filter((g) =>
      steersSomeoneOf(principal, [g.name]),
    );
    const openTasks = async (assignee: string) =>
      (await engine.listTasks({ assignee, state: 'open' })).length;
    const teams = await Promise.all(
      groups.map(async (group) => ({
        group: group.name,
        members: await Promise.all(
          group.members.map(async (name) => {
            const user = users.get(name)!;
            return {
              username: name,
              displayName: user.displayName ?? null,
              role: user.role,
              absent: user.absent ?? false,
              openTasks: await openTasks(name),
            };
          }),
        ),
      })),
    );
    return c.json(teams, 200);
  });
  return app;
}

/** `PUT /api/users/{username}/absence`: supervisors mark the people of their lanes away. */
export function absenceRoutes(identity: Identity) {
  const app = resourceApp();
  app.openapi(setAbsence, async (c) => {
    const { username } = c.req.valid('param');
    const principal = c.var.principal!;
    const user = await identity.requireUser(username);
    const groups = await identity.store.groupsOf(username);
    if (!steersSomeoneOf(principal, groups))
      throw new ForbiddenError(
        'not-in-steered-lane',
        `${username} is in none of the groups ${principal.username} steers`,
      );
    const { absent } = c.req.valid('json');
    await identity.store.updateUser(username, { absent });
    return c.json(toUser({ ...user, absent }, groups), 200);
  });
  return app;
}
