import {
  and,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { IncidentQuery, IncidentSortKey } from '../engine/ports/store.ts';

/**
 * `IncidentQuery` as SQL terms for both SQL stores, from their own tables. The filters and sort
 * keys on an incident's definition or process read its instance row.
 */

export interface IncidentTables {
  incidents: Record<
    | 'id'
    | 'type'
    | 'instanceId'
    | 'elementId'
    | 'externalTaskId'
    | 'jobId'
    | 'message'
    | 'createdAt'
    | 'resolvedAt',
    AnyColumn
  >;
  instances: { table: object; id: AnyColumn; definitionId: AnyColumn; processId: AnyColumn };
  /** A case-sensitive SQL `LIKE` (`%`, `_`) in this dialect. */
  like(value: AnyColumn, pattern: string): SQL;
}

/** The incident's instance's column, as a scalar subquery. */
const ofInstance = ({ incidents: i, instances }: IncidentTables, column: AnyColumn) =>
  sql`(SELECT ${column} FROM ${instances.table} WHERE ${instances.id} = ${i.instanceId})`;

/** `WHERE` of `listIncidents` and `countIncidents`. */
export function incidentWhere(tables: IncidentTables, q: IncidentQuery): SQL | undefined {
  const i = tables.incidents;
  const m = q.match ?? {};
  const configuration = sql`coalesce(${i.externalTaskId}, ${i.jobId})`;
  return and(
    q.instanceId !== undefined ? eq(i.instanceId, q.instanceId) : undefined,
    q.open === undefined ? undefined : q.open ? isNull(i.resolvedAt) : isNotNull(i.resolvedAt),
    m.ids !== undefined ? inArray(i.id, m.ids) : undefined,
    m.types !== undefined ? inArray(i.type, m.types) : undefined,
    m.message !== undefined ? eq(i.message, m.message) : undefined,
    m.messageLike !== undefined ? tables.like(i.message, m.messageLike) : undefined,
    m.elementIds !== undefined ? inArray(i.elementId, m.elementIds) : undefined,
    m.createdBefore !== undefined ? lt(i.createdAt, m.createdBefore) : undefined,
    m.createdAfter !== undefined ? gt(i.createdAt, m.createdAfter) : undefined,
    m.configuration !== undefined ? sql`${configuration} = ${m.configuration}` : undefined,
    m.definitionIds !== undefined
      ? inArray(ofInstance(tables, tables.instances.definitionId), m.definitionIds)
      : undefined,
    m.processIds !== undefined
      ? inArray(ofInstance(tables, tables.instances.processId), m.processIds)
      : undefined,
  );
}

/** `ORDER BY` of an incident query (default: creation, then id); a null sorts as the largest value. */
export function incidentOrder(tables: IncidentTables, sort: IncidentQuery['sort']): SQL[] {
  const i = tables.incidents;
  const column: Record<IncidentSortKey, SQL | AnyColumn> = {
    id: i.id,
    message: i.message,
    created: i.createdAt,
    type: i.type,
    instanceId: i.instanceId,
    elementId: i.elementId,
    configuration: sql`coalesce(${i.externalTaskId}, ${i.jobId})`,
    definitionId: ofInstance(tables, tables.instances.definitionId),
  };
  return [
    ...(sort ?? [{ by: 'created' as const }]).map(({ by, descending }) =>
      descending ? sql`${column[by]} DESC NULLS FIRST` : sql`${column[by]} ASC NULLS LAST`,
    ),
    sql`${i.id} ASC`,
  ];
}
