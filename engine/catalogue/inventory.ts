import type { WorkerSighting } from '../ports/store.ts';
import type { DefinitionOutline, HumanTaskOutline } from './outline.ts';
import { touchpointCatalogue, type TouchpointMap } from './touchpoints.ts';

/** A process version, as the inventory names it. */
export interface ProcessRef {
  processId: string;
  name: string | null;
  version: number;
}

/**
 * What the customer-facing operation is missing: the gaps a CRM programme looks for between its
 * touchpoints, its processes, its people and its systems.
 */
export interface Inventory {
  /** Touchpoints the company's map names that no deployed process serves. */
  touchpointsWithoutProcess: { stage: string; touchpoint: string }[];
  /** Processes (latest version) where no activity carries a promise. */
  processesWithoutSla: ProcessRef[];
  /** Human tasks offered to groups and users of whom nobody is enabled and present. */
  tasksWithoutPeople: (ProcessRef & Omit<HumanTaskOutline, 'decidedAtRunTime'>)[];
  /** External-task topics no worker asked for since the window began; when one last did. */
  topicsWithoutWorker: {
    topic: string;
    lastSeenAt: number | null;
    elements: (ProcessRef & { elementId: string; elementName: string | null })[];
  }[];
}

export interface InventoryInput {
  map: TouchpointMap;
  /** The latest version of each deployed process. */
  outlines: DefinitionOutline[];
  /** Every worker sighting kept, whenever it was. */
  sightings: WorkerSighting[];
  /** Start of the window in which a worker must have been seen (a day ago, say). */
  since: number;
  /** Who could do work offered to these groups and users now (enabled, present). */
  available(offeredTo: { groups: string[]; users: string[] }): Promise<string[]>;
}

/** Finds the gaps (see `Inventory`). */
export async function takeInventory(input: InventoryInput): Promise<Inventory> {
  const { outlines } = input;
  const ref = (o: DefinitionOutline): ProcessRef => ({
    processId: o.processId,
    name: o.name,
    version: o.version,
  });

  const touchpointsWithoutProcess = touchpointCatalogue(input.map, outlines)
    .filter((entry) => entry.declared && entry.processes.length === 0)
    .map(({ stage, touchpoint }) => ({ stage: stage!, touchpoint }));

  const tasksWithoutPeople: Inventory['tasksWithoutPeople'] = [];
  for (const outline of outlines)
    for (const { decidedAtRunTime, ...task } of outline.humanTasks) {
      // Whom an expression picks is known only when it runs; the rest can be checked now.
      if (decidedAtRunTime && task.groups.length === 0 && task.users.length === 0) continue;
      if ((await input.available(task)).length === 0)
        tasksWithoutPeople.push({ ...ref(outline), ...task });
    }

  const lastSeen = new Map<string, number>();
  for (const s of input.sightings)
    lastSeen.set(s.topic, Math.max(lastSeen.get(s.topic) ?? 0, s.lastSeenAt));
  const unserved = new Map<string, Inventory['topicsWithoutWorker'][number]>();
  for (const outline of outlines)
    for (const { topic, elementId, name } of outline.topics) {
      const seen = lastSeen.get(topic);
      if (seen !== undefined && seen >= input.since) continue;
      const entry = unserved.get(topic) ?? { topic, lastSeenAt: seen ?? null, elements: [] };
      entry.elements.push({ ...ref(outline), elementId, elementName: name });
      unserved.set(topic, entry);
    }

  return {
    touchpointsWithoutProcess,
    processesWithoutSla: outlines.filter((o) => o.promises.length === 0).map(ref),
    tasksWithoutPeople,
    topicsWithoutWorker: [...unserved.values()].sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
