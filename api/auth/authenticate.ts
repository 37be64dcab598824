import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HttpError } from '../middleware/error-handler.ts';
import type { Identity } from './identity.ts';
import type { AppEnv, Principal } from './roles.ts';

/** Name of the browser session cookie set by `POST /api/session`. */
export const SESSION_COOKIE = 'promesa_session';

/**
 * Resolves the caller into `c.var.principal`: an API token as `Authorization: Bearer`, HTTP
 * Basic (password, or an API token as the password, for Camunda clients), or the session
 * cookie. Credentials that are given but wrong answer 401; no credentials leave the principal
 * undefined for `authorize` to judge. Cookie-authenticated writes must come from our origin.
 */
export function authenticate(identity: Identity): MiddlewareHandler<AppEnv> {
  /** HTTP Basic: an API token as the password (no cache: a revoked token stops at once), else a password. */
  async function basic(header: string, address: string): Promise<Principal | undefined> {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    const principal = password.startsWith('pmt_')
      ? await identity.authenticateToken(password, username)
      : await identity.login(username, password, 'basic', address);
    return principal && { ...principal, via: 'basic' };
  }

  return async (c, next) => {
    const header = c.req.header('authorization');
    let principal: Principal | undefined;
    if (header) {
      if (/^bearer /i.test(header))
        principal = await identity.authenticateToken(header.slice(7).trim());
      else if (/^basic /i.test(header)) principal = await basic(header, c.var.clientAddress);
      if (!principal)
        throw new HttpError(
          401,
          'invalid-credentials',
          'The credentials in the Authorization header are not valid',
        );
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) principal = await identity.authenticateSession(cookie);
      if (principal && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method))
        checkOrigin(c.req.header('origin'), c.var.origin ?? new URL(c.req.url).origin);
    }
    c.set('principal', principal);
    await next();
  };
}

/** A cookie travels with cross-site requests; a write carrying a foreign Origin is refused. */
function checkOrigin(origin: string | undefined, ours: string): void {
  if (origin && origin !== ours) {
    throw new HttpError(
      403,
      'cross-origin-request',
      `Requests from ${origin} may not use the session cookie`,
    );
  }
}
