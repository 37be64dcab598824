import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createPostgresDraftStore } from '../db/postgres/draft-store.ts';
import { createSqliteDraftStore } from '../db/sqlite/draft-store.ts';
import { createSqliteIdentityStore } from '../db/sqlite/identity-store.ts';
import { createPostgresIdentityStore } from '../db/postgres/identity-store.ts';
import { openPostgresStore } from '../db/postgres/store.ts';
import { releaseJobLocks } from '../db/sqlite/release-job-locks.ts';
import { openSqliteStore } from '../db/sqlite/store.ts';
import {
  createEngine,
  parseTimeToLive,
  systemClock,
  type BusinessCalendar,
  type Engine,
  type DraftStore,
  type IdentityStore,
  type Store,
  type TouchpointMap,
} from '../engine/index.ts';
import { createApp } from './app.ts';
import { Identity } from './auth/identity.ts';
import {
  checkCleanupCron,
  DEFAULT_CLEANUP_CRON,
  scheduleHistoryCleanup,
} from './history-cleanup-schedule.ts';
import { startJobLoop } from './job-loop.ts';
import { listening } from './listening.ts';
import { withBrowserApp } from './static/serve-app.ts';
import { readTouchpointMap } from './touchpoint-map.ts';
import { touchpointMapFile } from '../processes/deploy-files.ts';

/** Where `npm run build:app` writes the browser app. */
export const DEFAULT_APP_DIR = fileURLToPath(new URL('../modeler/dist', import.meta.url));

export interface ServerConfig {
  port: number;
  /** The address to listen on (`HOST`); all interfaces when absent. */
  hostname?: string;
  databaseUrl: string;
  allowJavaScript: boolean;
  /** Password of the `admin` created on first start; generated and printed when absent. */
  adminPassword?: string;
  /** Business calendars by name, from the JSON file `PROMESA_CALENDARS` names. */
  calendars?: Record<string, BusinessCalendar>;
  /** Shortest timer cycle a deployment may use, from `PROMESA_MIN_TIMER_CYCLE_MS` (the engine's default otherwise). */
  minTimerCycleMs?: number;
  /** The built browser app served at `/` (default `modeler/dist`); nothing is served when absent. */
  appDir?: string;
  /** Behind a TLS-terminating proxy: believe its `X-Forwarded-*` headers. */
  trustProxy?: boolean;
  /** How long a node holds a job before another may take it over (`PROMESA_JOB_LOCK_MS`). */
  jobLockMs?: number;
  /** This node's name on the jobs it locks (`PROMESA_NODE_ID`; a random one by default). */
  nodeId?: string;
  /** The company's touchpoint map (`PROMESA_TOUCHPOINTS`, else the shipped `processes/touchpoints.json`). */
  touchpoints?: TouchpointMap;
  /**
   * Days an ended instance's history is kept when its diagram sets no `camunda:historyTimeToLive`
   * (`PROMESA_HISTORY_TIME_TO_LIVE`, `180` or `P180D`); absent, such history is kept.
   */
  historyTimeToLive?: number;
  /** When the history clean-up runs (`PROMESA_CLEANUP_CRON`, nightly by default; `off`: never). */
  cleanupCron?: string;
}

/**
 * Reads the configuration from the environment: `PORT`, `HOST`, `DATABASE_URL`, `PROMESA_ALLOW_JAVASCRIPT`,
 * `PROMESA_ADMIN_PASSWORD`, `PROMESA_MIN_TIMER_CYCLE_MS`, `PROMESA_TRUST_PROXY`, `PROMESA_JOB_LOCK_MS`, `PROMESA_NODE_ID`, `PROMESA_CALENDARS` (a JSON file: `{ "<name>": { "timeZone", "workingHours", "holidays" } }`),
 * `PROMESA_TOUCHPOINTS` (a JSON file: `{ "stages": { "<stage>": ["<touchpoint>"] } }`),
 * `PROMESA_HISTORY_TIME_TO_LIVE`, `PROMESA_CLEANUP_CRON`. A malformed value stops the start with
 * an error naming it.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    hostname: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/promesa.db',
    allowJavaScript: env.PROMESA_ALLOW_JAVASCRIPT === 'true',
    adminPassword: env.PROMESA_ADMIN_PASSWORD || undefined,
    minTimerCycleMs: env.PROMESA_MIN_TIMER_CYCLE_MS
      ? Number(env.PROMESA_MIN_TIMER_CYCLE_MS)
      : undefined,
    trustProxy: env.PROMESA_TRUST_PROXY === 'true',
    calendars: env.PROMESA_CALENDARS
      ? (JSON.parse(readFileSync(env.PROMESA_CALENDARS, 'utf8')) as Record<
          string,
          BusinessCalendar
        >)
      : undefined,
    jobLockMs: env.PROMESA_JOB_LOCK_MS ? Number(env.PROMESA_JOB_LOCK_MS) : undefined,
    nodeId: env.PROMESA_NODE_ID || undefined,
    touchpoints: readTouchpointMap(env.PROMESA_TOUCHPOINTS || touchpointMapFile),
    historyTimeToLive: env.PROMESA_HISTORY_TIME_TO_LIVE
      ? defaultTimeToLive(env.PROMESA_HISTORY_TIME_TO_LIVE)
      : undefined,
    cleanupCron: checkCleanupCron(env.PROMESA_CLEANUP_CRON || DEFAULT_CLEANUP_CRON),
  };
}

function defaultTimeToLive(text: string): number {
  const parsed = parseTimeToLive(text);
  if ('error' in parsed)
    throw new Error(`PROMESA_HISTORY_TIME_TO_LIVE is '${text}': ${parsed.error}`);
  return parsed.days;
}

/**
 * The stores a `DATABASE_URL` names: the engine's, and the identity and draft stores on the
 * same database.
 */
