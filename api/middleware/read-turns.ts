import type { MiddlewareHandler } from 'hono';

/**
 * Admits GET and HEAD requests one per event-loop turn, in the order they were read. Without it,
 * Node serves the requests of one socket poll as a batch in the order the poll lists their
 * sockets, and a connection served last in one batch tends to be served last in the next: under
 * a busy task list a few staff members waited twice as long as the rest. One admission per turn
 * lets the loop poll again in between, so a request that arrived earlier is served earlier.
 *
 * Writes are not queued: commands that overlap share a group commit, which queuing would undo.
 */
export function readTurns(): MiddlewareHandler {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const admitNext = () => {
    waiting.shift()?.();
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(admitNext);
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await new Promise<void>((admit) => {
      waiting.push(admit);
      if (!scheduled) {
        scheduled = true;
        setImmediate(admitNext);
      }
    });
    return next();
  };
}
