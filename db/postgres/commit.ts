import type pg from 'pg';
import { ConflictError } from '../../engine/errors.ts';
import type {
  ExternalTaskCondition,
  HeldJob,
  InstanceRecord,
  SuspensionChange,
  TaskCondition,
  TaskRecord,
  UnitOfWork,
} from '../../engine/ports/store.ts';
import {
  externalTaskToRow,
  historyToRow,
  incidentToRow,
  instanceToRow,
  jobToRow,
  NO_DUE_KEY,
  taskCandidateRows,
  taskToRow,
} from '../mapping.ts';
import { distribute } from './distribution.ts';
import { jobLost } from '../job-lost.ts';
import { sqlState, UNIQUE_VIOLATION } from './pool.ts';
import {
  externalTasks,
  history,
  incidents,
  jobs,
  processInstances,
  taskCandidates,
  tasks,
} from './schema.ts';
import { slas } from './sla-schema.ts';
import { eventSubscriptions } from './subscription-schema.ts';
import { columnsOf, insertRows, lastById } from './sql.ts';

/** Set at insert, never changed (see `InstanceRecord` and `TaskRecord` in the store port). */
const FIXED_INSTANCE_COLUMNS = [
  'definitionId',
  'processId',
  'businessKey',
  'startedAt',
  'parentInstanceId',
] as const;
const FIXED_TASK_COLUMNS = [
  'instanceId',
  'definitionId',
  'processId',
  'businessKey',
  'elementId',
  'tokenId',
  'lane',
  'createdAt',
  // Changed only by a suspension (`UnitOfWork.suspension`): an upsert of a task read before it
  // must not undo it.
  'suspended',
] as const;

const instanceUpdateColumns = columnsOf(processInstances, ['id', ...FIXED_INSTANCE_COLUMNS]);
const UPDATE_INSTANCE = `UPDATE process_instances SET ${instanceUpdateColumns
  .map(([column], i) => `${column} = $${i + 3}`)
  .join(', ')} WHERE id = $1 AND version = $2`;

/**
 * Writes one unit of work on `client`, inside the caller's transaction: a thrown error (a version
 * conflict or any constraint) rolls back everything written before it. Same order as the SQLite
 * store: conditions, then the instance, so the common failure aborts before any other write; then
 * the distributed tasks' assignees; job deletes before inserts, so a unit can replace a job
 * under the same id. Returns the unit as written: its distributed tasks with their assignees.
 */
export async function writeUnitOfWork(
  client: pg.PoolClient,
  unit: UnitOfWork,
): Promise<UnitOfWork> {
  for (const condition of unit.taskConditions ?? []) await checkTask(client, condition);
  for (const condition of unit.externalTaskConditions ?? [])
    await checkExternalTask(client, condition);
  for (const job of unit.heldJobs ?? []) await checkHeldJob(client, job);
  if (unit.instance)
    await writeInstance(client, unit.instance.record, unit.instance.expectedVersion);
  const work = await distribute(client, unit);
  for (const task of lastById(work.tasks ?? [])) await upsertTask(client, task);
  await run(client, work.externalTasks, (rows) =>
    insertRows(externalTasks, lastById(rows).map(externalTaskToRow), {
      upsert: { fixed: ['suspended'] },
    }),
  );
  if (work.jobIdsToDelete?.length)
    await client.query('DELETE FROM jobs WHERE id = ANY($1)', [work.jobIdsToDelete]);
  await run(client, work.jobsToInsert, (rows) => insertRows(jobs, rows.map(jobToRow)));
  await run(client, work.incidents, (rows) =>
    insertRows(incidents, lastById(rows).map(incidentToRow), { upsert: {} }),
  );
  await run(client, work.history, (rows) =>
    insertRows(history, rows.map(historyToRow), { skip: ['seq'] }),
  );
  if (work.subscriptionIdsToDelete?.length)
    await client.query('DELETE FROM event_subscriptions WHERE id = ANY($1)', [
      work.subscriptionIdsToDelete,
    ]);
  await run(client, work.subscriptionsToInsert, (rows) => insertRows(eventSubscriptions, rows));
  await run(client, work.slas, (rows) => insertRows(slas, lastById(rows), { upsert: {} }));
  if (work.suspension) await writeSuspension(client, work.suspension);
  return work;
}

/** After the unit's other writes, so a job it inserts can be suspended in the same unit. */
async function writeSuspension(client: pg.PoolClient, change: SuspensionChange): Promise<void> {
  const suspended = change.suspended ? 1 : 0;
  if (change.definitionIds?.length)
    await client.query('UPDATE process_definitions SET suspended = $1 WHERE id = ANY($2)', [
      suspended,
      change.definitionIds,
    ]);
  if (change.instanceIds?.length) {
    await client.query(
      "UPDATE tasks SET suspended = $1 WHERE instance_id = ANY($2) AND state = 'open'",
      [suspended, change.instanceIds],
    );
    await client.query(
      "UPDATE external_tasks SET suspended = $1 WHERE instance_id = ANY($2) AND state = 'open'",
      [suspended, change.instanceIds],
    );
  }
  if (change.jobIds?.length)
    await client.query('UPDATE jobs SET suspended = $1 WHERE id = ANY($2)', [
      suspended,
      change.jobIds,
    ]);
}

