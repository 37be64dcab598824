import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import type { Identity } from '../auth/identity.ts';
import type { Principal } from '../auth/roles.ts';
import { HttpError } from '../middleware/error-handler.ts';
import {
  LanguageSchema,
  LoginBody,
  Me,
  MePatchBody,
  SavedFilter,
  SessionState,
} from '../schemas/identity.ts';
import { body, errors, json, noContent, resourceApp } from './openapi.ts';

const login = createRoute({
  method: 'post',
  path: '/session',
  tags: ['identity'],
  summary:
    'Log in with username and password; sets the HttpOnly session cookie for the browser app',
  request: { body: body(LoginBody) },
  responses: { 200: json(Me, 'Logged in'), ...errors() },
});
const current = createRoute({
  method: 'get',
  path: '/session',
  tags: ['identity'],
  summary: 'Who is signed in, or null: the browser app asks this on start (never a 401)',
  responses: { 200: json(SessionState, 'The signed-in user, or null'), ...errors() },
});
const logout = createRoute({
  method: 'delete',
  path: '/session',
  tags: ['identity'],
  summary: 'Log out: ends the session and clears the cookie',
  responses: { 204: noContent, ...errors() },
});
const me = createRoute({
  method: 'get',
  path: '/me',
  tags: ['identity'],
  summary: 'Who the caller is: username, role, groups, chosen language',
  responses: { 200: json(Me, 'The caller'), ...errors() },
});
const patchMe = createRoute({
  method: 'patch',
  path: '/me',
  tags: ['identity'],
  summary:
    "Remember the caller's language and saved task filters for the browser app on every device",
  request: { body: body(MePatchBody) },
  responses: { 200: json(Me, 'The caller'), ...errors() },
});

/** `POST/DELETE /api/session`, `GET/PATCH /api/me`. */
export function sessionRoutes(identity: Identity) {
  const app = resourceApp();

  /** The caller as `Me`, with the language from their user record (token-only callers too). */
  async function describe({ username, role, groups }: Principal) {
    const user = await identity.store.getUser(username);
    const language = LanguageSchema.safeParse(user?.language);
    return {
      username,
      role,
      groups,
      language: language.success ? language.data : null,
      savedFilters: storedFilters(user?.savedFilters),
    };
  }

  app.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const principal = await identity.login(username, password, 'session', c.var.clientAddress);
    if (!principal)
      throw new HttpError(401, 'invalid-credentials', 'Unknown user or wrong password');
    const { cookie, expiresAt } = await identity.startSession(principal.username);
    setCookie(c, SESSION_COOKIE, cookie, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: (c.var.origin ?? c.req.url).startsWith('https:'),
      expires: new Date(expiresAt),
    });
    return c.json(await describe(principal), 200);
  });

  app.openapi(current, async (c) => {
    const principal = c.var.principal;
    return c.json({ user: principal ? await describe(principal) : null }, 200);
  });

  app.openapi(logout, async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await identity.endSession(cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => c.json(await describe(c.var.principal!), 200));

  app.openapi(patchMe, async (c) => {
    const principal = c.var.principal!;
    const { language, savedFilters } = c.req.valid('json');
    await identity.store.updateUser(principal.username, {
      ...(language ? { language } : {}),
      ...(savedFilters ? { savedFilters: JSON.stringify(savedFilters) } : {}),
    });
    return c.json(await describe(principal), 200);
  });

  return app;
}

/** The saved filters of a user record; a value that no longer parses counts as none. */
function storedFilters(json: string | null | undefined): z.infer<typeof SavedFilter>[] {
  if (!json) return [];
  try {
    const parsed = z.array(SavedFilter).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
