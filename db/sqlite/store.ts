import BetterSqlite3 from 'better-sqlite3';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConflictError } from '../../engine/errors.ts';
import { instanceSortTerms } from '../instance-match.ts';
import type {
  DefinitionRecord,
  DeploymentRecord,
  ExternalTaskRecord,
  JobAcquisition,
  JobRecord,
  LockRequest,
  Store,
  UnitOfWork,
} from '../../engine/ports/store.ts';
import {
  definitionFromRow,
  definitionToRow,
  deploymentFromRows,
  deploymentToRow,
  resourceRows,
  externalTaskFromRow,
  historyFromRow,
  incidentFromRow,
  instanceFromRow,
  jobFromRow,
  taskFromRow,
} from '../mapping.ts';
import { lockDurationFor } from '../topic-lock.ts';
import { writeUnitOfWork } from './commit.ts';
import {
  deploymentResources,
  deployments,
  externalTasks,
  incidents,
  jobs,
  processDefinitions,
  processInstances,
  tasks,
} from './schema.ts';
import { prepareWriteStatements } from './statements.ts';
import { createSqliteReports } from './store-reports.ts';
import { createSqliteRetention } from './retention.ts';
import { createSqliteSubscriptions, prepareSubscriptionWrites } from './subscriptions.ts';
import { prepareDistribution } from './distribution.ts';
import { createSqliteWorkerSightings } from './worker-sightings.ts';
import { createSqliteTaskComments } from './task-comments.ts';
import { createSqliteSlaPolicies } from './sla-policies.ts';
import { createSqliteSlas, prepareSlaWrites } from './sla.ts';
import { prepareUrgentTasks } from './urgent-tasks.ts';
import { listCustomers } from './customers.ts';
import { groupCommit } from './group-commit.ts';
import { walSync, type WalSync } from './wal-sync.ts';
import { startCheckpointer } from './checkpointer.ts';
import {
  externalTaskQueryOrder,
  externalTaskWhere,
  jobQueryOrder,
  jobQueryWhere,
  instanceTables,
  instanceWhere,
  lockableWhere,
  lockOrder,
  prepareReads,
  taskQueryOrder,
  taskWhere,
  incidentTables,
} from './store-queries.ts';
import { incidentOrder, incidentWhere } from '../incident-match.ts';
import { activityPassFromRow, type ActivityPassRow, activityPassSql } from '../activity-passes.ts';

/** A `Store` on one SQLite connection. */
export interface SqliteStore extends Store {
  /** The raw connection, for tooling and tests (pragmas, plans); the store owns it. */
  readonly database: BetterSqlite3.Database;
  /** Closes the connection. Idempotent; any later call rejects. */
  close(): Promise<void>;
}

export interface SqliteStoreOptions {
  /** A file path, or `':memory:'` for a private in-memory database. */
  filename: string;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** SQLite needs a LIMIT before an OFFSET, and drizzle omits negative limits, so "no limit" is huge. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Opens (creating if needed) a SQLite database, applies pending migrations and returns a store.
 * Files use WAL, so readers never block the one writer; several processes may share a file.
 *
 * @example
 * const store = openSqliteStore({ filename: 'promesa.db' });
 * const engine = createEngine({ store, clock: systemClock });
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  // A first start with `./data/promesa.db` should create `data/`, not fail.
  if (!isMemory(options.filename)) mkdirSync(dirname(options.filename), { recursive: true });
  const database = new BetterSqlite3(options.filename);
  try {
    return createStore(database, options.filename);
  } catch (error) {
    database.close();
    throw error;
  }
}

