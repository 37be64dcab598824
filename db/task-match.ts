import {
  and,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { TaskMatch, TaskQuery, TaskSortKey } from '../engine/ports/store.ts';

/**
 * Camunda's task filters and sort keys (`TaskQuery.match`, `TaskQuery.sort`) as SQL terms,
 * built once for both SQL stores from their own tables: drizzle's operators are the same in
 * either dialect, and what differs (a case-sensitive `LIKE`) comes with the tables.
 */

/** The columns the terms read, from one dialect's schema. */
export interface TaskTables {
  tasks: Record<
    | 'id'
    | 'instanceId'
    | 'businessKey'
    | 'processId'
    | 'definitionId'
    | 'elementId'
    | 'name'
    | 'assignee'
    | 'priority'
    | 'dueAt'
    | 'followUpAt'
    | 'createdAt'
    | 'suspended'
    | 'state'
    | 'owner'
    | 'completedAt',
    AnyColumn
  >;
  candidates: { table: object; taskId: AnyColumn; kind: AnyColumn; value: AnyColumn };
  instances: { table: object; id: AnyColumn; status: AnyColumn };
  /** A case-sensitive SQL `LIKE` (`%`, `_`) in this dialect. */
  like(column: AnyColumn, pattern: string): SQL;
}

/** The tables of one dialect's schema, with its case-sensitive `LIKE`. */
export function taskTablesOf(
  tasks: TaskTables['tasks'],
  candidates: { taskId: AnyColumn; kind: AnyColumn; value: AnyColumn },
  instances: { id: AnyColumn; status: AnyColumn },
  like: TaskTables['like'],
): TaskTables {
  const { taskId, kind, value } = candidates;
  return {
    tasks,
    candidates: { table: candidates, taskId, kind, value },
    instances: { table: instances, id: instances.id, status: instances.status },
    like,
  };
}

/** The `WHERE` terms of a match, ANDed. */
export function taskMatchTerms(
  { tasks: t, candidates: c, instances: i, like }: TaskTables,
  m: TaskMatch,
) {
  const anyOf = (column: AnyColumn, values: string[] | undefined) =>
    values === undefined ? undefined : inArray(column, values);
  const candidate = (where: SQL | undefined) =>
    sql`${t.id} IN (SELECT ${c.taskId} FROM ${c.table} WHERE ${where})`;
  const hasCandidates = (kind: 'user' | 'group', wanted: boolean | undefined) => {
    if (wanted === undefined) return undefined;
    const some = candidate(eq(c.kind, kind));
    return wanted ? some : sql`NOT ${some}`;
  };
  const offeredTo = m.offeredTo;
  return and(
    anyOf(t.id, m.ids),
    anyOf(t.instanceId, m.instanceIds),
    anyOf(t.businessKey, m.businessKeys),
    m.businessKeyLike !== undefined ? like(t.businessKey, m.businessKeyLike) : undefined,
    anyOf(t.processId, m.processIds),
    anyOf(t.definitionId, m.definitionIds),
    anyOf(t.elementId, m.elementIds),
    m.elementIdLike !== undefined ? like(t.elementId, m.elementIdLike) : undefined,
    m.name !== undefined ? eq(t.name, m.name) : undefined,
    m.nameLike !== undefined ? like(t.name, m.nameLike) : undefined,
    anyOf(t.assignee, m.assignees),
    m.assigneeLike !== undefined ? like(t.assignee, m.assigneeLike) : undefined,
    anyOf(t.owner, m.owners),
    m.ownerLike !== undefined ? like(t.owner, m.ownerLike) : undefined,
    m.assigned === undefined ? undefined : m.assigned ? isNotNull(t.assignee) : isNull(t.assignee),
    offeredTo === undefined
      ? undefined
      : candidate(
          or(
            offeredTo.userId === undefined
              ? undefined
              : and(eq(c.kind, 'user'), eq(c.value, offeredTo.userId)),
            offeredTo.groups.length > 0
              ? and(eq(c.kind, 'group'), inArray(c.value, offeredTo.groups))
              : undefined,
          ) ?? sql`false`,
        ),
    hasCandidates('group', m.withCandidateGroups),
    hasCandidates('user', m.withCandidateUsers),
    m.involvedUser === undefined
      ? undefined
      : or(
          eq(t.assignee, m.involvedUser),
          candidate(and(eq(c.kind, 'user'), eq(c.value, m.involvedUser))),
        ),
    m.priority !== undefined ? eq(t.priority, m.priority) : undefined,
    m.minPriority !== undefined ? sql`${t.priority} >= ${m.minPriority}` : undefined,
    m.maxPriority !== undefined ? sql`${t.priority} <= ${m.maxPriority}` : undefined,
    m.dueAt !== undefined ? eq(t.dueAt, m.dueAt) : undefined,
    m.withoutDue ? isNull(t.dueAt) : undefined,
    m.followUpAt !== undefined ? eq(t.followUpAt, m.followUpAt) : undefined,
    m.followUpBefore !== undefined ? lt(t.followUpAt, m.followUpBefore) : undefined,
    m.followUpAfter !== undefined ? gt(t.followUpAt, m.followUpAfter) : undefined,
    m.followUpBeforeOrNone !== undefined
      ? or(isNull(t.followUpAt), lt(t.followUpAt, m.followUpBeforeOrNone))
      : undefined,
    m.createdAt !== undefined ? eq(t.createdAt, m.createdAt) : undefined,
    m.suspended !== undefined ? eq(t.suspended, m.suspended ? 1 : 0) : undefined,
    m.states !== undefined
      ? m.states.length > 0
        ? inArray(t.state, m.states)
        : sql`false`
      : undefined,
    m.endedBefore !== undefined ? lt(t.completedAt, m.endedBefore) : undefined,
    m.endedAfter !== undefined ? gt(t.completedAt, m.endedAfter) : undefined,
    m.instanceEnded === undefined
      ? undefined
      : sql`${t.instanceId} IN (SELECT ${i.id} FROM ${i.table} WHERE ${
          m.instanceEnded ? sql`${i.status} <> 'active'` : sql`${i.status} = 'active'`
        })`,
  );
}

const sortColumn: Record<TaskSortKey, keyof TaskTables['tasks']> = {
  id: 'id',
  name: 'name',
  assignee: 'assignee',
  created: 'createdAt',
  due: 'dueAt',
  followUp: 'followUpAt',
  priority: 'priority',
  instanceId: 'instanceId',
  definitionId: 'definitionId',
  elementId: 'elementId',
  owner: 'owner',
  ended: 'completedAt',
};

/**
 * `ORDER BY` of `TaskQuery.sort`, then `id`. A null sorts as the largest value (last going up,
 * first going down), in both dialects.
 */
export function taskSortTerms({ tasks: t }: TaskTables, sort: NonNullable<TaskQuery['sort']>) {
  return [
    ...sort.map(({ by, descending }) =>
      descending
        ? sql`${t[sortColumn[by]]} DESC NULLS FIRST`
        : sql`${t[sortColumn[by]]} ASC NULLS LAST`,
    ),
    sql`${t.id} ASC`,
  ];
}
