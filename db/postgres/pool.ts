import pg from 'pg';

/** int8 (counts, epoch ms) and numeric (averages) as numbers: every value the store reads fits. */
const NUMERIC_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_TYPES.has(oid)
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A connection pool on `connectionString`. Each engine command is one transaction on one
 * connection, and the server commits concurrent ones concurrently, so the pool's size is how
 * many commands of this node can be in the database at once.
 */
export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types });
  // An idle connection that dies (server restart, failover) must not crash the process; the
  // next query opens a fresh one.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Runs `work` in one transaction on one pooled connection: committed when it resolves, rolled
 * back when it throws.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: drop it instead of reusing it.
    client.release(broken);
  }
}

/** The SQLSTATE of a database error, also when drizzle wrapped it (as its `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | null; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
/** A deadlock victim or a serialization failure: the transaction may simply be run again. */
export const RETRYABLE = new Set(['40P01', '40001']);
