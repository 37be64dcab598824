import type { DefinitionOutline } from './outline.ts';

/**
 * The company's map of where its customers meet it: for each life-cycle stage, in order, the
 * touchpoints it has (configuration, `PROMESA_TOUCHPOINTS`), whether or not a process serves them.
 */
export interface TouchpointMap {
  stages: Record<string, string[]>;
}

/** A process version serving a touchpoint, and the elements where it does. */
export interface ServingProcess {
  processId: string;
  name: string | null;
  version: number;
  definitionId: string;
  elements: { elementId: string; name: string | null }[];
}

/** One cell of the catalogue: a stage and a touchpoint, and the processes that serve it. */
export interface CatalogueEntry {
  /** Null for elements whose process names no stage. */
  stage: string | null;
  touchpoint: string;
  /** The company's map names it. */
  declared: boolean;
  processes: ServingProcess[];
}

const key = (stage: string | null, touchpoint: string) => JSON.stringify([stage, touchpoint]);

/**
 * Life-cycle stages × touchpoints × the deployed processes that serve them: every cell of the
 * map (served or not), then the cells only processes name. Stages and touchpoints keep the map's
 * order; the others follow, sorted.
 */
export function touchpointCatalogue(
  map: TouchpointMap,
  outlines: DefinitionOutline[],
): CatalogueEntry[] {
  const entries = new Map<string, CatalogueEntry>();
  for (const [stage, touchpoints] of Object.entries(map.stages))
    for (const touchpoint of touchpoints)
      entries.set(key(stage, touchpoint), { stage, touchpoint, declared: true, processes: [] });

  const found: CatalogueEntry[] = [];
  for (const outline of [...outlines].sort((a, b) => a.processId.localeCompare(b.processId)))
    for (const element of outline.touchpoints)
      for (const touchpoint of element.touchpoints) {
        let entry = entries.get(key(element.stage, touchpoint));
        if (!entry) {
          entry = { stage: element.stage, touchpoint, declared: false, processes: [] };
          entries.set(key(element.stage, touchpoint), entry);
          found.push(entry);
        }
        let serving = entry.processes.find((p) => p.definitionId === outline.definitionId);
        if (!serving) {
          serving = {
            processId: outline.processId,
            name: outline.name,
            version: outline.version,
            definitionId: outline.definitionId,
            elements: [],
          };
          entry.processes.push(serving);
        }
        serving.elements.push({ elementId: element.elementId, name: element.name });
      }

  const declared = [...entries.values()].filter((e) => e.declared);
  found.sort(
    (a, b) =>
      (a.stage ?? '').localeCompare(b.stage ?? '') || a.touchpoint.localeCompare(b.touchpoint),
  );
  return [...declared, ...found];
}
