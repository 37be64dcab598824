import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../auth/roles.ts';

/**
 * Where a request really came from. Behind a TLS-terminating proxy the server sees `http://`
 * and the proxy's address; the proxy says the truth in `X-Forwarded-Proto`, `X-Forwarded-Host`
 * and `X-Forwarded-For`. Anyone can send those headers, so they count only when the server is
 * configured to sit behind a proxy (`PROMESA_TRUST_PROXY=true`). Sets `c.var.origin` (used for
 * the session cookie's `Secure` flag and the same-origin check) and `c.var.clientAddress`
 * (used to throttle password guessing).
 */
export function forwarded(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let origin = url.origin;
    let address = socketAddress(c);
    if (trustProxy) {
      const proto = first(c.req.header('x-forwarded-proto'));
      const host = first(c.req.header('x-forwarded-host')) ?? c.req.header('host');
      if ((proto === 'http' || proto === 'https') && host) origin = `${proto}://${host}`;
      // The proxy appends the address it saw: the left-most one is the client's.
      address = first(c.req.header('x-forwarded-for')) ?? address;
    }
    c.set('origin', origin);
    c.set('clientAddress', address);
    await next();
  };
}

/** The first value of a comma-separated forwarding header. */
function first(header: string | undefined): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value || undefined;
}

/** The peer's address; requests built in-process (`app.request`) have no socket. */
function socketAddress(c: Context): string {
  const env = c.env as
    | { incoming?: { socket?: { remoteAddress?: string } }; server?: unknown }
    | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
