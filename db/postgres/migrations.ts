import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any fixed number: nodes starting together take turns applying migrations. */
const MIGRATION_LOCK = 7_261_730_017;

/**
 * Applies pending migrations under an advisory lock, so several nodes starting at once against
 * one database apply each migration once; the ones that wait find nothing left to do.
 */
export async function applyMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** True when every migration this code ships has been applied to the database. */
export async function migrationsCurrent(pool: pg.Pool): Promise<boolean> {
  const shipped = readMigrationFiles({ migrationsFolder });
  const latest = shipped.at(-1)?.folderMillis ?? 0;
  const { rows } = await pool.query<{ at: number | null }>(
    'SELECT max(created_at) AS at FROM drizzle.__drizzle_migrations',
  );
  return Number(rows[0]?.at ?? 0) >= latest;
}
