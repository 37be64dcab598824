import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { UserRecord } from '../../../engine/index.ts';
import type { Identity } from '../../auth/identity.ts';
import type { AppEnv } from '../../auth/roles.ts';
import { invalidRequest, notFound } from '../errors.ts';
import {
  collectionOptions,
  deleteRoute,
  forAdmins,
  isAdmin,
  optionsRoute,
  userOr404,
} from '../identity-resource.ts';
import { equalTo, likePattern, oneOfList, sortedByKeys } from '../listing.ts';
import { sortKeys } from '../query-params.ts';
import { camundaApp, op, IdParam, ListParam, Paging, requiredJson } from '../route.ts';

/**
 * Camunda's users over Promesa's: the id is the username and the first name its display
 * name (Promesa keeps one name). Users made here get the staff role; `/api/users` gives roles.
 * Admins manage users; every user reads and changes their own profile and password.
 */

const UserQuery = z.object({
  id: z.string().optional(),
  idIn: ListParam.optional(),
  firstName: z.string().optional(),
  firstNameLike: z.string().optional(),
  memberOfGroup: z.string().optional(),
  sortBy: z.enum(['userId', 'firstName']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});
const CountQuery = UserQuery.omit({
  sortBy: true,
  sortOrder: true,
  firstResult: true,
  maxResults: true,
});
/** Promesa keeps no last name or e-mail: a value for them is refused, not dropped. */
const Profile = z
  .object({
    id: z.string().min(1).max(64).nullable().optional(),
    firstName: z.string().max(200).nullable().optional(),
    lastName: z.null().optional(),
    email: z.null().optional(),
  })
  .strict();
const Password = z.string().min(8).max(1024);
const CreateBody = z
  .object({ profile: Profile, credentials: z.object({ password: Password }).strict() })
  .strict();
const CredentialsBody = z
  .object({ password: Password, authenticatedUserPassword: z.string().min(1) })
  .strict();

/** `UserProfileDto`. */
const toProfile = (u: UserRecord) => ({
  id: u.username,
  firstName: u.displayName ?? null,
  lastName: null,
  email: null,
});

export function userRoutes(identity: Identity) {
  const app = camundaApp();
  /** Admins act on anyone; to others, another user is as absent as one that does not exist. */
  const selfOrAdmin = (c: Context<AppEnv>, id: string) => {
    if (!isAdmin(c) && c.var.principal!.username !== id)
      throw notFound(`User with id ${id} does not exist`);
  };

  async function matching(q: z.infer<typeof CountQuery>) {
    const members =
      q.memberOfGroup === undefined
        ? undefined
        : ((await identity.store.listGroups()).find((g) => g.name === q.memberOfGroup)?.members ??
          []);
    return (await identity.store.listUsers()).filter(
      (u) =>
        equalTo(u.username, q.id) &&
        oneOfList(u.username, q.idIn) &&
        equalTo(u.displayName, q.firstName) &&
        likePattern(u.displayName, q.firstNameLike) &&
        oneOfList(u.username, members),
    );
  }

  app.openapi(
    createRoute({
      ...op('get', '/user', 'Users, filtered, sorted and paged'),
      request: { query: UserQuery },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const byId = (u: UserRecord) => u.username;
      // Unsorted asked, by id all the same: a page of users is stable.
      const keys = sortKeys(q, { userId: byId, firstName: (u: UserRecord) => u.displayName }) ?? [
        { by: byId, descending: false },
      ];
      return c.json(sortedByKeys(await matching(q), keys, q).map(toProfile), 200);
    },
  );
  app.openapi(
    createRoute({
      ...op('get', '/user/count', 'How many users match'),
      request: { query: CountQuery },
    }),
    async (c) => c.json({ count: (await matching(c.req.valid('query'))).length }, 200),
  );
  collectionOptions(app, '/user', 'users');
  app.openapi(
    createRoute({
      ...op('post', '/user/create', 'Create a user (role staff) with a password'),
      request: { body: requiredJson(CreateBody) },
    }),
    async (c) => {
      const { profile, credentials } = c.req.valid('json');
      if (!profile.id) throw invalidRequest('The user needs an id');
      await identity.addUser({
        username: profile.id,
        role: 'staff',
        password: credentials.password,
        displayName: profile.firstName ?? null,
      });
      return c.body(null, 204);
    },
  );
  optionsRoute(app, '/user/{id}', 'What the caller may do with this user', (c, id) => {
    const allowed: [string, string][] = [['GET', 'self'], ...forAdmins(c, [['DELETE', 'delete']])];
    if (isAdmin(c) || c.var.principal!.username === id) allowed.push(['PUT', 'update']);
    return allowed;
  });
  app.openapi(
    createRoute({
      ...op('get', '/user/{id}/profile', "A user's profile (your own, or anyone's for admins)"),
      request: { params: IdParam },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      selfOrAdmin(c, id);
      return c.json(toProfile(await userOr404(identity, id)), 200);
    },
  );
  app.openapi(
    createRoute({
      ...op('put', '/user/{id}/profile', "Change a user's name (your own, or anyone's for admins)"),
      request: { params: IdParam, body: requiredJson(Profile) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      selfOrAdmin(c, id);
      const profile = c.req.valid('json');
      if (profile.id != null && profile.id !== id)
        throw invalidRequest('A user id cannot be changed');
      await userOr404(identity, id);
      await identity.updateUser(id, { displayName: profile.firstName ?? null });
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'put',
        '/user/{id}/credentials',
        "Change a password; the caller's own password confirms it",
      ),
      request: { params: IdParam, body: requiredJson(CredentialsBody) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      selfOrAdmin(c, id);
      const body = c.req.valid('json');
      const caller = c.var.principal!.username;
      if (!(await identity.login(caller, body.authenticatedUserPassword, 'basic')))
        throw invalidRequest('The given authenticated user password is not valid.');
      await userOr404(identity, id);
      await identity.setPassword(id, body.password);
      return c.body(null, 204);
    },
  );
  deleteRoute(app, '/user/{id}', 'Delete a user with their tokens and sessions', 'User', (id) =>
    identity.deleteUser(id),
  );
  app.openapi(
    createRoute({
      ...op('post', '/user/{id}/unlock', 'Forget the failed logins that hold a user back'),
      request: { params: IdParam },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await userOr404(identity, id);
      identity.throttle.unlock(id);
      return c.body(null, 204);
    },
  );

  return app;
}
