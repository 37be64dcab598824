import { loadLoop, type LoadPlan, type LoadResult } from './load-loop.ts';

/**
 * The load client: a Node process of its own that the HTTP rows send their requests from (see
 * `startLoadClient` in `load-generator.ts`, which forks it). Over the IPC channel it says
 * `{ ready: true }` once, then answers each `LoadPlan` it receives with `{ result }` or
 * `{ error }`, one plan at a time. It exits when the channel closes, so it does not outlive
 * the benchmark, however that ends.
 */
export type LoadClientReply = { ready: true } | { result: LoadResult } | { error: string };

function reply(message: LoadClientReply): void {
  process.send!(message);
}

/** The message and its causes: `fetch failed` alone does not say that the connection was refused. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message}: ${describe(error.cause)}`;
}

if (!process.send)
  throw new Error(
    'load-client.ts runs as a child process with an IPC channel (see load-generator.ts)',
  );

let queue = Promise.resolve();
process.on('message', (plan: LoadPlan) => {
  queue = queue.then(() =>
    loadLoop(plan).then(
      (result) => reply({ result }),
      (error: unknown) => reply({ error: describe(error) }),
    ),
  );
});
// The parent closes the channel when it is done (or gone); keep-alive sockets would otherwise
// hold this process open.
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
