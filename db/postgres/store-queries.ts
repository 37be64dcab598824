import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type {
  ExternalTaskQuery,
  InstanceQuery,
  JobQuery,
  LockRequest,
  TaskCursor,
  TaskQuery,
} from '../../engine/ports/store.ts';
import type { IncidentTables } from '../incident-match.ts';
import { instanceMatchTerms, type InstanceTables, type VariableSql } from '../instance-match.ts';
import { taskMatchTerms, taskSortTerms, taskTablesOf, type TaskTables } from '../task-match.ts';
import { remainingVisibility, type Visibility } from '../task-visibility.ts';
import {
  externalTaskOrder,
  externalTaskWhere as externalTaskMatch,
} from '../external-task-match.ts';
import { jobOrder, jobWhere, type JobTables } from '../job-match.ts';
import {
  externalTasks,
  incidents,
  jobs,
  processInstances,
  taskCandidates,
  tasks,
} from './schema.ts';
import { slas } from './sla-schema.ts';

/**
 * The read-side SQL of the PostgreSQL store: the same terms as `db/sqlite/store-queries.ts`,
 * built on this dialect's tables. Each function maps one port query onto `WHERE`/`ORDER BY`.
 */

/** `WHERE` of `listTasks`; candidate filters are subqueries on `task_candidates`' key. */
export function taskWhere(q: TaskQuery): SQL | undefined {
  const visibility = q.visibleTo && remainingVisibility(q, q.visibleTo);
  return and(
    q.instanceId !== undefined ? eq(tasks.instanceId, q.instanceId) : undefined,
    q.processId !== undefined ? eq(tasks.processId, q.processId) : undefined,
    q.businessKey !== undefined ? eq(tasks.businessKey, q.businessKey) : undefined,
    q.state !== undefined ? eq(tasks.state, q.state) : undefined,
    q.assignee !== undefined ? eq(tasks.assignee, q.assignee) : undefined,
    q.candidateUser !== undefined ? offeredTo('user', [q.candidateUser]) : undefined,
    q.candidateGroups !== undefined ? offeredTo('group', q.candidateGroups) : undefined,
    q.elementId !== undefined ? eq(tasks.elementId, q.elementId) : undefined,
    q.lane !== undefined ? eq(tasks.lane, q.lane) : undefined,
    // Strict bounds, as in Camunda's task query; tasks without a due date match neither.
    q.dueBefore !== undefined ? lt(tasks.dueAt, q.dueBefore) : undefined,
    q.dueAfter !== undefined ? gt(tasks.dueAt, q.dueAfter) : undefined,
    q.promiseDueBefore !== undefined ? lt(tasks.promiseDueAt, q.promiseDueBefore) : undefined,
    q.promiseDueAfter !== undefined ? gt(tasks.promiseDueAt, q.promiseDueAfter) : undefined,
    q.createdBefore !== undefined ? lt(tasks.createdAt, q.createdBefore) : undefined,
    q.createdAfter !== undefined ? gt(tasks.createdAt, q.createdAfter) : undefined,
    visibility !== undefined ? visibleTo(visibility, q.state) : undefined,
    q.slaStates !== undefined ? guardedBySla(q.slaStates) : undefined,
    q.after !== undefined ? taskKeysetAfter(q.orderBy, q.after) : undefined,
    q.match !== undefined ? taskMatchTerms(taskTables, q.match) : undefined,
  );
}

/** A process variable inside the snapshot's JSON, read as `jsonb`. */
function snapshotVariable(name: string): VariableSql {
  const snapshot = sql`(${processInstances.snapshot})::jsonb`;
  const value = sql`(${snapshot} #> ARRAY['context', 'scopes', ${snapshot} #>> '{context,rootScopeId}', 'variables', ${name}]::text[])`;
  return {
    type: sql`(CASE jsonb_typeof(${value}) WHEN 'string' THEN 'string' WHEN 'number' THEN 'number' WHEN 'boolean' THEN 'boolean' WHEN 'null' THEN 'null' END)`,
    text: sql`(${value} #>> '{}')`,
    number: sql`(CASE jsonb_typeof(${value}) WHEN 'number' THEN (${value} #>> '{}')::numeric END)`,
  };
}

/** The tables of incident queries. */
export const incidentTables: IncidentTables = {
  incidents,
  instances: {
    table: processInstances,
    id: processInstances.id,
    definitionId: processInstances.definitionId,
    processId: processInstances.processId,
  },
  like: (value, pattern) => sql`${value} LIKE ${pattern}`,
};

