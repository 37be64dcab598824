import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStores, type OpenedStores } from '../../api/server.ts';
import { seedSlaPolicies } from '../../db/postgres/sla-policies.ts';

/**
 * Which store the engine, API and conformance tests run on: the vitest project sets
 * `PROMESA_TEST_STORE` (see `vitest.config.ts`), so a test written once runs on both.
 */
export const testStoreKind: 'sqlite' | 'postgres' =
  process.env.PROMESA_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** Connections one test store opens at most: parallel test files share the server's 100. */
const TEST_POOL_SIZE = 4;

let sqliteDir: string | undefined;
let databases = 0;

/**
 * A new, empty database of the kind under test, as a `DATABASE_URL`: a SQLite file in a
 * temporary folder, or a PostgreSQL database of this test run (dropped when the run ends). For
 * tests that open it more than once: restarts, several nodes, child processes.
 */
export async function freshDatabaseUrl(): Promise<string> {
  if (testStoreKind === 'sqlite') {
    if (!sqliteDir) {
      const dir = mkdtempSync(join(tmpdir(), 'promesa-test-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      sqliteDir = dir;
    }
    return `sqlite:${join(sqliteDir, `db-${++databases}.db`)}`;
  }
  const server = inject('postgresUrl');
  const name = `${inject('postgresDatabasePrefix')}${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * This test file's PostgreSQL databases that no open store uses: a store takes one (emptied) and
 * gives it back on close, so a test may hold two stores at once. Their commits do not wait for
 * the WAL flush (`synchronous_commit = off`, 0.4 ms a commit here instead of 3.8): these tests are
 * about behaviour, and no test stops the database server itself.
 */
const idleDatabases: string[] = [];

async function createReusableDatabase(): Promise<string> {
  const url = await freshDatabaseUrl();
  await withoutCommitFlush(url);
  return url;
}

/**
 * Sessions opened from now on on the PostgreSQL database `url` commit without waiting for the
 * WAL flush (`synchronous_commit = off`): for tests about behaviour, where no test stops the
 * database server itself. What one session committed is seen by every other at once, as before.
 */
export async function withoutCommitFlush(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    await admin.query(
      `ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET synchronous_commit = off`,
    );
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, empty store of the kind under test with its identity store: SQLite `:memory:`, or an
 * emptied PostgreSQL database of this test file (a new database per test would cost a `CREATE
 * DATABASE` each; files run in parallel, each on databases of its own).
 */
export async function openTestStore(): Promise<OpenedStores> {
  if (testStoreKind === 'sqlite') return openStores('sqlite::memory:');
  const url = idleDatabases.pop() ?? (await createReusableDatabase());
  const opened = await openStores(url, { poolSize: TEST_POOL_SIZE });
  await emptyAllTables(opened);
  // What a new store holds from its start.
  await seedSlaPolicies((opened.store as unknown as { pool: pg.Pool }).pool);
  const close = opened.store.close.bind(opened.store);
  let closed = false;
  opened.store.close = async () => {
    await close();
    if (!closed) idleDatabases.push(url);
    closed = true;
  };
  return opened;
}

/** Opens a store on a database that `freshDatabaseUrl` returned, with the test pool size. */
export function openTestDatabase(url: string): Promise<OpenedStores> {
  return openStores(url, { poolSize: TEST_POOL_SIZE });
}

/**
 * DELETE, not TRUNCATE: on tables this small it is 15 times faster (no new files to sync). Tables
 * holding foreign keys go first; the tables they reference hold none.
 */
async function emptyAllTables({ store }: OpenedStores): Promise<void> {
  const { pool } = store as unknown as { pool: pg.Pool };
  await pool.query(`DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind = 'r'
              ORDER BY EXISTS (SELECT 1 FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f') DESC
    LOOP
      EXECUTE format('DELETE FROM %I', t);
    END LOOP;
  END $$`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the tests create their databases on (`PROMESA_TEST_POSTGRES_URL`). */
    postgresUrl: string;
    /** Names of this run's databases start with it, so the run drops only its own. */
    postgresDatabasePrefix: string;
  }
}