function createStore(database: BetterSqlite3.Database, filename: string): SqliteStore {
  if (!isMemory(filename)) database.pragma('journal_mode = WAL');
  // FULL: a commit reported to the engine survives a power cut, at one WAL fsync per commit.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Processes sharing a file queue for the write lock instead of failing with SQLITE_BUSY.
  database.pragma('busy_timeout = 5000');

  const db: BetterSQLite3Database = drizzle({ client: database });
  applyMigrations(db);
  // SQLite's advice for long-lived connections: refresh planner statistics when stale.
  database.pragma('optimize = 0x10002');

  // Checkpoints run in a worker thread (see checkpointer.ts); the connection's own automatic
  // checkpoint stays as a fallback at four times SQLite's default WAL size.
  let checkpointer: { stop(): Promise<void> } | undefined;
  let wal: WalSync | undefined;
  if (!isMemory(filename)) {
    database.pragma('wal_autocheckpoint = 4000');
    checkpointer = startCheckpointer(filename);
    wal = walSync(`${filename}-wal`);
  }

  const st = prepareWriteStatements(database);
  const reads = prepareReads(db, database);
  // Every transaction below runs with `.immediate()`: it takes the write lock at BEGIN, so a
  // select-then-update cannot interleave with another process, and waits out busy_timeout
  // instead of failing with SQLITE_BUSY when upgrading a read lock.
  const writeSubscriptions = prepareSubscriptionWrites(database);
  const writeSlas = prepareSlaWrites(database);
  const urgentTasks = prepareUrgentTasks(database);
  const distribute = prepareDistribution(database);
  const writeWork = (unit: UnitOfWork) => {
    const work = distribute(unit);
    writeUnitOfWork(st, work);
    writeSubscriptions(work);
    writeSlas(work);
  };
  const commitWork = groupCommit(database, writeWork, wal);
  const saveDeploymentTx = database.transaction(
    (deployment: DeploymentRecord, definitions: DefinitionRecord[], work: UnitOfWork) => {
      db.insert(deployments).values(deploymentToRow(deployment)).run();
      if (deployment.resources.length > 0)
        db.insert(deploymentResources).values(resourceRows(deployment)).run();
      if (definitions.length > 0)
        db.insert(processDefinitions).values(definitions.map(definitionToRow)).run();
      writeWork(work);
    },
  );
  const lockExternalTasksTx = database.transaction((request: LockRequest): ExternalTaskRecord[] => {
    const rows = db
      .select()
      .from(externalTasks)
      .where(lockableWhere(request))
      .orderBy(...lockOrder(request.usePriority))
      .limit(request.maxTasks)
      .all();
    return rows.map((row) => {
      const locked = {
        ...row,
        workerId: request.workerId,
        lockExpiresAt: request.now + lockDurationFor(request, row),
      };
      st.lockExternalTask.run(locked);
      return externalTaskFromRow(locked);
    });
  });
  const acquireJobsTx = database.transaction((request: JobAcquisition): JobRecord[] =>
    (request.kinds
      ? reads.acquirableJobsOfKinds.all({
          now: request.now,
          limit: request.limit,
          kinds: JSON.stringify(request.kinds),
        })
      : reads.acquirableJobs.all({ now: request.now, limit: request.limit })
    ).map((row) => {
      const locked = { ...row, lockedBy: request.owner, lockedUntil: request.lockUntil };
      st.lockJob.run(locked);
      return jobFromRow(locked);
    }),
  );

  let closed = false;
  return {
    database,
    ...createSqliteReports(database),
    ...createSqliteSubscriptions(database),
    ...createSqliteSlas(database),
    ...createSqliteWorkerSightings(database),
    ...createSqliteTaskComments(database),
    ...createSqliteSlaPolicies(database),
    ...createSqliteRetention(database),

    commit: (work) => commitWork(work),
    durable: () => wal?.settled() ?? Promise.resolve(),

    async saveDeployment(deployment, definitions, work = {}) {
      try {
        saveDeploymentTx.immediate(deployment, definitions, work);
      } catch (error) {
        // Two nodes deploying the same process at once both pick version n+1; one must retry.
        if (isUniqueViolation(error)) {
          throw new ConflictError(
            'deployment-conflict',
            `Deployment ${deployment.id} conflicts with a stored one`,
            { cause: error },
          );
        }
        throw error;
      }
    },
    async getDeployment(id) {
      const row = reads.deployment.get({ id });
      return row && deploymentFromRows(row, reads.deploymentResources.all({ id }));
    },
    async getDefinition(id) {
      const row = reads.definition.get({ id });
      return row && definitionFromRow(row);
    },
    async setHistoryTimeToLive(definitionId, days) {
      const { changes } = db
        .update(processDefinitions)
        .set({ historyTimeToLive: days })
        .where(eq(processDefinitions.id, definitionId))
        .run();
      return changes > 0;
    },
    async latestDefinition(processId) {
      const row = reads.latestDefinition.get({ processId });
      return row && definitionFromRow(row);
    },
    async listDefinitions(options = {}) {
      const d = processDefinitions;
      const rows = db
        .select()
        .from(d)
        .where(
          and(
            options.processId !== undefined ? eq(d.processId, options.processId) : undefined,
            options.latestOnly
              ? sql`${d.version} = (SELECT max(v.version) FROM ${d} AS v WHERE v.process_id = ${d.processId})`
              : undefined,
          ),
        )
        .orderBy(asc(d.processId), asc(d.version))
        .all();
      return rows.map(definitionFromRow);
    },

    async getInstance(id) {
      const row = reads.instance.get({ id });
      return row && instanceFromRow(row);
    },
    async listInstances(query) {
      const rows = db
        .select()
        .from(processInstances)
        .where(instanceWhere(query))
        .orderBy(...instanceSortTerms(instanceTables, query.sort))
        .limit(query.limit ?? NO_LIMIT)
        .offset(query.offset ?? 0)
        .all();
      return rows.map(instanceFromRow);
    },
    async countInstances(query) {
      const [row] = db
        .select({ count: count() })
        .from(processInstances)
        .where(instanceWhere(query))
        .all();
      return row?.count ?? 0;
    },

    async getTask(id) {
      const row = reads.task.get({ id });
      return row && taskFromRow(row);
    },
    async listTasks(query) {
      const urgent = urgentTasks(query);
      if (urgent) return urgent.map(taskFromRow);
      const rows = db
        .select()
        .from(tasks)
        .where(taskWhere(db, query))
        .orderBy(...taskQueryOrder(query))
        .limit(query.limit ?? NO_LIMIT)
        .offset(query.offset ?? 0)
        .all();
      return rows.map(taskFromRow);
    },
    async listCustomers(query) {
      return listCustomers(db, query);
    },
    async countTasks(query) {
      const [row] = db
        .select({ count: count() })
        .from(tasks)
        .where(taskWhere(db, { ...query, after: undefined }))
        .all();
      return row?.count ?? 0;
    },

    async getExternalTask(id) {
      const row = reads.externalTask.get({ id });
      return row && externalTaskFromRow(row);
    },
    async listExternalTasks(query) {
      const rows = db
        .select()
        .from(externalTasks)
        .where(externalTaskWhere(query))
        .orderBy(...externalTaskQueryOrder(query))
        .limit(query.limit ?? NO_LIMIT)
        .offset(query.offset ?? 0)
        .all();
      return rows.map(externalTaskFromRow);
    },
    async countExternalTasks(query) {
      const [row] = db
        .select({ count: count() })
        .from(externalTasks)
        .where(externalTaskWhere(query))
        .all();
      return row?.count ?? 0;
    },
    async lockExternalTasks(request) {
      if (request.maxTasks <= 0 || request.topics.length === 0) return [];
      return lockExternalTasksTx.immediate(request);
    },

    async acquireJobs(request) {
      if (request.limit <= 0) return [];
      return acquireJobsTx.immediate(request);
    },
    async listJobs(query) {
      const rows = db
        .select()
        .from(jobs)
        .where(jobQueryWhere(query))
        .orderBy(...jobQueryOrder(query))
        .limit(query.limit ?? NO_LIMIT)
        .offset(query.offset ?? 0)
        .all();
      return rows.map(jobFromRow);
    },
    async countJobs(query) {
      const [row] = db.select({ count: count() }).from(jobs).where(jobQueryWhere(query)).all();
      return row?.count ?? 0;
    },
    async nextJobDueAt() {
      return reads.nextJobDueAt.get()?.at ?? undefined;
    },

    async listIncidents(query) {
      const rows = db
        .select()
        .from(incidents)
        .where(incidentWhere(incidentTables, query))
        .orderBy(...incidentOrder(incidentTables, query.sort))
        .limit(query.limit ?? NO_LIMIT)
        .offset(query.offset ?? 0)
        .all();
      return rows.map(incidentFromRow);
    },
    async countIncidents(query) {
      const [row] = db
        .select({ count: count() })
        .from(incidents)
        .where(incidentWhere(incidentTables, query))
        .all();
      return Number(row?.count ?? 0);
    },
    async history(instanceId) {
      return reads.history.all({ instanceId }).map(historyFromRow);
    },
    async listActivityPasses(query) {
      const { text, params } = activityPassSql(query, () => '?', 'rows');
      const rows = database.prepare(text).all(...params) as ActivityPassRow[];
      return rows.map(activityPassFromRow);
    },
    async countActivityPasses(query) {
      const { text, params } = activityPassSql(query, () => '?', 'count');
      return Number((database.prepare(text).get(...params) as { count: number }).count);
    },

    async close() {
      if (closed) return;
      closed = true;
      await wal?.close();
      await checkpointer?.stop();
      database.pragma('optimize');
      database.close();
    },
  };
}

/**
 * Applies pending migrations. Processes opening a fresh file at once can race on the first
 * migration (drizzle's migrator reads its journal outside its transaction); the loser's
 * CREATE TABLE fails, and one retry then sees the winner's journal and applies nothing.
 */
function applyMigrations(db: BetterSQLite3Database): void {
  try {
    migrate(db, { migrationsFolder });
  } catch {
    migrate(db, { migrationsFolder });
  }
}

/** `''` opens a private temporary database, which like `:memory:` has no WAL. */
function isMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '';
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
