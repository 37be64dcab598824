import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Everything on SQLite (with the store-independent unit tests), then the store contract and the
 * engine, API and conformance tests under `test/` again on PostgreSQL, and the browser tests. A
 * test written once runs on both stores through `test/support/test-store.ts`; one that makes
 * sense for one store only lives beside it (`db/sqlite/`, `db/postgres/`), and the cluster tests
 * (several engine nodes sharing one database: what the PostgreSQL store is for) run on PostgreSQL
 * only, last, on a machine no other test loads. `PROMESA_TEST_SKIP_POSTGRES=1` runs the SQLite
 * half only (README: "Running the PostgreSQL half locally").
 */
const onBothStores = 'test/**/*.test.ts';
const browserTests = 'test/e2e/**';
const cluster = 'test/cluster/**';
const sqlite = {
  extends: true,
  test: {
    name: 'sqlite',
    include: [
      'engine/**/*.test.ts',
      'db/sqlite/**/*.test.ts',
      'db/memory/**/*.test.ts',
      'api/**/*.test.ts',
      onBothStores,
    ],
    exclude: [...configDefaults.exclude, browserTests, cluster],
    env: { PROMESA_TEST_STORE: 'sqlite' },
  },
} as const;

const postgres = {
  extends: true,
  test: {
    name: 'postgres',
    include: ['db/postgres/**/*.test.ts', onBothStores],
    // No store in these: the benchmark's load generator and report, the app's message
    // catalogues, and the browser tests (they drive the real server on its SQLite default).
    exclude: [...configDefaults.exclude, 'test/bench/**', 'test/app/**', browserTests, cluster],
    env: { PROMESA_TEST_STORE: 'postgres' },
    globalSetup: ['test/support/postgres-setup.ts'],
  },
} as const;

const postgresCluster = {
  extends: true,
  test: {
    name: 'postgres-cluster',
    // Test files only: the folder also holds the node processes' entry (`support/`).
    include: ['test/cluster/**/*.test.ts'],
    env: { PROMESA_TEST_STORE: 'postgres' },
    globalSetup: ['test/support/postgres-setup.ts'],
    sequence: { groupOrder: 1 },
  },
} as const;

/**
 * Headless Chromium against the real server, on the same cores as the rest of the suite: a
 * scenario of many steps gets minutes, each browser step its own bound (`openPage`), so a slow
 * machine passes and a hung page still fails.
 */
const browser = {
  extends: true,
  test: {
    name: 'browser',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
    // One build of the app per run, shared by every browser test.
    globalSetup: ['test/e2e/support/build-app.ts'],
  },
} as const;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects:
      process.env.PROMESA_TEST_SKIP_POSTGRES === '1'
        ? [sqlite, browser]
        : [sqlite, postgres, browser, postgresCluster],
  },
});
