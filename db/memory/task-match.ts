import type { TaskMatch, TaskQuery, TaskRecord, TaskSortKey } from '../../engine/ports/store.ts';
import { likeRegExp } from '../../engine/ports/like-pattern.ts';
import { bySortKeys, type Compare } from './order.ts';

/** `TaskQuery.match` and `TaskQuery.sort` over records, term for term as `db/task-match.ts`. */

const like = (value: string | null | undefined, pattern: string | undefined) =>
  pattern === undefined || (value != null && likeRegExp(pattern).test(value));
const anyOf = (value: string | null | undefined, values: string[] | undefined) =>
  values === undefined || (value != null && values.includes(value));
const equals = <T>(value: T | null | undefined, wanted: T | undefined) =>
  wanted === undefined || (value != null && value === wanted);

/** True when the task passes every filter of the match. */
export function matchesTask(t: TaskRecord, m: TaskMatch): boolean {
  const followUp = t.followUpAt ?? null;
  const offered =
    m.offeredTo === undefined ||
    (m.offeredTo.userId !== undefined && t.candidateUsers.includes(m.offeredTo.userId)) ||
    t.candidateGroups.some((g) => m.offeredTo!.groups.includes(g));
  const has = (list: string[], wanted: boolean | undefined) =>
    wanted === undefined || wanted === list.length > 0;
  return (
    anyOf(t.id, m.ids) &&
    anyOf(t.instanceId, m.instanceIds) &&
    anyOf(t.businessKey, m.businessKeys) &&
    like(t.businessKey, m.businessKeyLike) &&
    anyOf(t.processId, m.processIds) &&
    anyOf(t.definitionId, m.definitionIds) &&
    anyOf(t.elementId, m.elementIds) &&
    like(t.elementId, m.elementIdLike) &&
    equals(t.name, m.name) &&
    like(t.name, m.nameLike) &&
    anyOf(t.assignee, m.assignees) &&
    like(t.assignee, m.assigneeLike) &&
    anyOf(t.owner, m.owners) &&
    like(t.owner, m.ownerLike) &&
    (m.assigned === undefined || m.assigned === (t.assignee != null)) &&
    offered &&
    has(t.candidateGroups, m.withCandidateGroups) &&
    has(t.candidateUsers, m.withCandidateUsers) &&
    (m.involvedUser === undefined ||
      t.assignee === m.involvedUser ||
      t.candidateUsers.includes(m.involvedUser)) &&
    equals(t.priority, m.priority) &&
    (m.minPriority === undefined || t.priority >= m.minPriority) &&
    (m.maxPriority === undefined || t.priority <= m.maxPriority) &&
    equals(t.dueAt, m.dueAt) &&
    (!m.withoutDue || t.dueAt == null) &&
    equals(followUp, m.followUpAt) &&
    (m.followUpBefore === undefined || (followUp !== null && followUp < m.followUpBefore)) &&
    (m.followUpAfter === undefined || (followUp !== null && followUp > m.followUpAfter)) &&
    (m.followUpBeforeOrNone === undefined ||
      followUp === null ||
      followUp < m.followUpBeforeOrNone) &&
    equals(t.createdAt, m.createdAt) &&
    equals(t.suspended, m.suspended) &&
    (m.states === undefined || m.states.includes(t.state)) &&
    (m.endedBefore === undefined || (t.completedAt != null && t.completedAt < m.endedBefore)) &&
    (m.endedAfter === undefined || (t.completedAt != null && t.completedAt > m.endedAfter))
  );
}

const sortValue: Record<TaskSortKey, (t: TaskRecord) => string | number | null | undefined> = {
  id: (t) => t.id,
  name: (t) => t.name,
  assignee: (t) => t.assignee,
  created: (t) => t.createdAt,
  due: (t) => t.dueAt,
  followUp: (t) => t.followUpAt,
  priority: (t) => t.priority,
  instanceId: (t) => t.instanceId,
  definitionId: (t) => t.definitionId,
  elementId: (t) => t.elementId,
  owner: (t) => t.owner,
  ended: (t) => t.completedAt,
};

/** The order of `TaskQuery.sort`, then `id`; a null sorts as the largest value. */
export const taskSortOrder = (sort: NonNullable<TaskQuery['sort']>): Compare<TaskRecord> =>
  bySortKeys(sort, sortValue);
