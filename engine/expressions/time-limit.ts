import { createContext, Script } from 'node:vm';

/**
 * Runs synchronous work with a wall-clock limit: V8 interrupts it when the time is up, wherever
 * it is, and this throws `expression-timed-out`. `node:vm`'s timeout interrupts any JavaScript
 * running during the call, so the work itself stays ordinary code of this realm; the context is
 * only the watchdog's handle, never a sandbox.
 */
export function withTimeLimit<T>(limitMs: number, work: () => T): T {
  const slot = watchdog as { work?: () => T };
  slot.work = work;
  try {
    return run.runInContext(watchdog, { timeout: Math.max(1, Math.ceil(limitMs)) }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new TimeLimitError(`The evaluation ran longer than the limit of ${limitMs} ms`);
    throw error;
  } finally {
    slot.work = undefined;
  }
}

/** The work ran past its time limit and was stopped. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

const watchdog = createContext({});
const run = new Script('work()');
