/** Small statistics for the benchmark: medians over runs, percentiles over samples. */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Milliseconds since `start` (a `performance.now()` reading). */
export function since(start: number): number {
  return performance.now() - start;
}

/** Times an async function; returns its result and the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: since(start) };
}

/** Items per second for `count` items done in `ms` milliseconds. */
export function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}

/**
 * Runs `measure` `runs` times and returns the median of each figure it reports. Scenarios pass
 * a function that measures Promesa and the peer in the same repetition, so background load on a
 * shared machine hits both alike.
 */
export async function medianOfRuns<K extends string>(
  runs: number,
  measure: (run: number) => Promise<Record<K, number>>,
): Promise<Record<K, number>> {
  const samples = new Map<K, number[]>();
  for (let run = 0; run < runs; run++) {
    for (const [key, value] of Object.entries(await measure(run)) as [K, number][]) {
      samples.set(key, [...(samples.get(key) ?? []), value]);
    }
  }
  return Object.fromEntries([...samples].map(([key, values]) => [key, median(values)])) as Record<
    K,
    number
  >;
}
