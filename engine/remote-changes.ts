import type { EngineEvent } from './engine-interface.ts';
import type { CommittedChange, Store } from './ports/store.ts';

/**
 * Turns the changes other nodes committed (`Store.watchCommits`) into this engine's events, so
 * task lists, dashboards, long polls and the job loop of every node see work done on any node.
 * Records that came with the change are used as they are; those too many to travel are read from
 * the store, one change after the other so the events keep commit order. Returns the function
 * that stops relaying.
 */
export function relayCommittedChanges(
  store: Store,
  emit: (event: EngineEvent) => void,
): () => void {
  if (!store.watchCommits) return () => undefined;
  let chain: Promise<void> = Promise.resolve();
  return store.watchCommits((change) => {
    chain = chain
      .then(() => eventsOf(store, change))
      .then((events) => events.forEach(emit))
      .catch(() => undefined);
  });
}

async function eventsOf(store: Store, change: CommittedChange): Promise<EngineEvent[]> {
  const tasks = [...change.tasks];
  for (const id of change.taskIds) {
    const task = await store.getTask(id);
    if (task) tasks.push(task);
  }
  const incidents = [...change.incidents];
  for (const [instanceId, ids] of byInstance(change.incidentRefs))
    incidents.push(...(await store.listIncidents({ instanceId })).filter((i) => ids.has(i.id)));
  const slas = [...change.slas];
  for (const [instanceId, ids] of byInstance(change.slaRefs))
    slas.push(...(await store.listSlas({ instanceId })).filter((s) => ids.has(s.id)));

  const events: EngineEvent[] = [
    ...tasks.map((task) => ({ type: 'task.changed' as const, task })),
    ...incidents.map((incident) => ({ type: 'incident.changed' as const, incident })),
    ...slas.map((sla) => ({ type: 'sla.changed' as const, sla })),
  ];
  if (change.earliestJobDueAt !== undefined)
    events.push({ type: 'jobs.scheduled', earliestDueAt: change.earliestJobDueAt });
  if (change.instance) {
    const { id, ...instance } = change.instance;
    events.push({ type: 'instance.changed', instanceId: id, ...instance });
  }
  return events;
}

function byInstance(refs: { instanceId: string; id: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { instanceId, id } of refs)
    map.set(instanceId, (map.get(instanceId) ?? new Set()).add(id));
  return map;
}
