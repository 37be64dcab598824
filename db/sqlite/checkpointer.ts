import { Worker } from 'node:worker_threads';

/** How often the worker copies committed WAL pages into the database file. */
const CHECKPOINT_INTERVAL_MS = 100;

/**
 * Moves SQLite's WAL checkpoints off the commit path. By default the connection that commits
 * also checkpoints, every 1,000 WAL pages: each fiftieth or so unit of work then waits for
 * pages to be copied into the database file and for that file's fsync. Here a worker thread with
 * its own connection checkpoints every 100 ms instead, on the other core, while the engine goes
 * on committing. The store keeps a higher automatic checkpoint as a fallback, so the WAL stays
 * bounded even if the worker falls behind or fails.
 */
export function startCheckpointer(filename: string): { stop(): Promise<void> } {
  const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), {
    workerData: { filename, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.unref(); // a store left open must not keep the process alive
  worker.on('message', (message: { error?: string }) => {
    // A failed round is retried at the next one; the fallback checkpoint bounds the WAL meanwhile.
    if (message.error) process.emitWarning(`SQLite checkpoint failed: ${message.error}`);
  });
  worker.on('error', (error) =>
    process.emitWarning(`SQLite checkpoint worker stopped: ${error.message}`),
  );
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.ref(); // or a process with nothing else to do exits before the worker has closed
      worker.postMessage('stop');
      await exited;
    },
  };
}
