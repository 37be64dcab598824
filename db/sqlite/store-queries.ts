import type BetterSqlite3 from 'better-sqlite3';
import {
  and,
  asc,
  desc,
  eq,
  exists,
  gt,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type {
  ExternalTaskQuery,
  InstanceQuery,
  JobQuery,
  LockRequest,
  TaskQuery,
} from '../../engine/ports/store.ts';
import {
  deploymentResources,
  deployments,
  externalTasks,
  history,
  incidents,
  jobs,
  processDefinitions,
  processInstances,
  taskCandidates,
  tasks,
  type DefinitionRow,
  type DeploymentResourceRow,
  type DeploymentRow,
  type ExternalTaskRow,
  type InstanceRow,
  type TaskRow,
} from './schema.ts';
import { slas } from './sla-schema.ts';
import { objectRows } from './object-rows.ts';
import { selectSql } from './statements.ts';
import type { IncidentTables } from '../incident-match.ts';
import { instanceMatchTerms, type InstanceTables, type VariableSql } from '../instance-match.ts';
import { taskMatchTerms, taskSortTerms, taskTablesOf, type TaskTables } from '../task-match.ts';
import { remainingVisibility, type Visibility } from '../task-visibility.ts';
import {
  externalTaskOrder,
  externalTaskWhere as externalTaskMatch,
} from '../external-task-match.ts';
import { jobOrder, jobWhere, type JobTables } from '../job-match.ts';
import { taskKeysetAfter } from './task-keyset.ts';

/**
 * The read-side SQL of the SQLite store, built with drizzle: filters and orderings of the
 * list queries, the selection of lockable external tasks, and the fixed reads prepared once.
 * Each function maps one port query onto `WHERE`/`ORDER BY` terms; the store only runs them.
 */

type Db = BetterSQLite3Database;

/**
 * `WHERE` of `listTasks`. Candidate filters become `id IN (SELECT task_id FROM task_candidates
 * WHERE kind = ? AND value IN (...))`, which drives the lookup from the candidates key.
 */
export function taskWhere(db: Db, q: TaskQuery): SQL | undefined {
  const offeredTo = (kind: 'user' | 'group', values: string[]) =>
    inArray(
      tasks.id,
      db
        .select({ id: taskCandidates.taskId })
        .from(taskCandidates)
        .where(and(eq(taskCandidates.kind, kind), inArray(taskCandidates.value, values))),
    );
  // Without statistics SQLite drives from the (state, ...) indexes and probes every open task
  // against the candidate list; likely() marks the state test unselective so the candidate key
  // leads whenever a candidate filter, an assignee or the caller's visibility is given (20k
  // tasks: ~1 ms instead of ~7 ms; for the last two see `heldBy` and `visibleTo`).
  const visibility = q.visibleTo && remainingVisibility(q, q.visibleTo);
  const byCandidate =
    q.candidateUser !== undefined ||
    q.candidateGroups !== undefined ||
    q.assignee !== undefined ||
    visibility !== undefined;
  const stateTerm = (state: NonNullable<TaskQuery['state']>) =>
    byCandidate ? sql`likely(${tasks.state} = ${state})` : eq(tasks.state, state);
  return and(
    q.instanceId !== undefined ? eq(tasks.instanceId, q.instanceId) : undefined,
    q.processId !== undefined ? eq(tasks.processId, q.processId) : undefined,
    q.businessKey !== undefined ? eq(tasks.businessKey, q.businessKey) : undefined,
    q.state !== undefined ? stateTerm(q.state) : undefined,
    q.assignee !== undefined ? heldBy(q.assignee, q.state) : undefined,
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
    q.slaStates !== undefined ? guardedBySla(db, q.slaStates) : undefined,
    q.after !== undefined ? taskKeysetAfter(q.orderBy, q.after) : undefined,
    q.match !== undefined ? taskMatchTerms(taskTables, q.match) : undefined,
  );
}

/** The tables of Camunda's task filters; `LIKE` as a case-sensitive `GLOB` (SQLite's LIKE folds ASCII case). */
export const taskTables: TaskTables = taskTablesOf(
  tasks,
  taskCandidates,
  processInstances,
  globLike,
);

/** SQL `LIKE` as a case-sensitive `GLOB`. */
function globLike(value: SQL | AnyColumn, pattern: string): SQL {
  return sql`${value} GLOB ${likeToGlob(pattern)}`;
}

/** `a%b_` → `a*b?`, with GLOB's own wildcards in the pattern matched literally. */
function likeToGlob(pattern: string): string {
  return pattern
    .replace(/[*?[]/g, (c) => `[${c}]`)
    .replace(/%/g, '*')
    .replace(/_/g, '?');
}

/**
 * Assignee, candidate user, or offered to one of the groups: the three ORed, as one `id IN`
 * list of what the caller may see (the union of the candidate key's entries and the
 * (state, assignee) index's), so the tasks seen drive the read. As `tasks.assignee = ? OR id IN
 * (candidates)` SQLite probed every open task: 1.2 s a page at 100,000 open tasks for a caller
 * who sees 10,000 of them. The list is narrowed to the query's state on each side.
 */
function visibleTo(who: Visibility, state: TaskQuery['state']): SQL {
  const inState = (column: string) =>
    state === undefined ? sql`` : sql` AND ${sql.raw(column)} = ${state}`;
  const parts = [
    sql`SELECT task_id FROM task_candidates WHERE kind = 'user' AND value = ${who.userId}${inState('state')}`,
  ];
  if (who.groups.length > 0)
    parts.push(
      sql`SELECT task_id FROM task_candidates WHERE kind = 'group' AND value IN (${sql.join(
        who.groups.map((g) => sql`${g}`),
        sql`, `,
      )})${inState('state')}`,
    );
  if (who.held)
    parts.push(
      sql`SELECT held.id FROM tasks AS held WHERE held.assignee = ${who.userId}${inState('held.state')}`,
    );
  return sql`${tasks.id} IN (${sql.join(parts, sql` UNION ALL `)})`;
}

/**
 * Held by the assignee, as an `id IN` list of the (state, assignee) index's entries: written as
 * `assignee = ?`, SQLite without statistics walked every open task in due order rather than
 * sort one person's few (26 to 96 ms against 0.5 ms at 100,000 open tasks).
 */
function heldBy(assignee: string, state: TaskQuery['state']): SQL {
  const inState = state === undefined ? sql`` : sql` AND held.state = ${state}`;
  return sql`${tasks.id} IN (SELECT held.id FROM tasks AS held WHERE held.assignee = ${assignee}${inState})`;
}

/** An SLA of the task is in one of the states: `EXISTS` on the `slas_by_task` index. */
function guardedBySla(db: Db, states: NonNullable<TaskQuery['slaStates']>): SQL {
  // inArray of an empty list is false, so `slaStates: []` matches nothing.
  return exists(
    db
      .select({ one: sql`1` })
      .from(slas)
      .where(and(eq(slas.taskId, tasks.id), inArray(slas.state, states))),
  );
}

/** `ORDER BY` of `listTasks`: its `sort` keys, else its `orderBy`. */
export function taskQueryOrder(q: TaskQuery): SQL[] {
  return q.sort ? taskSortTerms(taskTables, q.sort) : taskOrder(q.orderBy);
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

/** `WHERE` of `listInstances`. */
export function instanceWhere(q: InstanceQuery): SQL | undefined {
  return and(
    q.processId !== undefined ? eq(processInstances.processId, q.processId) : undefined,
    q.definitionId !== undefined ? eq(processInstances.definitionId, q.definitionId) : undefined,
    q.businessKey !== undefined ? eq(processInstances.businessKey, q.businessKey) : undefined,
    q.status !== undefined ? eq(processInstances.status, q.status) : undefined,
    q.parentInstanceId !== undefined
      ? eq(processInstances.parentInstanceId, q.parentInstanceId)
      : undefined,
    q.startedBefore !== undefined ? lt(processInstances.startedAt, q.startedBefore) : undefined,
    q.startedAfter !== undefined ? gt(processInstances.startedAt, q.startedAfter) : undefined,
    q.match !== undefined ? instanceMatchTerms(instanceTables, q.match) : undefined,
  );
}

/** A process variable inside the snapshot's JSON: `$.context.scopes."<root>".variables."<name>"`. */
function snapshotVariable(name: string): VariableSql {
  const snapshot = processInstances.snapshot;
  const path = sql`'$.context.scopes."' || json_extract(${snapshot}, '$.context.rootScopeId') || '".variables.' || ${JSON.stringify(name)}`;
  const type = sql`json_type(${snapshot}, ${path})`;
  return {
    type: sql`(CASE ${type} WHEN 'text' THEN 'string' WHEN 'integer' THEN 'number' WHEN 'real' THEN 'number' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean' WHEN 'null' THEN 'null' END)`,
    text: sql`(CASE ${type} WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_extract(${snapshot}, ${path}) END)`,
    number: sql`json_extract(${snapshot}, ${path})`,
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
  like: globLike,
};

/** The tables of Camunda's instance filters. */
export const instanceTables: InstanceTables = {
  instances: processInstances,
  like: globLike,
  variable: snapshotVariable,
};

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
  payloadField: (field) => sql`json_extract(${jobs.payload}, ${sql.raw(`'$.${field}'`)})`,
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
 * External tasks a worker may lock now: open, available, not locked by anyone (or the lock
 * expired), with retries left, and matching one of the requested topics and its filters.
 * A task whose retries reached 0 has an incident and waits for an operator (Camunda semantics).
 */
export function lockableWhere(request: LockRequest): SQL | undefined {
  const { now } = request;
  const topics = request.topics.map((topic) =>
    and(
      eq(externalTasks.topic, topic.name),
      topic.processIds !== undefined
        ? inArray(externalTasks.processId, topic.processIds)
        : undefined,
      topic.businessKey !== undefined
        ? eq(externalTasks.businessKey, topic.businessKey)
        : undefined,
    ),
  );
  return and(
    eq(externalTasks.state, 'open'),
    // A suspended instance's tasks wait for its activation (Camunda's fetchAndLock skips them).
    eq(externalTasks.suspended, 0),
    lte(externalTasks.availableAt, now),
    or(isNull(externalTasks.lockExpiresAt), lte(externalTasks.lockExpiresAt, now)),
    or(isNull(externalTasks.retries), gt(externalTasks.retries, 0)),
    or(...topics),
  );
}

/** Fetch order: by priority when the worker asks for it, else oldest first. */
export function lockOrder(usePriority: boolean | undefined): SQL[] {
  const byAge = [asc(externalTasks.createdAt), asc(externalTasks.id)];
  return usePriority ? [desc(externalTasks.priority), ...byAge] : byAge;
}

/** The fixed-shape reads of the store, prepared once per connection. */
export function prepareReads(db: Db, database: BetterSqlite3.Database) {
  const p = sql.placeholder;
  return {
    // The single-row reads run on every command, the page read on every task list: raw
    // statements (see `selectSql`), rows named in JavaScript (see `objectRows`).
    deployment: objectRows<[{ id: string }], DeploymentRow>(
      database.prepare(`${selectSql(deployments)} WHERE "id" = @id`),
    ),
    deploymentResources: objectRows<[{ id: string }], DeploymentResourceRow>(
      database.prepare(`${selectSql(deploymentResources)} WHERE "deployment_id" = @id`),
    ),
    definition: objectRows<[{ id: string }], DefinitionRow>(
      database.prepare(`${selectSql(processDefinitions)} WHERE "id" = @id`),
    ),
    latestDefinition: objectRows<[{ processId: string }], DefinitionRow>(
      database.prepare(
        `${selectSql(processDefinitions)} WHERE "process_id" = @processId ORDER BY "version" DESC LIMIT 1`,
      ),
    ),
    instance: objectRows<[{ id: string }], InstanceRow>(
      database.prepare(`${selectSql(processInstances)} WHERE "id" = @id`),
    ),
    task: objectRows<[{ id: string }], TaskRow>(
      database.prepare(`${selectSql(tasks)} WHERE "id" = @id`),
    ),
    externalTask: objectRows<[{ id: string }], ExternalTaskRow>(
      database.prepare(`${selectSql(externalTasks)} WHERE "id" = @id`),
    ),
    acquirableJobs: db
      .select()
      .from(jobs)
      .where(
        and(
          lte(jobs.dueAt, p('now')),
          or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, p('now'))),
          // A literal, not a parameter: SQLite uses the partial indexes only for a term it can match.
          sql`${jobs.suspended} = 0`,
        ),
      )
      .orderBy(asc(jobs.dueAt), asc(jobs.id))
      .limit(p('limit'))
      .prepare(),
    /** The same, for the kinds in the JSON array `kinds`. */
    acquirableJobsOfKinds: db
      .select()
      .from(jobs)
      .where(
        and(
          lte(jobs.dueAt, p('now')),
          or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, p('now'))),
          // A literal, not a parameter: SQLite uses the partial indexes only for a term it can match.
          sql`${jobs.suspended} = 0`,
          sql`${jobs.kind} IN (SELECT value FROM json_each(${p('kinds')}))`,
        ),
      )
      .orderBy(asc(jobs.dueAt), asc(jobs.id))
      .limit(p('limit'))
      .prepare(),
    /**
     * When the executor should next wake: the earliest moment any job becomes acquirable. An
     * unlocked job is acquirable at its due time; a locked one only once its lock has also
     * expired, so a job whose owner died is still picked up. The port passes no `now`, so an
     * "expired" lock cannot be tested here; `max(due_at, locked_until)` answers without one.
     */
    nextJobDueAt: database.prepare<[], { at: number | null }>(
      `SELECT min(at) AS at FROM (
         SELECT min(due_at) AS at FROM jobs WHERE locked_until IS NULL AND suspended = 0
         UNION ALL
         SELECT min(max(due_at, locked_until)) FROM jobs
          WHERE locked_until IS NOT NULL AND suspended = 0)`,
    ),
    history: db
      .select()
      .from(history)
      .where(eq(history.instanceId, p('instanceId')))
      .orderBy(asc(history.seq))
      .prepare(),
  };
}
