import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of every page Promesa serves, the browser app's included. Scripts
 * come only from our origin, never inline; styles may be inline because bpmn-js styles the
 * SVG it draws through `style` attributes; images may be `data:` and `blob:` URLs (diagram
 * previews and exports); nothing may frame the app (clickjacking) and no plugin may load.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every response: no MIME sniffing, no framing, no referrer leaking ids to other
 * sites, the CSP above unless a route set a stricter one of its own, and `Cache-Control:
 * no-store` on the APIs, whose answers carry customers' and users' data that no shared or
 * browser cache should keep.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Referrer-Policy', 'same-origin');
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', APP_CSP);
    if (/^\/(api|engine-rest)(\/|$)/.test(c.req.path) && !headers.has('Cache-Control'))
      headers.set('Cache-Control', 'no-store');
  };
}
