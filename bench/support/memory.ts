import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Memory readings after a full garbage collection, so a figure is what the process holds, not
 * what it has yet to collect. `npm run bench` runs without `--expose-gc`; V8 lets a running
 * process turn the flag on, and a fresh context then sees `gc`.
 */
let collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function gcFunction(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export interface MemoryReading {
  rss: number;
  heapUsed: number;
}

/** Collects twice (finalizers may free more), waiting a turn of the event loop in between. */
export async function settledMemory(): Promise<MemoryReading> {
  const gc = gcFunction();
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** Bytes per item between two readings. */
export function perItem(before: MemoryReading, after: MemoryReading, items: number): MemoryReading {
  return {
    rss: (after.rss - before.rss) / items,
    heapUsed: (after.heapUsed - before.heapUsed) / items,
  };
}
