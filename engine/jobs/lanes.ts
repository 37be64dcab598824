/**
 * Runs `work` over `items` in lanes: items with the same key run one after another, in the given
 * order; different keys run concurrently, at most `width` lanes at a time. The job runner keys
 * jobs by instance, so the jobs of one instance keep their due order while those of others
 * overlap and share the store's group commit.
 */
export async function runInLanes<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const lanes = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const lane = lanes.get(key);
    if (lane) lane.push(item);
    else lanes.set(key, [item]);
  }
  const queue = [...lanes.values()];
  let next = 0;
  const runner = async () => {
    while (next < queue.length) {
      for (const item of queue[next++]!) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, runner));
}
