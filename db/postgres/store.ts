import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { ConflictError } from '../../engine/errors.ts';
import { instanceSortTerms } from '../instance-match.ts';
import type {
  CommittedChange,
  ExternalTaskRecord,
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
import { applyMigrations, migrationsCurrent } from './migrations.ts';
import { createPostgresSlaPolicies } from './sla-policies.ts';
import { commitAnnouncer, listenForCommits } from './notifications.ts';
import { createPool, inTransaction, RETRYABLE, sqlState, UNIQUE_VIOLATION } from './pool.ts';
import {
  deploymentResources,
  deployments,
  externalTasks,
  history,
  incidents,
  jobs,
  processDefinitions,
  processInstances,
  tasks,
  type DefinitionRow,
  type DeploymentResourceRow,
  type DeploymentRow,
  type ExternalTaskRow,
  type HistoryRow,
  type InstanceRow,
  type JobRow,
  type TaskRow,
} from './schema.ts';
import { createPostgresSlas } from './sla.ts';
import { createPostgresWorkerSightings } from './worker-sightings.ts';
import { createPostgresTaskComments } from './task-comments.ts';
import { insertRows, returningSql, selectSql } from './sql.ts';
import { createPostgresReports } from './store-reports.ts';
import { createPostgresRetention } from './retention.ts';
import {
  externalTaskQueryOrder,
  externalTaskWhere,
  jobQueryOrder,
  jobQueryWhere,
  instanceTables,
  instanceWhere,
  lockableWhere,
  lockOrder,
  taskQueryOrder,
  taskWhere,
  incidentTables,
} from './store-queries.ts';
import { incidentOrder, incidentWhere } from '../incident-match.ts';
import { activityPassFromRow, type ActivityPassRow, activityPassSql } from '../activity-passes.ts';
import { createPostgresSubscriptions } from './subscriptions.ts';
import { listCustomers } from './customers.ts';

/** A `Store` on a PostgreSQL connection pool. */
export interface PostgresStore extends Store {
  /** The pool, for the identity store and tooling; the store owns it. */
  readonly pool: pg.Pool;
  /** Database reachable and every shipped migration applied (a load balancer's readiness). */
  ready(): Promise<boolean>;
  /** Resolves once this store listens for other nodes' commits (after the first `watchCommits`). */
  listening(): Promise<void>;
  /** Ends the pool. Idempotent. */
  close(): Promise<void>;
}

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. */
  connectionString: string;
  /** Connections this node opens at most (default 10). */
  poolSize?: number;
}

const SELECT = {
  deployment: `${selectSql(deployments)} WHERE id = $1`,
  deploymentResources: `${selectSql(deploymentResources)} WHERE deployment_id = $1`,
  definition: `${selectSql(processDefinitions)} WHERE id = $1`,
  latestDefinition: `${selectSql(processDefinitions)} WHERE process_id = $1 ORDER BY version DESC LIMIT 1`,
  instance: `${selectSql(processInstances)} WHERE id = $1`,
  task: `${selectSql(tasks)} WHERE id = $1`,
  externalTask: `${selectSql(externalTasks)} WHERE id = $1`,
  history: `${selectSql(history)} WHERE instance_id = $1 ORDER BY seq`,
};

/**
 * Claims due jobs for one node: `FOR UPDATE SKIP LOCKED` lets nodes acquiring at the same moment
 * each take different rows instead of queueing on the same ones, and the lock written (owner
 * and expiry) is what keeps them apart after this statement commits.
 */
const ACQUIRE_JOBS = (withKinds: boolean) => `
  WITH picked AS (
    SELECT id FROM jobs
     WHERE due_at <= $1 AND (locked_until IS NULL OR locked_until <= $1) AND suspended = 0
       ${withKinds ? 'AND kind = ANY($5)' : ''}
     ORDER BY due_at, id LIMIT $4
       FOR UPDATE SKIP LOCKED)
  UPDATE jobs SET locked_by = $2, locked_until = $3 FROM picked WHERE jobs.id = picked.id
  ${returningSql(jobs, 'jobs')}`;

