import type { Clock } from './ports/clock.ts';
import type { WorkerSightingStore } from './ports/store.ts';

/** How often one node writes that a worker is still asking for a topic. */
const SIGHTING_INTERVAL_MS = 60_000;
/** Remembered pairs of worker and topic before the memory starts over (workers with random ids). */
const MAX_REMEMBERED = 10_000;

/**
 * Notes the workers that ask for work, for the inventory's "topics no worker serves": a long
 * polling worker asks many times a minute, so each node writes a worker and topic at most once
 * a minute.
 */
export class WorkerSightings {
  private readonly written = new Map<string, number>();

  constructor(
    private readonly store: WorkerSightingStore,
    private readonly clock: Clock,
  ) {}

  async seen(workerId: string, topics: string[]): Promise<void> {
    const at = this.clock.now();
    const key = (topic: string) => JSON.stringify([workerId, topic]);
    const due = topics.filter((topic) => {
      const last = this.written.get(key(topic));
      return last === undefined || at - last >= SIGHTING_INTERVAL_MS;
    });
    if (due.length === 0) return;
    await this.store.recordWorkerSightings({ workerId, topics: due, at });
    if (this.written.size > MAX_REMEMBERED) this.written.clear();
    for (const topic of due) this.written.set(key(topic), at);
  }
}
