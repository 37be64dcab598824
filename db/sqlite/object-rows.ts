import type { Statement } from 'better-sqlite3';

/** `get` and `all` of a statement, answering plain row objects keyed by the column names. */
export interface RowReader<Params extends unknown[], Row> {
  get(...params: Params): Row | undefined;
  all(...params: Params): Row[];
}

/**
 * Reads rows as arrays and names their values in JavaScript. better-sqlite3 builds a row object
 * property by property in C++; for the 50 rows of 22 columns of a task-list page that took 0.64 ms,
 * arrays named here 0.36 ms. Every object shares one shape, as an object literal's would.
 */
export function objectRows<Params extends unknown[], Row>(
  statement: Statement<Params, unknown>,
): RowReader<Params, Row> {
  const arrays = statement.raw(true) as unknown as Statement<Params, unknown[]>;
  const keys = arrays.columns().map((column) => column.name);
  const toObject = (values: unknown[]): Row => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
    return row as Row;
  };
  return {
    get: (...params) => {
      const values = arrays.get(...params);
      return values === undefined ? undefined : toObject(values);
    },
    all: (...params) => arrays.all(...params).map(toObject),
  };
}
