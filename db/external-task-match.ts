import {
  and,
  asc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { ExternalTaskQuery, ExternalTaskSortKey } from '../engine/ports/store.ts';

/**
 * `ExternalTaskQuery` as SQL terms for both SQL stores, from their own `external_tasks` table:
 * Camunda's external task query (the operators' view of the work under way) in the store.
 */

export type ExternalTaskColumns = Record<
  | 'id'
  | 'instanceId'
  | 'definitionId'
  | 'processId'
  | 'elementId'
  | 'topic'
  | 'state'
  | 'workerId'
  | 'lockExpiresAt'
  | 'retries'
  | 'priority'
  | 'createdAt'
  | 'suspended',
  AnyColumn
>;

/** `WHERE` of `listExternalTasks` and `countExternalTasks`. */
export function externalTaskWhere(t: ExternalTaskColumns, q: ExternalTaskQuery): SQL | undefined {
  const m = q.match ?? {};
  return and(
    q.instanceId !== undefined ? eq(t.instanceId, q.instanceId) : undefined,
    q.topic !== undefined ? eq(t.topic, q.topic) : undefined,
    q.state !== undefined ? eq(t.state, q.state) : undefined,
    q.workerId !== undefined ? eq(t.workerId, q.workerId) : undefined,
    // Stored as 0 and 1 by both stores.
    q.suspended !== undefined ? eq(t.suspended, q.suspended ? 1 : 0) : undefined,
    // inArray of an empty list is false: `[]` matches nothing.
    m.ids !== undefined ? inArray(t.id, m.ids) : undefined,
    m.instanceIds !== undefined ? inArray(t.instanceId, m.instanceIds) : undefined,
    m.elementIds !== undefined ? inArray(t.elementId, m.elementIds) : undefined,
    m.definitionIds !== undefined ? inArray(t.definitionId, m.definitionIds) : undefined,
    m.lock !== undefined
      ? m.lock.held
        ? gt(t.lockExpiresAt, m.lock.now)
        : or(isNull(t.lockExpiresAt), lte(t.lockExpiresAt, m.lock.now))
      : undefined,
    m.retriesLeft !== undefined
      ? m.retriesLeft
        ? or(isNull(t.retries), ne(t.retries, 0))
        : eq(t.retries, 0)
      : undefined,
    m.lockExpiresAfter !== undefined ? gt(t.lockExpiresAt, m.lockExpiresAfter) : undefined,
    m.lockExpiresBefore !== undefined ? lt(t.lockExpiresAt, m.lockExpiresBefore) : undefined,
    m.priorityAtLeast !== undefined ? gte(t.priority, m.priorityAtLeast) : undefined,
    m.priorityAtMost !== undefined ? lte(t.priority, m.priorityAtMost) : undefined,
  );
}

/** `ORDER BY` of an external task query: its keys (nulls as the largest value), then oldest first. */
export function externalTaskOrder(t: ExternalTaskColumns, sort: ExternalTaskQuery['sort']): SQL[] {
  const column: Record<ExternalTaskSortKey, AnyColumn> = {
    id: t.id,
    lockExpiresAt: t.lockExpiresAt,
    instanceId: t.instanceId,
    definitionId: t.definitionId,
    processId: t.processId,
    priority: t.priority,
  };
  return [
    ...(sort ?? []).map(({ by, descending }) =>
      descending ? sql`${column[by]} DESC NULLS FIRST` : sql`${column[by]} ASC NULLS LAST`,
    ),
    asc(t.createdAt),
    asc(t.id),
  ];
}
