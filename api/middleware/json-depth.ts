import type { MiddlewareHandler } from 'hono';
import { HttpError } from './error-handler.ts';

/** Deepest JSON body accepted: far above any variable the engine keeps (see `engine/limits.ts`). */
export const MAX_JSON_DEPTH = 1000;

/**
 * Refuses a JSON body nested deeper than `maxDepth` before anything parses it: `JSON.parse` of
 * a 10 MB body of five million open brackets holds the event loop for seconds. One linear scan
 * of the text (Hono keeps it, so the route's own parse does not read the body again). Also
 * refuses a `__proto__` key: schema validation copies objects by assignment, which turns that
 * key into a prototype and drops it silently (a variable named `__proto__` vanished).
 */
export function limitJsonDepth(maxDepth = MAX_JSON_DEPTH): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (!/json/i.test(c.req.header('content-type') ?? '')) return next();
    if (jsonDepth(await c.req.text(), maxDepth) > maxDepth)
      throw new HttpError(
        400,
        'json-too-deep',
        `The JSON body nests deeper than the limit of ${maxDepth} levels`,
        { limit: maxDepth },
      );
    // An unescaped quote only opens or closes a string, so this is a key named `__proto__`.
    if (/"__proto__"\s*:/.test(await c.req.text()))
      throw new HttpError(400, 'forbidden-key', '`__proto__` cannot be used as a name or key');
    return next();
  };
}

/** The bracket depth of JSON text, counted up to `stopAfter + 1`; brackets in strings do not count. */
export function jsonDepth(text: string, stopAfter: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAfter) return deepest;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--;
  }
  return deepest;
}
