import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import type { Identity } from '../auth/identity.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { LoginBody, Me } from '../schemas/identity.ts';
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
  summary: 'Who the caller is: username, role, groups',
  responses: { 200: json(Me, 'The caller'), ...errors() },
});

/** `POST/DELETE /api/session` and `GET /api/me`. */
export function sessionRoutes(identity: Identity) {
  const app = resourceApp();

  app.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const principal = await identity.login(username, password, 'session');
    if (!principal)
      throw new HttpError(401, 'invalid-credentials', 'Unknown user or wrong password');
    const { cookie, expiresAt } = await identity.startSession(principal.username);
    setCookie(c, SESSION_COOKIE, cookie, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      expires: new Date(expiresAt),
    });
    return c.json(
      { username: principal.username, role: principal.role, groups: principal.groups },
      200,
    );
  });

  app.openapi(logout, async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await identity.endSession(cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, (c) => {
    const { username, role, groups } = c.var.principal!;
    return c.json({ username, role, groups }, 200);
  });

  return app;
}
