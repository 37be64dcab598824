import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * Global setup of the PostgreSQL half of the tests: checks that the server named by
 * `PROMESA_TEST_POSTGRES_URL` answers, gives this run a database name prefix, and drops the
 * run's databases at the end. Without the URL it fails and says how to start PostgreSQL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.PROMESA_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'The PostgreSQL half of the tests needs PROMESA_TEST_POSTGRES_URL, e.g. ' +
        'postgres://promesa:promesa@127.0.0.1:5432/promesa_test (a role allowed to create databases). ' +
        'Start PostgreSQL with `pg_ctlcluster 15 main start` and create the role and database as ' +
        'README.md says under "Running the PostgreSQL half locally", or set ' +
        'PROMESA_TEST_SKIP_POSTGRES=1 to run the SQLite half only.',
    );
  const prefix = `promesa_t_${Date.now().toString(36)}_`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL at PROMESA_TEST_POSTGRES_URL does not answer: ${error.message}`);
  });
  await admin.end();
  project.provide('postgresUrl', url);
  project.provide('postgresDatabasePrefix', prefix);

  return async () => {
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