/**
 * Opens a store on PostgreSQL, applying pending migrations first (under an advisory lock, so
 * nodes starting together apply each once).
 *
 * @example
 * const store = await openPostgresStore({ connectionString: 'postgres://promesa@db/promesa' });
 * const engine = createEngine({ store });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = createPool(options.connectionString, options.poolSize ?? 10);
  try {
    await applyMigrations(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createStore(pool, options.connectionString);
}

function createStore(pool: pg.Pool, connectionString: string): PostgresStore {
  const db: NodePgDatabase = drizzle({ client: pool });
  // Names this store's announcements, so it does not hear its own commits as another node's.
  const origin = randomUUID();
  const announcer = commitAnnouncer(pool, origin);
  const watchers = new Set<(change: CommittedChange) => void>();
  let listener: ReturnType<typeof listenForCommits> | undefined;
  const one = async <Row>(text: string, value: string): Promise<Row | undefined> =>
    (await pool.query<Row & pg.QueryResultRow>(text, [value])).rows[0];

  const commitOnce = (work: UnitOfWork) =>
    inTransaction(pool, (client) => writeUnitOfWork(client, work));
  let closed = false;

  return {
    pool,
    ...createPostgresReports(pool),
    ...createPostgresSubscriptions(pool),
    ...createPostgresSlas(pool),
    ...createPostgresWorkerSightings(pool),
    ...createPostgresTaskComments(pool),
    ...createPostgresSlaPolicies(pool),
    ...createPostgresRetention(pool),

    async commit(work) {
      try {
        // The written unit: other nodes hear of a distributed task with its assignee.
        announcer.announce(await commitOnce(work));
      } catch (error) {
        // Chosen as a deadlock victim: the engine re-runs a command that lost a race on fresh state.
        if (RETRYABLE.has(sqlState(error) ?? ''))
          throw new ConflictError('instance-version-conflict', 'Concurrent commit, retry', {
            cause: error,
          });
        throw error;
      }
    },

    async saveDeployment(deployment, definitions, work = {}) {
      try {
        await inTransaction(pool, async (client) => {
          await client.query(insertRows(deployments, [deploymentToRow(deployment)]));
          if (deployment.resources.length > 0)
            await client.query(insertRows(deploymentResources, resourceRows(deployment)));
          if (definitions.length > 0)
            await client.query(insertRows(processDefinitions, definitions.map(definitionToRow)));
          await writeUnitOfWork(client, work);
        });
      } catch (error) {
        // Two nodes deploying the same process at once both pick version n+1; one must retry.
        if (sqlState(error) === UNIQUE_VIOLATION)
          throw new ConflictError(
            'deployment-conflict',
            `Deployment ${deployment.id} conflicts with a stored one`,
            { cause: error },
          );
        throw error;
      }
    },
    async getDeployment(id) {
      const row = await one<DeploymentRow>(SELECT.deployment, id);
      if (!row) return undefined;
      const resources = await pool.query<DeploymentResourceRow>(SELECT.deploymentResources, [id]);
      return deploymentFromRows(row, resources.rows);
    },
    async getDefinition(id) {
      const row = await one<DefinitionRow>(SELECT.definition, id);
      return row && definitionFromRow(row);
    },
    async setHistoryTimeToLive(definitionId, days) {
      const changed = await db
        .update(processDefinitions)
        .set({ historyTimeToLive: days })
        .where(eq(processDefinitions.id, definitionId))
        .returning({ id: processDefinitions.id });
      return changed.length > 0;
    },
    async latestDefinition(processId) {
      const row = await one<DefinitionRow>(SELECT.latestDefinition, processId);
      return row && definitionFromRow(row);
    },
    async listDefinitions(options = {}) {
      const d = processDefinitions;
      const rows = await db
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
        .orderBy(asc(d.processId), asc(d.version));
      return rows.map(definitionFromRow);
    },

    async getInstance(id) {
      const row = await one<InstanceRow>(SELECT.instance, id);
      return row && instanceFromRow(row);
    },
    async listInstances(query) {
      const rows = await db
        .select()
        .from(processInstances)
        .where(instanceWhere(query))
        .orderBy(...instanceSortTerms(instanceTables, query.sort))
        .limit(query.limit as number)
        .offset(query.offset ?? 0);
      return rows.map(instanceFromRow);
    },
    async countInstances(query) {
      const [row] = await db
        .select({ count: count() })
        .from(processInstances)
        .where(instanceWhere(query));
      return row?.count ?? 0;
    },

    async getTask(id) {
      const row = await one<TaskRow>(SELECT.task, id);
      return row && taskFromRow(row);
    },
    async listTasks(query) {
      const rows = await db
        .select()
        .from(tasks)
        .where(taskWhere(query))
        .orderBy(...taskQueryOrder(query))
        .limit(query.limit as number)
        .offset(query.offset ?? 0);
      return rows.map(taskFromRow);
    },
    async listCustomers(query) {
      return listCustomers(db, query);
    },
    async countTasks(query) {
      const [row] = await db
        .select({ count: count() })
        .from(tasks)
        .where(taskWhere({ ...query, after: undefined }));
      return row?.count ?? 0;
    },

    async getExternalTask(id) {
      const row = await one<ExternalTaskRow>(SELECT.externalTask, id);
      return row && externalTaskFromRow(row);
    },
    async listExternalTasks(query) {
      const rows = await db
        .select()
        .from(externalTasks)
        .where(externalTaskWhere(query))
        .orderBy(...externalTaskQueryOrder(query))
        .limit(query.limit as number)
        .offset(query.offset ?? 0);
      return rows.map(externalTaskFromRow);
    },
    async countExternalTasks(query) {
      const [row] = await db
        .select({ count: count() })
        .from(externalTasks)
        .where(externalTaskWhere(query));
      return row?.count ?? 0;
    },
    async lockExternalTasks(request) {
      if (request.maxTasks <= 0 || request.topics.length === 0) return [];
      return inTransaction(pool, async (client) => {
        // SKIP LOCKED: a worker fetching at the same moment takes other tasks, it does not wait.
        const picked = await drizzle({ client })
          .select()
          .from(externalTasks)
          .where(lockableWhere(request))
          .orderBy(...lockOrder(request.usePriority))
          .limit(request.maxTasks)
          .for('update', { skipLocked: true });
        const locked: ExternalTaskRecord[] = picked.map((row) =>
          externalTaskFromRow({
            ...row,
            workerId: request.workerId,
            lockExpiresAt: request.now + lockDurationFor(request, row),
          }),
        );
        if (locked.length > 0)
          await client.query(
            `UPDATE external_tasks AS e SET worker_id = $1, lock_expires_at = v.until
               FROM unnest($2::text[], $3::bigint[]) AS v(id, until) WHERE e.id = v.id`,
            [request.workerId, locked.map((t) => t.id), locked.map((t) => t.lockExpiresAt)],
          );
        return locked;
      });
    },

    async acquireJobs(request) {
      if (request.limit <= 0) return [];
      const params: unknown[] = [request.now, request.owner, request.lockUntil, request.limit];
      if (request.kinds) params.push(request.kinds);
      const { rows } = await pool.query<JobRow>(ACQUIRE_JOBS(request.kinds !== undefined), params);
      return rows
        .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(jobFromRow);
    },
    async listJobs(query) {
      const rows = await db
        .select()
        .from(jobs)
        .where(jobQueryWhere(query))
        .orderBy(...jobQueryOrder(query))
        .limit(query.limit as number)
        .offset(query.offset ?? 0);
      return rows.map(jobFromRow);
    },
    async countJobs(query) {
      const [row] = await db.select({ count: count() }).from(jobs).where(jobQueryWhere(query));
      return row?.count ?? 0;
    },
    async nextJobDueAt() {
      // An unlocked job is acquirable at its due time, a locked one once its lock also expired;
      // a suspended one not until it is activated.
      const { rows } = await pool.query<{ at: number | null }>(
        `SELECT least(
           (SELECT min(due_at) FROM jobs WHERE locked_until IS NULL AND suspended = 0),
           (SELECT min(greatest(due_at, locked_until)) FROM jobs
             WHERE locked_until IS NOT NULL AND suspended = 0)) AS at`,
      );
      return rows[0]?.at ?? undefined;
    },

    async listIncidents(query) {
      const rows = await db
        .select()
        .from(incidents)
        .where(incidentWhere(incidentTables, query))
        .orderBy(...incidentOrder(incidentTables, query.sort))
        .limit(query.limit as number)
        .offset(query.offset ?? 0);
      return rows.map(incidentFromRow);
    },
    async countIncidents(query) {
      const [row] = await db
        .select({ count: count() })
        .from(incidents)
        .where(incidentWhere(incidentTables, query));
      return Number(row?.count ?? 0);
    },
    async history(instanceId) {
      const { rows } = await pool.query<HistoryRow>(SELECT.history, [instanceId]);
      return rows.map(historyFromRow);
    },
    async listActivityPasses(query) {
      const { text, params } = activityPassSql(query, (n) => `$${n}`, 'rows');
      return (await pool.query<ActivityPassRow>(text, params)).rows.map(activityPassFromRow);
    },
    async countActivityPasses(query) {
      const { text, params } = activityPassSql(query, (n) => `$${n}`, 'count');
      const { rows } = await pool.query<{ count: string }>(text, params);
      return Number(rows[0]?.count ?? 0);
    },

    watchCommits(watcher) {
      watchers.add(watcher);
      listener ??= listenForCommits(connectionString, origin, (change) => {
        for (const w of watchers) w(change);
      });
      return () => watchers.delete(watcher);
    },
    listening: () => listener?.ready ?? Promise.resolve(),

    async ready() {
      try {
        return await migrationsCurrent(pool);
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await listener?.close();
      await announcer.flushed();
      await pool.end();
    },
  };
}
