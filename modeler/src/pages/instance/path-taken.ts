import type { Schemas } from '../../api/client.ts';

export type HistoryLine = Schemas['HistoryEntry'];
export type Instance = Schemas['ProcessInstance'];

/** Where an instance has been and where it is: the elements it left, the flows it took, its tokens. */
export interface PathTaken {
  /** Elements a token completed (left by its normal end). */
  done: Set<string>;
  /** Sequence flows taken at least once. */
  flows: Set<string>;
  /** Tokens waiting now, per element. */
  waiting: Map<string, number>;
  /** Tokens stuck on an incident, per element. */
  failing: Map<string, number>;
}

/** A multi-instance body is written `<id>#multiInstanceBody`: it is drawn as its activity. */
const drawnId = (elementId: string) => elementId.split('#')[0]!;

/** Reads the path from the instance's history and its tokens now. */
export function pathTaken(lines: HistoryLine[], instance: Instance): PathTaken {
  const path: PathTaken = {
    done: new Set(),
    flows: new Set(),
    waiting: new Map(),
    failing: new Map(),
  };
  for (const line of lines) {
    if (line.kind === 'activity.completed' && line.elementId)
      path.done.add(drawnId(line.elementId));
    const flowId = line.data?.flowId;
    if (line.kind === 'flow.taken' && typeof flowId === 'string') path.flows.add(flowId);
  }
  for (const token of instance.tokens) {
    const tally = token.state === 'incident' ? path.failing : path.waiting;
    const id = drawnId(token.elementId);
    tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return path;
}
