import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HttpError } from '../middleware/error-handler.ts';
import type { Identity } from './identity.ts';
import type { AppEnv, Principal } from './roles.ts';
import { sha256 } from './secrets.ts';

/** Name of the browser session cookie set by `POST /api/session`. */
export const SESSION_COOKIE = 'promesa_session';
/** Verified Basic credentials are remembered this long, so a polling worker costs one scrypt, not one per request. */
const BASIC_CACHE_MS = 30_000;
const BASIC_CACHE_SIZE = 500;

/**
 * Resolves the caller into `c.var.principal`: an API token as `Authorization: Bearer`, HTTP
 * Basic (password, or an API token as the password, for Camunda clients), or the session
 * cookie. Credentials that are given but wrong answer 401; no credentials leave the principal
 * undefined for `authorize` to judge. Cookie-authenticated writes must come from our origin.
 */
export function authenticate(identity: Identity): MiddlewareHandler<AppEnv> {
  const basicCache = new Map<string, { principal: Principal; until: number }>();

  async function basic(header: string): Promise<Principal | undefined> {
    const key = sha256(header);
    const cached = basicCache.get(key);
    if (cached && cached.until > Date.now()) return cached.principal;
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    const principal = password.startsWith('pmt_')
      ? await identity.authenticateToken(password, username)
      : await identity.login(username, password, 'basic');
    if (principal) {
      if (basicCache.size >= BASIC_CACHE_SIZE) basicCache.clear();
      basicCache.set(key, {
        principal: { ...principal, via: 'basic' },
        until: Date.now() + BASIC_CACHE_MS,
      });
    }
    return principal && { ...principal, via: 'basic' };
  }

  return async (c, next) => {
    const header = c.req.header('authorization');
    let principal: Principal | undefined;
    if (header) {
      if (/^bearer /i.test(header))
        principal = await identity.authenticateToken(header.slice(7).trim());
      else if (/^basic /i.test(header)) principal = await basic(header);
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
        checkOrigin(c.req.header('origin'), c.req.url);
    }
    c.set('principal', principal);
    await next();
  };
}

/** A cookie travels with cross-site requests; a write carrying a foreign Origin is refused. */
function checkOrigin(origin: string | undefined, url: string): void {
  if (origin && origin !== new URL(url).origin) {
    throw new HttpError(
      403,
      'cross-origin-request',
      `Requests from ${origin} may not use the session cookie`,
    );
  }
}
