import type {
  ActivityPass,
  ActivityPassQuery,
  ActivityPassSortKey,
  InstanceRecord,
  StoredHistoryEntry,
  TaskRecord,
} from '../../engine/ports/store.ts';
import { type Compare, page } from './order.ts';

/** `ActivityPassQuery` over the memory store's history, term for term as `db/activity-passes.ts`. */

const ends = new Set(['activity.completed', 'activity.cancelled']);

/** The passes of one instance: each start with the first later end of its token and element. */
function passesOf(instance: InstanceRecord, lines: StoredHistoryEntry[]): ActivityPass[] {
  return lines.flatMap((start, index) => {
    if (start.kind !== 'activity.started' || start.elementId == null) return [];
    const end = lines
      .slice(index + 1)
      .find(
        (l) =>
          ends.has(l.kind) &&
          l.elementId === start.elementId &&
          l.tokenId != null &&
          l.tokenId === start.tokenId,
      );
    return [
      {
        seq: start.seq,
        instanceId: instance.id,
        definitionId: instance.definitionId,
        processId: instance.processId,
        elementId: start.elementId,
        elementType: start.elementType ?? null,
        tokenId: start.tokenId ?? null,
        startedAt: start.at,
        endedAt: end?.at ?? null,
        cancelled: end?.kind === 'activity.cancelled',
      },
    ];
  });
}

const sortValue: Record<ActivityPassSortKey, (p: ActivityPass) => string | number | null> = {
  seq: (p) => p.seq,
  instanceId: (p) => p.instanceId,
  definitionId: (p) => p.definitionId,
  elementId: (p) => p.elementId,
  elementType: (p) => p.elementType,
  started: (p) => p.startedAt,
  ended: (p) => p.endedAt,
  duration: (p) => (p.endedAt === null ? null : p.endedAt - p.startedAt),
};

function matches(p: ActivityPass, q: ActivityPassQuery, tasksOf: (id: string) => TaskRecord[]) {
  const ended = p.endedAt;
  return (
    (q.seq === undefined || p.seq === q.seq) &&
    (q.definitionId === undefined || p.definitionId === q.definitionId) &&
    (q.elementId === undefined || p.elementId === q.elementId) &&
    (q.elementType === undefined || p.elementType === q.elementType) &&
    (q.ended === undefined || (ended !== null) === q.ended) &&
    (q.cancelled === undefined || p.cancelled === q.cancelled) &&
    (q.startedBefore === undefined || p.startedAt < q.startedBefore) &&
    (q.startedAfter === undefined || p.startedAt > q.startedAfter) &&
    (q.endedBefore === undefined || (ended !== null && ended < q.endedBefore)) &&
    (q.endedAfter === undefined || (ended !== null && ended > q.endedAfter)) &&
    (q.taskAssignee === undefined ||
      tasksOf(p.instanceId).some(
        (t) =>
          t.tokenId === p.tokenId &&
          t.elementId === p.elementId &&
          t.createdAt >= p.startedAt &&
          (t.assignee ?? t.completedBy) === q.taskAssignee,
      ))
  );
}

/** The passes the query matches over these instances, unpaged. */
export function activityPassesMatching(
  instances: Iterable<InstanceRecord>,
  q: ActivityPassQuery,
  historyOf: (id: string) => StoredHistoryEntry[],
  tasksOf: (id: string) => TaskRecord[],
): ActivityPass[] {
  const found: ActivityPass[] = [];
  for (const instance of instances) {
    if (q.instanceId !== undefined && instance.id !== q.instanceId) continue;
    for (const pass of passesOf(instance, historyOf(instance.id)))
      if (matches(pass, q, tasksOf)) found.push(pass);
  }
  return found;
}

/** The query's order (a null sorts as the largest value), then `seq`. */
function order(sort: ActivityPassQuery['sort']): Compare<ActivityPass> {
  return (a, b) => {
    for (const { by, descending } of sort ?? []) {
      const x = sortValue[by](a);
      const y = sortValue[by](b);
      const order = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
      if (order !== 0) return descending ? -order : order;
    }
    return a.seq - b.seq;
  };
}

/** A page of passes in the query's order. */
export const activityPassPage = (passes: ActivityPass[], q: ActivityPassQuery) =>
  page(passes, order(q.sort), q);
