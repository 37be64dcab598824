import type { MiddlewareHandler } from 'hono';

/**
 * Serves a GET or HEAD only once everything it could read is on disk. Under concurrent
 * commands the SQLite store makes a batch visible before its WAL sync has ended (its callers
 * wait for that sync, see `db/sqlite/group-commit.ts`); a task list read in that window could
 * show a task that a crash then takes back. The wait is at most the sync under way and the one
 * queued behind it, and none when no sync is running.
 */
export function durableReads(durable: () => Promise<void>): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') await durable();
    return next();
  };
}