/** The tables of Camunda's instance filters. */
export const instanceTables: InstanceTables = {
  instances: processInstances,
  like: (value, pattern) => sql`${value} LIKE ${pattern}`,
  variable: snapshotVariable,
};

/** The tables of Camunda's task filters; PostgreSQL's `LIKE` is case-sensitive already. */
const taskTables: TaskTables = taskTablesOf(
  tasks,
  taskCandidates,
  processInstances,
  (column, pattern) => sql`${column} LIKE ${pattern}`,
);

/** `ORDER BY` of `listTasks`: its `sort` keys, else its `orderBy`. */
export function taskQueryOrder(q: TaskQuery): SQL[] {
  return q.sort ? taskSortTerms(taskTables, q.sort) : taskOrder(q.orderBy);
}

function candidates(where: SQL | undefined): SQL {
  return sql`${tasks.id} IN (SELECT ${taskCandidates.taskId} FROM ${taskCandidates} WHERE ${where})`;
}

function offeredTo(kind: 'user' | 'group', values: string[]): SQL {
  return candidates(and(eq(taskCandidates.kind, kind), inArray(taskCandidates.value, values)));
}

/**
 * Assignee, candidate user, or offered to one of the groups: the three ORed. PostgreSQL hashes
 * the candidate list once and filters the tasks as it walks them in the list's order (the due
 * and promise indexes), stopping at the page's end: EXPLAIN ANALYZE at 100,000 open tasks, a
 * caller seeing 10,000, gave 4 to 20 ms by due date or promise this way, and 60 to 115 ms for
 * the `id IN (candidates UNION held)` form that SQLite needs (see its `visibleTo`), which joins
 * every task seen before sorting. The list is narrowed to the query's state.
 */
function visibleTo(who: Visibility, state: TaskQuery['state']): SQL {
  const offered = candidates(
    and(
      or(
        and(eq(taskCandidates.kind, 'user'), eq(taskCandidates.value, who.userId)),
        who.groups.length > 0
          ? and(eq(taskCandidates.kind, 'group'), inArray(taskCandidates.value, who.groups))
          : undefined,
      ),
      state !== undefined ? eq(taskCandidates.state, state) : undefined,
    ),
  );
  return who.held ? or(eq(tasks.assignee, who.userId), offered)! : offered;
}

/** An SLA of the task is in one of the states (`slaStates: []` matches nothing). */
function guardedBySla(states: NonNullable<TaskQuery['slaStates']>): SQL {
  return sql`EXISTS (SELECT 1 FROM ${slas} WHERE ${and(eq(slas.taskId, tasks.id), inArray(slas.state, states))})`;
}

/** `ORDER BY` of `listTasks` (see `TaskQuery.orderBy`); `id` breaks ties so pages never overlap. */
export function taskOrder(orderBy: TaskQuery['orderBy'] = 'created'): SQL[] {
  const byAge = [asc(tasks.createdAt), asc(tasks.id)];
  const byDue = [sql`${tasks.dueAt} ASC NULLS LAST`, desc(tasks.priority), ...byAge];
  switch (orderBy) {
    case 'promise':
      return [sql`${tasks.promiseDueAt} ASC NULLS LAST`, ...byDue];
    case 'due':
      return byDue;
    case 'priority':
      return [desc(tasks.priority), ...byAge];
    case 'created':
      return byAge;
  }
}

interface KeyTerm {
  column: PgColumn;
  value: number | string | null;
  direction: 'asc' | 'desc';
  /** Sorted `NULLS LAST` (`due_at`, `promise_due_at`). */
  nullable?: boolean;
}

