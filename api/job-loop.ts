import type { Clock, Engine, Store } from '../engine/index.ts';

/** Longest sleep: jobs committed by another node sharing the store are seen at least this often. */
const MAX_SLEEP_MS = 30_000;

/**
 * The job executor's loop for a running server: runs due jobs, then sleeps exactly until the
 * next one is due (no busy polling), waking early when this node commits a sooner job. Jobs that
 * came due while the server was down run on the first pass. `stop()` lets the running batch end
 * and the pass stop there, however much is still due.
 */
export function startJobLoop(
  engine: Engine,
  store: Pick<Store, 'nextJobDueAt'>,
  clock: Clock,
  onError: (error: unknown) => void = console.error,
) {
  let timer: NodeJS.Timeout | undefined;
  let wakeAt = Number.POSITIVE_INFINITY;
  let running: Promise<void> | undefined;
  let stopped = false;
  const stopping = new AbortController();

  const schedule = (at: number) => {
    if (stopped || at >= wakeAt) return;
    clearTimeout(timer);
    wakeAt = at;
    timer = setTimeout(tick, Math.max(0, at - clock.now()));
  };

  async function pass(): Promise<void> {
    try {
      await engine.runDueJobs({ signal: stopping.signal });
    } catch (error) {
      onError(error);
    }
    const next = await store.nextJobDueAt();
    wakeAt = Number.POSITIVE_INFINITY;
    schedule(Math.min(next ?? Number.POSITIVE_INFINITY, clock.now() + MAX_SLEEP_MS));
  }

  function tick(): void {
    if (stopped || running) return;
    running = pass().finally(() => (running = undefined));
  }

  const unsubscribe = engine.subscribe((event) => {
    if (event.type === 'jobs.scheduled') schedule(event.earliestDueAt);
  });
  tick();
  return {
    async stop(): Promise<void> {
      stopped = true;
      stopping.abort();
      clearTimeout(timer);
      unsubscribe();
      await running;
    },
  };
}
