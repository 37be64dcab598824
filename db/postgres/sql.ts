import { getTableColumns, getTableName, type Table } from 'drizzle-orm';

/**
 * SQL text generated from the drizzle schema for the PostgreSQL store's hot statements, so a new
 * column cannot be forgotten in them: rows are bound by their keys, in schema order.
 */

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** [sql column name, row key] pairs of a table, in schema order. */
export function columnsOf(table: Table, skip: readonly string[] = []): [string, string][] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !skip.includes(key))
    .map(([key, column]) => [quote(column.name), key]);
}

/** `SELECT "col" AS "key", ... FROM table [alias]`: rows come back shaped as drizzle's typed rows. */
export function selectSql(table: Table, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return `SELECT ${columnsOf(table)
    .map(([c, k]) => `${prefix}${c} AS ${quote(k)}`)
    .join(', ')} FROM ${quote(getTableName(table))}${alias ? ` ${alias}` : ''}`;
}

/** `RETURNING "col" AS "key", ...` of every column, qualified by `qualifier` when given. */
export function returningSql(table: Table, qualifier?: string): string {
  const prefix = qualifier ? `${quote(qualifier)}.` : '';
  return `RETURNING ${columnsOf(table)
    .map(([c, k]) => `${prefix}${c} AS ${quote(k)}`)
    .join(', ')}`;
}

/** A multi-row statement: its text and its values, one `$n` per value. */
export interface Statement {
  text: string;
  values: unknown[];
}

/**
 * `INSERT INTO table (...) VALUES (...), (...)` of `rows`, with `ON CONFLICT (id) DO UPDATE` of
 * every column but the key and `fixed` when `upsert` is set (the port's "upserted by id").
 */
export function insertRows(
  table: Table,
  rows: readonly object[],
  options: { skip?: readonly string[]; upsert?: { fixed?: readonly string[] } } = {},
): Statement {
  const columns = columnsOf(table, options.skip);
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const record = row as Record<string, unknown>;
    const params = columns.map(([, key]) => {
      values.push(record[key] ?? null);
      return `$${values.length}`;
    });
    return `(${params.join(', ')})`;
  });
  let text = `INSERT INTO ${quote(getTableName(table))} (${columns.map(([c]) => c).join(', ')}) VALUES ${tuples.join(', ')}`;
  if (options.upsert) {
    const fixed = ['id', ...(options.upsert.fixed ?? [])];
    const set = columnsOf(table, fixed).map(([c]) => `${c} = excluded.${c}`);
    text += ` ON CONFLICT ("id") DO UPDATE SET ${set.join(', ')}`;
  }
  return { text, values };
}

/** The last record of each id: one statement may not upsert a row twice. */
export function lastById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}
