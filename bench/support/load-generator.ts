import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadClientReply } from './load-client.ts';
import type { LoadPlan, LoadResult } from './load-loop.ts';

/**
 * The load generator of the HTTP rows: `load-client.ts` in a Node process of its own, as real
 * clients are. In the server's process, the clients' work (fetch, reading 20 responses) would
 * queue on the server's event loop and be counted in every latency it measures.
 */
export interface LoadClient {
  /** Runs one bounded `loadLoop` in the client process; rejects when a request failed. */
  run(plan: LoadPlan): Promise<LoadResult>;
  /** Ends the client process and waits for it to exit. */
  close(): Promise<void>;
}

const CLIENT = fileURLToPath(new URL('./load-client.ts', import.meta.url));
const EXIT_GRACE_MS = 5_000;

/**
 * Forks the load client and waits until it listens. One client serves every round of a scenario,
 * so its connections and JIT stay as warm as the server's between rounds.
 *
 * @example
 * await withLoadClient(async (client) => {
 *   const { p99 } = await client.run({ origin: api.url, paths: ['/api/tasks'], headers, clients: 20, requests: 200 });
 * });
 */
export function startLoadClient(): Promise<LoadClient> {
  // Explicit `execArgv`: the bench's own flags (`--cpu-prof`, ...) are not the client's.
  // Its stdout goes to stderr: the bench's stdout carries only the results.
  const child = fork(CLIENT, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  // The client answers plans in the order it got them.
  const waiting: { resolve(result: LoadResult): void; reject(error: Error): void }[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const loadClient: LoadClient = {
    run: (plan) =>
      new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error('The load client is closed'));
        waiting.push({ resolve, reject });
        child.send(plan, (error) => error && reject(error));
      }),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing the channel ends the client (see load-client.ts); one stuck mid-request is killed.
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((ready, failed) => {
    const fail = (error: Error) => {
      failed(error);
      for (const waiter of waiting.splice(0)) waiter.reject(error);
    };
    child.on('error', fail);
    child.once('exit', (code, signal) =>
      fail(new Error(`The load client exited (${signal ?? `code ${code}`})`)),
    );
    child.on('message', (message: LoadClientReply) => {
      if ('ready' in message) return ready(loadClient);
      const waiter = waiting.shift();
      if ('result' in message) waiter?.resolve(message.result);
      else waiter?.reject(new Error(`Load client: ${message.error}`));
    });
  });
}

/** Runs `use` with a fresh load client, and ends the client however `use` ends. */
export async function withLoadClient<T>(use: (client: LoadClient) => Promise<T>): Promise<T> {
  const client = await startLoadClient();
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}
