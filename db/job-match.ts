import {
  and,
  asc,
  eq,
  gt,
  gte,
  inArray,
  lt,
  lte,
  ne,
  not,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import { PARKED_JOB_DUE_AT, type JobQuery, type JobSortKey } from '../engine/ports/store.ts';

/**
 * `JobQuery` as SQL terms for both SQL stores, from their own tables: Camunda's job query (the
 * operators' view of timers and continuations) in the store. A job's definition and process are
 * its instance's (a subquery on its row), or a start timer's own, from its payload's JSON.
 */

export interface JobTables {
  jobs: Record<
    | 'id'
    | 'kind'
    | 'instanceId'
    | 'elementId'
    | 'dueAt'
    | 'retries'
    | 'createdAt'
    | 'suspended'
    | 'priority',
    AnyColumn
  >;
  instances: { table: object; id: AnyColumn; definitionId: AnyColumn; processId: AnyColumn };
  /** A text field of the job's payload (JSON), null when it has none. */
  payloadField(field: string): SQL;
}

/** The definition or process id a job runs for. */
function ranFor(tables: JobTables, column: 'definitionId' | 'processId'): SQL {
  const { jobs, instances, payloadField } = tables;
  const own = payloadField(column);
  return sql`coalesce((SELECT ${instances[column]} FROM ${instances.table} WHERE ${instances.id} = ${jobs.instanceId}), CASE WHEN ${payloadField('type')} = 'timer-start' THEN ${own} END)`;
}

/** Strict bounds on a time column, all to hold. */
function bounds(value: AnyColumn, conditions: { operator: 'gt' | 'lt'; at: number }[]): SQL[] {
  return conditions.map((c) => (c.operator === 'gt' ? gt(value, c.at) : lt(value, c.at)));
}

/** `WHERE` of `listJobs` and `countJobs`. */
export function jobWhere(tables: JobTables, q: JobQuery): SQL | undefined {
  const j = tables.jobs;
  const m = q.match ?? {};
  const lastError = tables.payloadField('lastError');
  const failed = sql`coalesce(${lastError}, '') <> ''`;
  const parked = eq(j.dueAt, PARKED_JOB_DUE_AT);
  const runnable = (now: number) =>
    and(gt(j.retries, 0), ne(j.dueAt, PARKED_JOB_DUE_AT), lte(j.dueAt, now), eq(j.suspended, 0))!;
  return and(
    q.id !== undefined ? eq(j.id, q.id) : undefined,
    q.instanceId !== undefined ? eq(j.instanceId, q.instanceId) : undefined,
    q.kind !== undefined ? eq(j.kind, q.kind) : undefined,
    // Stored as 0 and 1 by both stores.
    q.suspended !== undefined ? eq(j.suspended, q.suspended ? 1 : 0) : undefined,
    // inArray of an empty list is false: `[]` matches nothing.
    m.ids !== undefined ? inArray(j.id, m.ids) : undefined,
    m.instanceIds !== undefined ? inArray(j.instanceId, m.instanceIds) : undefined,
    m.kinds !== undefined ? inArray(j.kind, m.kinds) : undefined,
    m.elementIds !== undefined ? inArray(j.elementId, m.elementIds) : undefined,
    m.definitionIds !== undefined
      ? inArray(ranFor(tables, 'definitionId'), m.definitionIds)
      : undefined,
    m.processIds !== undefined ? inArray(ranFor(tables, 'processId'), m.processIds) : undefined,
    m.retriesLeft !== undefined
      ? m.retriesLeft
        ? gt(j.retries, 0)
        : lte(j.retries, 0)
      : undefined,
    m.executable !== undefined
      ? m.executable.runnable
        ? runnable(m.executable.now)
        : not(runnable(m.executable.now))
      : undefined,
    ...(m.due?.length ? [not(parked), ...bounds(j.dueAt, m.due)] : []),
    ...bounds(j.createdAt, m.created ?? []),
    m.failed !== undefined ? (m.failed ? failed : not(failed)) : undefined,
    m.errorMessage !== undefined ? sql`${lastError} = ${m.errorMessage}` : undefined,
    m.failedElementId !== undefined ? and(failed, eq(j.elementId, m.failedElementId)) : undefined,
    m.priority?.atLeast !== undefined ? gte(j.priority, m.priority.atLeast) : undefined,
    m.priority?.atMost !== undefined ? lte(j.priority, m.priority.atMost) : undefined,
  );
}

/**
 * `ORDER BY` of a job query: its keys (nulls as the largest value; a parked job's due date is
 * the largest there is), then due order.
 */
export function jobOrder(tables: JobTables, sort: JobQuery['sort']): SQL[] {
  const j = tables.jobs;
  const column: Record<JobSortKey, SQL | AnyColumn> = {
    id: j.id,
    instanceId: j.instanceId,
    definitionId: ranFor(tables, 'definitionId'),
    processId: ranFor(tables, 'processId'),
    retries: j.retries,
    dueAt: j.dueAt,
    priority: j.priority,
  };
  return [
    ...(sort ?? []).map(({ by, descending }) =>
      descending ? sql`${column[by]} DESC NULLS FIRST` : sql`${column[by]} ASC NULLS LAST`,
    ),
    asc(j.dueAt),
    asc(j.id),
  ];
}