/** "After this task" in `taskOrder`'s order: `(k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...`. */
function taskKeysetAfter(orderBy: TaskQuery['orderBy'] = 'created', after: TaskCursor): SQL {
  const byAge: KeyTerm[] = [
    { column: tasks.createdAt, value: after.createdAt, direction: 'asc' },
    { column: tasks.id, value: after.id, direction: 'asc' },
  ];
  const byPriority: KeyTerm = { column: tasks.priority, value: after.priority, direction: 'desc' };
  const byDue: KeyTerm[] = [
    { column: tasks.dueAt, value: after.dueAt, direction: 'asc', nullable: true },
    byPriority,
    ...byAge,
  ];
  const byPromise: KeyTerm = {
    column: tasks.promiseDueAt,
    value: after.promiseDueAt,
    direction: 'asc',
    nullable: true,
  };
  const terms =
    orderBy === 'promise'
      ? [byPromise, ...byDue]
      : orderBy === 'due'
        ? byDue
        : orderBy === 'priority'
          ? [byPriority, ...byAge]
          : byAge;
  const equal = (t: KeyTerm) => (t.value === null ? isNull(t.column) : eq(t.column, t.value));
  const beyond = (t: KeyTerm): SQL => {
    // NULLS LAST: after a null comes nothing but other nulls, which tie.
    if (t.nullable)
      return t.value === null ? sql`false` : or(gt(t.column, t.value), isNull(t.column))!;
    if (t.value === null) return sql`false`;
    return t.direction === 'asc' ? gt(t.column, t.value) : lt(t.column, t.value);
  };
  return or(...terms.map((term, i) => and(...terms.slice(0, i).map(equal), beyond(term))))!;
}

/** `WHERE` of `listInstances`. */
export function instanceWhere(q: InstanceQuery): SQL | undefined {
  const i = processInstances;
  return and(
    q.processId !== undefined ? eq(i.processId, q.processId) : undefined,
    q.definitionId !== undefined ? eq(i.definitionId, q.definitionId) : undefined,
    q.businessKey !== undefined ? eq(i.businessKey, q.businessKey) : undefined,
    q.status !== undefined ? eq(i.status, q.status) : undefined,
    q.parentInstanceId !== undefined ? eq(i.parentInstanceId, q.parentInstanceId) : undefined,
    q.startedBefore !== undefined ? lt(i.startedAt, q.startedBefore) : undefined,
    q.startedAfter !== undefined ? gt(i.startedAt, q.startedAfter) : undefined,
    q.match !== undefined ? instanceMatchTerms(instanceTables, q.match) : undefined,
  );
}

/** The tables of job queries. */
const jobTables: JobTables = {
  jobs,
  instances: {
    table: processInstances,
    id: processInstances.id,
    definitionId: processInstances.definitionId,
    processId: processInstances.processId,
  },
  // `field` is one of job-match.ts's own names, never input.
  payloadField: (field) => sql`((${jobs.payload})::jsonb ->> ${sql.raw(`'${field}'`)})`,
};

/** `WHERE` of `listJobs` and `countJobs`. */
export function jobQueryWhere(q: JobQuery): SQL | undefined {
  return jobWhere(jobTables, q);
}

/** `ORDER BY` of `listJobs`. */
export function jobQueryOrder(q: JobQuery): SQL[] {
  return jobOrder(jobTables, q.sort);
}

/** `WHERE` of `listExternalTasks` and `countExternalTasks`. */
export function externalTaskWhere(q: ExternalTaskQuery): SQL | undefined {
  return externalTaskMatch(externalTasks, q);
}

/** `ORDER BY` of `listExternalTasks`. */
export function externalTaskQueryOrder(q: ExternalTaskQuery): SQL[] {
  return externalTaskOrder(externalTasks, q.sort);
}

/**
 * External tasks a worker may lock now: open, available, not locked (or the lock expired), with
 * retries left, matching one of the requested topics and its filters.
 */
export function lockableWhere(request: LockRequest): SQL | undefined {
  const { now } = request;
  const e = externalTasks;
  const topics = request.topics.map((topic) =>
    and(
      eq(e.topic, topic.name),
      topic.processIds !== undefined ? inArray(e.processId, topic.processIds) : undefined,
      topic.businessKey !== undefined ? eq(e.businessKey, topic.businessKey) : undefined,
    ),
  );
  return and(
    eq(e.state, 'open'),
    // A suspended instance's tasks wait for its activation (Camunda's fetchAndLock skips them).
    eq(e.suspended, 0),
    lte(e.availableAt, now),
    or(isNull(e.lockExpiresAt), lte(e.lockExpiresAt, now)),
    or(isNull(e.retries), gt(e.retries, 0)),
    or(...topics),
  );
}

/** Fetch order: by priority when the worker asks for it, else oldest first. */
export function lockOrder(usePriority: boolean | undefined): SQL[] {
  const byAge = [asc(externalTasks.createdAt), asc(externalTasks.id)];
  return usePriority ? [desc(externalTasks.priority), ...byAge] : byAge;
}
