import { createRoute, z } from '@hono/zod-openapi';
import type { Identity } from '../../auth/identity.ts';
import { invalidRequest, notFound } from '../errors.ts';
import {
  collectionOptions,
  deleteRoute,
  forAdmins,
  optionsRoute,
  userOr404,
} from '../identity-resource.ts';
import { equalTo, likePattern, oneOfList, sortedByKeys } from '../listing.ts';
import { sortKeys } from '../query-params.ts';
import {
  camundaApp,
  op,
  IdParam,
  ListParam,
  optionalJson,
  Paging,
  requiredJson,
} from '../route.ts';

/**
 * Camunda's groups over Promesa's: a group is its name (id and name are the same, and it has no
 * type), and membership is what decides which lanes' tasks staff see. Admins manage them.
 */

const filters = {
  id: z.string().optional(),
  name: z.string().optional(),
  nameLike: z.string().optional(),
  member: z.string().optional(),
};
const sorting = {
  sortBy: z.enum(['id', 'name']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
};
const GroupQuery = z.object({ ...filters, idIn: ListParam.optional(), ...sorting, ...Paging });
const CountQuery = z.object({ ...filters, idIn: ListParam.optional() });
const QueryBody = z
  .object({
    ...filters,
    idIn: z.array(z.string()).nullable().optional(),
    ...sorting,
  })
  .strict();
/** `GroupDto`: the name must be the id, and Promesa's groups have no type. */
const GroupBody = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().nullable().optional(),
    type: z.null().optional(),
  })
  .strict();
const MemberParams = IdParam.extend({ userId: z.string().min(1).max(255) });

type Group = { name: string; members: string[] };
type Filters = Omit<z.infer<typeof CountQuery>, 'idIn'> & { idIn?: string[] | null };

const toGroupDto = (g: Group) => ({ id: g.name, name: g.name, type: null });

export function groupRoutes(identity: Identity) {
  const app = camundaApp();
  async function matching(q: Filters) {
    return (await identity.store.listGroups()).filter(
      (g) =>
        equalTo(g.name, q.id) &&
        oneOfList(g.name, q.idIn ?? undefined) &&
        equalTo(g.name, q.name) &&
        likePattern(g.name, q.nameLike) &&
        (q.member === undefined || g.members.includes(q.member)),
    );
  }
  async function list(
    q: Filters & z.infer<typeof QueryBody> & { firstResult?: number; maxResults?: number },
  ) {
    // A group's id is its name: both sort alike.
    const byName = (g: Group) => g.name;
    const keys = sortKeys(q, { id: byName, name: byName });
    return sortedByKeys(await matching(q), keys, q).map(toGroupDto);
  }
  const groupOr404 = async (id: string) => {
    const group = (await identity.store.listGroups()).find((g) => g.name === id);
    if (!group) throw notFound(`Group with id ${id} does not exist`);
    return group;
  };
  const sameName = (id: string, body: z.infer<typeof GroupBody>) => {
    if (body.id !== id || (body.name != null && body.name !== id))
      throw invalidRequest("A group's id and name are its one name, which cannot be changed");
  };

  app.openapi(
    createRoute({
      ...op('get', '/group', 'Groups, filtered, sorted and paged'),
      request: { query: GroupQuery },
    }),
    async (c) => c.json(await list(c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      ...op('post', '/group', 'Groups, by a query body'),
      request: { query: z.object(Paging), body: optionalJson(QueryBody) },
    }),
    async (c) =>
      c.json(await list({ ...(c.req.valid('json') ?? {}), ...c.req.valid('query') }), 200),
  );
  app.openapi(
    createRoute({
      ...op('get', '/group/count', 'How many groups match'),
      request: { query: CountQuery },
    }),
    async (c) => c.json({ count: (await matching(c.req.valid('query'))).length }, 200),
  );
  app.openapi(
    createRoute({
      ...op('post', '/group/count', 'How many groups match a query body'),
      request: { body: optionalJson(QueryBody) },
    }),
    async (c) => c.json({ count: (await matching(c.req.valid('json') ?? {})).length }, 200),
  );
  collectionOptions(app, '/group', 'groups');
  app.openapi(
    createRoute({
      ...op('post', '/group/create', 'Create a group without members'),
      request: { body: requiredJson(GroupBody) },
    }),
    async (c) => {
      const body = c.req.valid('json');
      sameName(body.id, body);
      if (!(await identity.store.createGroup(body.id)))
        throw invalidRequest(`The group ${body.id} already exists`);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ ...op('get', '/group/{id}', 'One group'), request: { params: IdParam } }),
    async (c) => c.json(toGroupDto(await groupOr404(c.req.valid('param').id)), 200),
  );
  app.openapi(
    createRoute({
      ...op('put', '/group/{id}', 'Update a group (its one name cannot change)'),
      request: { params: IdParam, body: requiredJson(GroupBody) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await groupOr404(id);
      sameName(id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  deleteRoute(app, '/group/{id}', 'Delete a group; its members lose its lanes', 'Group', (id) =>
    identity.deleteGroup(id),
  );
  optionsRoute(app, '/group/{id}', 'What the caller may do with this group', (c) => [
    ['GET', 'self'],
    ...forAdmins(c, [
      ['DELETE', 'delete'],
      ['PUT', 'update'],
    ]),
  ]);
  optionsRoute(
    app,
    '/group/{id}/members',
    "What the caller may do with this group's members",
    (c) =>
      forAdmins(c, [
        ['DELETE', 'delete'],
        ['PUT', 'create'],
      ]),
  );
  app.openapi(
    createRoute({
      ...op('put', '/group/{id}/members/{userId}', 'Add a user to a group'),
      request: { params: MemberParams },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      await groupOr404(id);
      await userOr404(identity, userId);
      await identity.addToGroup(userId, id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op('delete', '/group/{id}/members/{userId}', 'Take a user out of a group'),
      request: { params: MemberParams },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      await groupOr404(id);
      await identity.removeFromGroup(userId, id);
      return c.body(null, 204);
    },
  );

  return app;
}
