import { defineConfig } from 'vitest/config';

/**
 * Two projects: everything on SQLite (with the store-independent unit tests), and the
 * PostgreSQL store's contract on PostgreSQL. `PROMESA_TEST_SKIP_POSTGRES=1` runs the SQLite
 * half only (README: "Running the PostgreSQL half locally").
 */
const sqlite = {
  extends: true,
  test: {
    name: 'sqlite',
    include: [
      'engine/**/*.test.ts',
      'db/sqlite/**/*.test.ts',
      'db/memory/**/*.test.ts',
      'api/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    env: { PROMESA_TEST_STORE: 'sqlite' },
  },
} as const;

const postgres = {
  extends: true,
  test: {
    name: 'postgres',
    include: ['db/postgres/**/*.test.ts'],
    env: { PROMESA_TEST_STORE: 'postgres' },
    globalSetup: ['test/support/postgres-setup.ts'],
  },
} as const;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: process.env.PROMESA_TEST_SKIP_POSTGRES === '1' ? [sqlite] : [sqlite, postgres],
    // The browser tests share one build of the app per run.
    globalSetup: ['test/e2e/support/build-app.ts'],
  },
});
