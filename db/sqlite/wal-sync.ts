import { closeSync, fdatasync, openSync } from 'node:fs';

/** Makes what is in a WAL file durable, off the calling thread. */
export interface WalSync {
  /**
   * Resolves after an fdatasync of the WAL that began after this call, so everything written to
   * the file before the call is on disk. Calls made while a sync is running share the next one.
   */
  sync(): Promise<void>;
  /** Whether a sync is under way (commits made now would wait for the next one). */
  running(): boolean;
  /** Resolves when the syncs asked for so far have ended (at once if none is), failed or not. */
  settled(): Promise<void>;
  /** The error of the sync that failed, after which nothing may be acknowledged. */
  failure(): Error | undefined;
  /** Waits for the syncs asked for, then closes the file. */
  close(): Promise<void>;
}

/**
 * The WAL's fdatasync on libuv's thread pool. Linux flushes a file's pages whatever descriptor
 * wrote them, so this descriptor's sync covers what SQLite wrote through its own. The file is
 * opened on first use and kept: SQLite removes the WAL only when its last connection closes, and
 * the store's connection stays open until `close()`.
 *
 * A failed sync fails every later one too: after an fsync error the kernel may have dropped the
 * pages it could not write, so what is on disk is unknown and nothing may be acknowledged again.
 */
export function walSync(walPath: string): WalSync {
  let fd: number | undefined;
  let running: Promise<void> | undefined;
  let next: { promise: Promise<void>; resolve(): void; reject(error: unknown): void } | undefined;
  let failure: Error | undefined;

  const datasync = () =>
    new Promise<void>((resolve, reject) => {
      fd ??= openSync(walPath, 'r');
      fdatasync(fd, (error) => (error ? reject(error) : resolve()));
    });

  function run(): Promise<void> {
    const current = datasync().then(
      () => {
        running = undefined;
        startQueued();
      },
      (error: Error) => {
        failure = new Error(
          `The WAL could not be synced to disk; no commit can be acknowledged: ${error.message}`,
          { cause: error },
        );
        running = undefined;
        startQueued();
        throw failure;
      },
    );
    running = current;
    return current;
  }

  function startQueued(): void {
    if (!next) return;
    const queued = next;
    next = undefined;
    if (failure) queued.reject(failure);
    else run().then(queued.resolve, queued.reject);
  }

  // Every API read asks this; when no sync runs, it answers without a new promise.
  const idle = Promise.resolve();
  const settled = () =>
    (next ?? running) ? (next?.promise ?? running)!.catch(() => undefined) : idle;

  return {
    running: () => running !== undefined,
    failure: () => failure,
    settled,
    sync() {
      if (failure) return Promise.reject(failure);
      if (!running) return run();
      if (!next) {
        let resolve!: () => void;
        let reject!: (error: unknown) => void;
        const promise = new Promise<void>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        next = { promise, resolve, reject };
      }
      return next.promise;
    },
    async close() {
      while (running || next) await settled();
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