/** Runs the statement made of `records` when there are any. */
async function run<T>(
  client: pg.PoolClient,
  records: readonly T[] | undefined,
  statement: (records: readonly T[]) => { text: string; values: unknown[] },
): Promise<void> {
  if (records?.length) await client.query(statement(records));
}

/** The record already carries the new version (`expectedVersion + 1`); it is written as is. */
async function writeInstance(
  client: pg.PoolClient,
  record: InstanceRecord,
  expectedVersion: number | null,
): Promise<void> {
  const row = instanceToRow(record) as unknown as Record<string, unknown>;
  if (expectedVersion === null) {
    try {
      // A savepoint would be needed to go on after a failed insert; a conflict ends the unit anyway.
      await client.query(insertRows(processInstances, [row]));
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw conflict(record.id, 'already exists', error);
      throw error;
    }
    return;
  }
  // A concurrent writer's update makes this one wait, then re-check the version on its row.
  const { rowCount } = await client.query(UPDATE_INSTANCE, [
    record.id,
    expectedVersion,
    ...instanceUpdateColumns.map(([, key]) => row[key]),
  ]);
  if (rowCount === 0) throw conflict(record.id, `is no longer at version ${expectedVersion}`);
}

/** `FOR UPDATE`: a racing claim waits here until this unit ends, then reads what it committed. */
async function checkTask(client: pg.PoolClient, condition: TaskCondition): Promise<void> {
  const { rows } = await client.query<{ assignee: string | null; state: string }>(
    'SELECT assignee, state FROM tasks WHERE id = $1 FOR UPDATE',
    [condition.id],
  );
  const current = rows[0];
  if (current && current.assignee === condition.assignee && current.state === condition.state)
    return;
  throw new ConflictError(
    'task-changed',
    `Task ${condition.id} was changed meanwhile: claimed, assigned, completed or cancelled by someone else`,
  );
}

async function checkExternalTask(
  client: pg.PoolClient,
  condition: ExternalTaskCondition,
): Promise<void> {
  const { rows } = await client.query<{ workerId: string | null; state: string }>(
    'SELECT worker_id AS "workerId", state FROM external_tasks WHERE id = $1 FOR UPDATE',
    [condition.id],
  );
  const current = rows[0];
  if (current && current.workerId === condition.workerId && current.state === condition.state)
    return;
  throw new ConflictError(
    'external-task-changed',
    `External task ${condition.id} was changed meanwhile: completed, failed, unlocked or locked by another worker`,
  );
}

/** `FOR UPDATE`: a node taking the job over waits until this unit ends, then finds it gone. */
async function checkHeldJob(client: pg.PoolClient, job: HeldJob): Promise<void> {
  const { rows } = await client.query<{ lockedBy: string | null }>(
    'SELECT locked_by AS "lockedBy" FROM jobs WHERE id = $1 FOR UPDATE',
    [job.id],
  );
  if (rows[0]?.lockedBy !== job.lockedBy) throw jobLost(job);
}

const taskUpsert = (row: object) =>
  insertRows(tasks, [row], { upsert: { fixed: FIXED_TASK_COLUMNS } });

/**
 * Upserts a task, reading in the same statement what it was before, and re-syncs its candidate
 * rows only when its candidates changed (a claim or completion rewrites only their sort keys).
 */
async function upsertTask(client: pg.PoolClient, task: TaskRecord): Promise<void> {
  const row = taskToRow(task);
  const upsert = taskUpsert(row);
  // The CTE's SELECT sees the table as it was before the upsert in the same statement.
  const { rows } = await client.query<{
    candidateUsers: string;
    candidateGroups: string;
    state: string;
    dueAt: number | null;
    priority: number;
  }>({
    text: `WITH before AS (
             SELECT candidate_users AS "candidateUsers", candidate_groups AS "candidateGroups", state, due_at AS "dueAt", priority
               FROM tasks WHERE id = $${upsert.values.length + 1} FOR UPDATE
           ), upserted AS (${upsert.text} RETURNING 1)
           SELECT * FROM before, (SELECT count(*) FROM upserted) AS written`,
    values: [...upsert.values, task.id],
  });
  const before = rows[0];
  if (
    before &&
    before.candidateUsers === row.candidateUsers &&
    before.candidateGroups === row.candidateGroups
  ) {
    if (
      before.state !== task.state ||
      before.dueAt !== (task.dueAt ?? null) ||
      before.priority !== task.priority
    ) {
      await client.query(
        'UPDATE task_candidates SET state = $2, due_key = $3, priority = $4, created_at = $5 WHERE task_id = $1',
        [task.id, task.state, task.dueAt ?? NO_DUE_KEY, task.priority, task.createdAt],
      );
    }
    return;
  }
  if (before) await client.query('DELETE FROM task_candidates WHERE task_id = $1', [task.id]);
  const candidates = taskCandidateRows(task);
  if (candidates.length > 0) await client.query(insertRows(taskCandidates, candidates));
}

function conflict(instanceId: string, what: string, cause?: unknown): ConflictError {
  return new ConflictError('instance-version-conflict', `Instance ${instanceId} ${what}`, {
    cause,
  });
}
