import { and, eq, gt, inArray, lt, not, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type {
  InstanceMatch,
  InstanceQuery,
  InstanceSortKey,
  VariableCondition,
} from '../engine/ports/store.ts';

/**
 * Camunda's process-instance filters (`InstanceQuery.match`, `.sort`) as SQL terms for both
 * SQL stores. Variable conditions read the process scope's variables inside the stored
 * snapshot, so what each dialect's JSON functions look like comes with its tables.
 */

/** The process-scope variable `name` of a row, as SQL expressions of this dialect. */
export interface VariableSql {
  /** `'string' | 'number' | 'boolean' | 'null'`, or NULL when the variable does not exist. */
  type: SQL;
  /** The value as text (`true`/`false` for booleans). */
  text: SQL;
  /** The value as a number (only meaningful when `type` is `'number'`). */
  number: SQL;
}

export interface InstanceTables {
  instances: Record<
    | 'id'
    | 'definitionId'
    | 'processId'
    | 'businessKey'
    | 'status'
    | 'startedAt'
    | 'endedAt'
    | 'suspended',
    AnyColumn
  >;
  /** A case-sensitive SQL `LIKE` (`%`, `_`) in this dialect. */
  like(value: SQL | AnyColumn, pattern: string): SQL;
  variable(name: string): VariableSql;
}

const jsonType = (value: VariableCondition['value']) =>
  value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');

function condition(tables: InstanceTables, c: VariableCondition): SQL {
  const v = tables.variable(c.name);
  const type = jsonType(c.value);
  const sameType = sql`${v.type} = ${type}`;
  const compared = (op: string) =>
    type === 'number'
      ? sql`${sameType} AND ${v.number} ${sql.raw(op)} ${c.value}`
      : type === 'string'
        ? sql`${sameType} AND ${v.text} ${sql.raw(op)} ${c.value}`
        : sql`false`;
  const equal =
    type === 'null'
      ? sameType
      : type === 'boolean'
        ? sql`${sameType} AND ${v.text} = ${String(c.value)}`
        : compared('=');
  switch (c.operator) {
    case 'eq':
      return sql`(${equal})`;
    case 'neq':
      return sql`(${v.type} IS NOT NULL AND NOT (${equal}))`;
    case 'gt':
      return sql`(${compared('>')})`;
    case 'gteq':
      return sql`(${compared('>=')})`;
    case 'lt':
      return sql`(${compared('<')})`;
    case 'lteq':
      return sql`(${compared('<=')})`;
    case 'like':
    case 'notLike': {
      if (typeof c.value !== 'string') return sql`false`;
      const like = tables.like(v.text, c.value);
      return sql`(${v.type} = 'string' AND ${c.operator === 'like' ? like : not(like)})`;
    }
  }
}

/** The `WHERE` terms of a match, ANDed. */
export function instanceMatchTerms(tables: InstanceTables, m: InstanceMatch) {
  const i = tables.instances;
  return and(
    m.ids !== undefined ? inArray(i.id, m.ids) : undefined,
    m.processIds !== undefined ? inArray(i.processId, m.processIds) : undefined,
    m.notProcessIds !== undefined && m.notProcessIds.length > 0
      ? not(inArray(i.processId, m.notProcessIds))
      : undefined,
    m.definitionIds !== undefined ? inArray(i.definitionId, m.definitionIds) : undefined,
    m.businessKeyLike !== undefined ? tables.like(i.businessKey, m.businessKeyLike) : undefined,
    m.statuses !== undefined ? inArray(i.status, m.statuses) : undefined,
    m.endedBefore !== undefined ? lt(i.endedAt, m.endedBefore) : undefined,
    m.endedAfter !== undefined ? gt(i.endedAt, m.endedAfter) : undefined,
    m.suspended !== undefined ? eq(i.suspended, m.suspended ? 1 : 0) : undefined,
    ...(m.variables ?? []).map((c) => condition(tables, c)),
  );
}

const sortColumn: Record<InstanceSortKey, keyof InstanceTables['instances']> = {
  id: 'id',
  definitionId: 'definitionId',
  processId: 'processId',
  businessKey: 'businessKey',
  started: 'startedAt',
  ended: 'endedAt',
};

/** `ORDER BY` of `InstanceQuery.sort` (default: start, then id); a null sorts as the largest value. */
export function instanceSortTerms({ instances: i }: InstanceTables, sort: InstanceQuery['sort']) {
  return [
    ...(sort ?? [{ by: 'started' as const }]).map(({ by, descending }) =>
      descending
        ? sql`${i[sortColumn[by]]} DESC NULLS FIRST`
        : sql`${i[sortColumn[by]]} ASC NULLS LAST`,
    ),
    sql`${i.id} ASC`,
  ];
}
