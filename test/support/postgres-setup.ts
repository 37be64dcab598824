import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwaway-postgres.ts';

/**
 * Global setup of the PostgreSQL half of the tests. With `PROMESA_TEST_POSTGRES_URL`, checks that
 * its server answers, gives this run a database name prefix, and drops the run's databases at the
 * end. Without it, starts a throwaway server from the installed PostgreSQL binaries for this run
 * (`throwaway-postgres.ts`), removed at the end; without those, fails and says what to do.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.PROMESA_TEST_POSTGRES_URL;
  const throwaway = given ? undefined : await sharedThrowaway();
  const url = given ?? throwaway!.url;
  const prefix = `promesa_t_${Date.now().toString(36)}_`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect().catch((error: Error) => {
    throwaway?.stop();
    throw new Error(
      `PostgreSQL at ${given ? 'PROMESA_TEST_POSTGRES_URL' : url} does not answer: ${error.message}`,
    );
  });
  await admin.end();
  project.provide('postgresUrl', url);
  project.provide('postgresDatabasePrefix', prefix);

  return async () => {
    if (throwaway) return throwaway.stop();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [prefix],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}

/**
 * One throwaway server for every project of the run that asks, stopped when the last is done.
 * Vitest loads this file once per project, in one process: the server is kept on `globalThis`.
 */
const SHARED = Symbol.for('promesa.throwawayPostgres');
type Shared = { server: Promise<ThrowawayPostgres>; users: number };

async function sharedThrowaway(): Promise<ThrowawayPostgres> {
  const holder = globalThis as { [SHARED]?: Shared };
  const shared = (holder[SHARED] ??= { server: startThrowaway(), users: 0 });
  shared.users += 1;
  const server = await shared.server;
  return {
    url: server.url,
    stop() {
      if (--shared.users === 0) server.stop();
    },
  };
}

async function startThrowaway() {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error(
      'The PostgreSQL half of the tests needs PostgreSQL: either its binaries installed here ' +
        '(initdb and pg_ctl, e.g. `apt-get install postgresql-15`), from which the tests start a ' +
        'server of their own, or PROMESA_TEST_POSTGRES_URL naming a running server, e.g. ' +
        'postgres://promesa:promesa@127.0.0.1:5432/promesa_test (a role allowed to create ' +
        'databases; README.md, "Running the PostgreSQL half locally"). ' +
        'PROMESA_TEST_SKIP_POSTGRES=1 runs the SQLite half only.',
    );
  return startThrowawayPostgres(bin);
}
