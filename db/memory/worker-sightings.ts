import type { WorkerSighting, WorkerSightingStore } from '../../engine/ports/store.ts';

/** Workers seen asking for work, kept in a map by topic and worker. */
export function createMemoryWorkerSightings(): WorkerSightingStore {
  const seen = new Map<string, WorkerSighting>();
  return {
    async recordWorkerSightings({ workerId, topics, at }) {
      for (const topic of topics) {
        const key = JSON.stringify([topic, workerId]);
        const lastSeenAt = Math.max(seen.get(key)?.lastSeenAt ?? at, at);
        seen.set(key, { topic, workerId, lastSeenAt });
      }
    },
    async listWorkerSightings(since) {
      return [...seen.values()]
        .filter((s) => s.lastSeenAt >= since)
        .sort((a, b) => a.topic.localeCompare(b.topic) || a.workerId.localeCompare(b.workerId))
        .map((s) => ({ ...s }));
    },
  };
}