export interface OpenedStores {
  store: Store;
  identityStore: IdentityStore;
  draftStore: DraftStore;
  /** Database reachable and its migrations current (`/api/ready`); absent: always ready. */
  ready?: () => Promise<boolean>;
  /** The embedded store: frees jobs a killed server left locked (shared stores let locks expire). */
  releaseStaleJobLocks?: () => number;
}

/**
 * Opens the store a `DATABASE_URL` names: `sqlite:<file>` (or `sqlite::memory:`) embedded, or
 * `postgres://…` for several nodes sharing one database. Migrations run before it returns.
 */
export async function openStores(
  databaseUrl: string,
  options: { poolSize?: number } = {},
): Promise<OpenedStores> {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    const store = await openPostgresStore({ connectionString: databaseUrl, ...options });
    return {
      store,
      identityStore: createPostgresIdentityStore(store.pool),
      draftStore: createPostgresDraftStore(store.pool),
      ready: () => store.ready(),
    };
  }
  if (!databaseUrl.startsWith('sqlite:'))
    throw new Error(
      `Unsupported DATABASE_URL ${databaseUrl}: use sqlite:<file> or postgres://user:password@host/database`,
    );
  const filename = databaseUrl.slice('sqlite:'.length);
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const store = openSqliteStore({ filename });
  return {
    store,
    identityStore: createSqliteIdentityStore(store.database),
    draftStore: createSqliteDraftStore(store.database),
    releaseStaleJobLocks: () => releaseJobLocks(store.database),
  };
}

export interface RunningServer {
  engine: Engine;
  identity: Identity;
  server: ServerType;
  /** Graceful: stop accepting, end streams and long polls, finish in-flight requests and the job pass, close engine and store. */
  stop(): Promise<void>;
}

/** The one place that wires store, engine and HTTP together. */
export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const { store, identityStore, draftStore, ready, releaseStaleJobLocks } = await openStores(
    config.databaseUrl,
  );
  releaseStaleJobLocks?.();
  const identity = new Identity(identityStore);
  const engine = createEngine({
    store,
    allowJavaScript: config.allowJavaScript,
    calendars: config.calendars,
    jobLockMs: config.jobLockMs,
    nodeId: config.nodeId,
    historyTimeToLive: config.historyTimeToLive,
    limits: config.minTimerCycleMs === undefined ? {} : { minTimerCycleMs: config.minTimerCycleMs },
    directory: identity,
  });
  const admin = await identity.ensureAdmin(config.adminPassword);
  if (admin.created && admin.generated)
    log(
      `Created user admin with password ${admin.password} (shown once; change it with PATCH /api/users/admin)`,
    );
  else if (admin.created) log('Created user admin with the password in PROMESA_ADMIN_PASSWORD');

  const shutdown = new AbortController();
  const app = createApp({
    engine,
    identity,
    drafts: draftStore,
    shutdown: shutdown.signal,
    trustProxy: config.trustProxy,
    ready,
    touchpoints: config.touchpoints,
  });
  const server = serve({
    fetch: withBrowserApp(app.fetch, config.appDir ?? DEFAULT_APP_DIR),
    port: config.port,
    ...(config.hostname ? { hostname: config.hostname } : {}),
  });
  try {
    await listening(server, config.port);
  } catch (error) {
    await engine.close();
    await store.close();
    throw error;
  }
  const jobs = startJobLoop(engine, store, systemClock);
  const cleanup = scheduleHistoryCleanup(engine, config.cleanupCron ?? DEFAULT_CLEANUP_CRON, log);

  let stopping: Promise<void> | undefined;
  return {
    engine,
    identity,
    server,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        shutdown.abort();
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        // The job pass under way finishes (and commits) before the store closes.
        await Promise.all([closed, jobs.stop(), cleanup.stop()]);
        await engine.close();
        await store.close();
      })();
      return stopping;
    },
  };
}
