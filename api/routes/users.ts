import { createRoute, z } from '@hono/zod-openapi';
import { ConflictError, NotFoundError } from '../../engine/index.ts';
import type { Identity } from '../auth/identity.ts';
import {
  CreatedToken,
  NewTokenBody,
  NewUserBody,
  Token,
  toToken,
  toUser,
  User,
  UsernameParams,
  UserPatchBody,
} from '../schemas/identity.ts';
import { body, errors, json, noContent, resourceApp } from './openapi.ts';

const tags = ['identity'];
const TokenParams = UsernameParams.extend({ tokenId: z.string().min(1).max(100) });

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'List users',
  responses: { 200: json(z.array(User), 'Users by name'), ...errors() },
});
const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Create a user',
  request: { body: body(NewUserBody) },
  responses: { 201: json(User, 'Created'), ...errors(409) },
});
const get = createRoute({
  method: 'get',
  path: '/{username}',
  tags,
  summary: 'Get a user',
  request: { params: UsernameParams },
  responses: { 200: json(User, 'The user'), ...errors(404) },
});
const patch = createRoute({
  method: 'patch',
  path: '/{username}',
  tags,
  summary: 'Change role, groups, password, display name or disable a user',
  request: { params: UsernameParams, body: body(UserPatchBody) },
  responses: { 200: json(User, 'The changed user'), ...errors(404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/{username}',
  tags,
  summary: 'Delete a user with their tokens and sessions',
  request: { params: UsernameParams },
  responses: { 204: noContent, ...errors(404, 409) },
});
const listTokens = createRoute({
  method: 'get',
  path: '/{username}/tokens',
  tags,
  summary: "List a user's API tokens (never the secrets)",
  request: { params: UsernameParams },
  responses: { 200: json(z.array(Token), 'Tokens'), ...errors(404) },
});
const createToken = createRoute({
  method: 'post',
  path: '/{username}/tokens',
  tags,
  summary: 'Create an API token; the secret is in this answer only',
  request: { params: UsernameParams, body: body(NewTokenBody) },
  responses: { 201: json(CreatedToken, 'The token'), ...errors(404) },
});
const deleteToken = createRoute({
  method: 'delete',
  path: '/{username}/tokens/{tokenId}',
  tags,
  summary: 'Revoke an API token',
  request: { params: TokenParams },
  responses: { 204: noContent, ...errors(404) },
});

/** User and token administration (admins only). */
export function userRoutes(identity: Identity) {
  const app = resourceApp();
  const store = identity.store;
  const reply = async (username: string) =>
    toUser(await identity.requireUser(username), await store.groupsOf(username));

  app.openapi(list, async (c) => {
    const users = await store.listUsers();
    return c.json(
      await Promise.all(users.map(async (u) => toUser(u, await store.groupsOf(u.username)))),
      200,
    );
  });

  app.openapi(create, async (c) => {
    const user = await identity.addUser(c.req.valid('json'));
    return c.json(await reply(user.username), 201);
  });

  app.openapi(get, async (c) => c.json(await reply(c.req.valid('param').username), 200));

  app.openapi(patch, async (c) => {
    const { username } = c.req.valid('param');
    await identity.updateUser(username, c.req.valid('json'));
    return c.json(await reply(username), 200);
  });

  app.openapi(remove, async (c) => {
    const { username } = c.req.valid('param');
    if (username === c.var.principal!.username)
      throw new ConflictError('cannot-delete-self', 'Admins cannot delete themselves');
    if (!(await identity.deleteUser(username)))
      throw new NotFoundError('user-not-found', `No user ${username}`);
    return c.body(null, 204);
  });

  app.openapi(listTokens, async (c) => {
    const { username } = c.req.valid('param');
    await identity.requireUser(username);
    return c.json((await store.listTokens(username)).map(toToken), 200);
  });

  app.openapi(createToken, async (c) => {
    const { name, expiresInDays } = c.req.valid('json');
    const expiresAt = expiresInDays ? Date.now() + expiresInDays * 86_400_000 : null;
    const created = await identity.createToken(c.req.valid('param').username, name, expiresAt);
    return c.json({ ...created, createdAt: new Date(created.createdAt).toISOString() }, 201);
  });

  app.openapi(deleteToken, async (c) => {
    const { username, tokenId } = c.req.valid('param');
    if (!(await identity.revokeToken(username, tokenId)))
      throw new NotFoundError('token-not-found', `No token ${tokenId} of ${username}`);
    return c.body(null, 204);
  });

  return app;
}
