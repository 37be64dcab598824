import type { Engine, ExternalTaskRecord, FetchAndLockRequest } from '../../engine/index.ts';

/** Fallback re-check while waiting: failed tasks become fetchable by time, not by an event. */
const POLL_MS = 500;

/**
 * Camunda-style fetch and lock with long polling: answers at once when tasks are there, else
 * holds the request up to `timeoutMs`, trying again whenever the engine announces a commit
 * (new external tasks come with one) and every `POLL_MS`. Ends early when `signal` aborts
 * (client gone, server shutting down).
 */
export async function fetchAndLockWaiting(
  engine: Engine,
  request: FetchAndLockRequest,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal },
): Promise<ExternalTaskRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tasks = await engine.fetchAndLock(request);
    const left = deadline - Date.now();
    if (tasks.length > 0 || left <= 0 || signal?.aborted) return tasks;
    await nextChange(engine, Math.min(POLL_MS, left), signal);
  }
}

/** Resolves on the next committed instance or incident change, after `ms`, or on abort. */
function nextChange(engine: Engine, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = engine.subscribe((event) => {
      if (event.type !== 'task.changed') done();
    });
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Aborts when either signal does (the request's own, or the server's shutdown). */
export function eitherSignal(...signals: (AbortSignal | undefined)[]): AbortSignal {
  return AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
}
