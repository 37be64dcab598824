import type { Database, Statement } from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  externalTasks,
  history,
  incidents,
  jobs,
  processInstances,
  taskCandidates,
  tasks,
} from './schema.ts';

/**
 * The write path of the SQLite store as raw better-sqlite3 statements, prepared once per
 * connection. Commits are the hot path (a benchmark commits 10,000 instances), and binding a
 * mapped row to a prepared statement skips the query builder's per-call work.
 *
 * The SQL is generated from the drizzle schema, so a new column cannot be forgotten here:
 * parameters are named after the row keys (`@dueAt`), and better-sqlite3 rejects a row that
 * lacks one.
 */
export interface WriteStatements {
  insertInstance: Statement;
  /** Binds an instance row plus `@expectedVersion`; `changes === 0` means a conflict. */
  updateInstance: Statement;
  /** Reads the candidate JSON before an upsert, to skip the re-sync when nothing changed. */
  taskCandidatesJson: Statement<
    [string],
    {
      candidateUsers: string;
      candidateGroups: string;
      state: string;
      dueAt: number | null;
      priority: number;
    }
  >;
  updateTaskCandidateKeys: Statement;
  upsertTask: Statement;
  /** Assignee and state of a task, for the unit of work's task conditions. */
  taskGuard: Statement<[string], { assignee: string | null; state: string }>;
  externalTaskGuard: Statement<[string], { workerId: string | null; state: string }>;
  /** Who holds a job, for the unit of work's held jobs. */
  jobGuard: Statement<[string], { lockedBy: string | null }>;
  deleteTaskCandidates: Statement<[string]>;
  insertTaskCandidate: Statement;
  upsertExternalTask: Statement;
  lockExternalTask: Statement;
  insertJob: Statement;
  deleteJob: Statement<[string]>;
  lockJob: Statement;
  upsertIncident: Statement;
  /** `UnitOfWork.suspension`: each binds `@suspended` (1 or 0) and `@id`. */
  suspendDefinition: Statement;
  suspendInstanceTasks: Statement;
  suspendInstanceExternalTasks: Statement;
  suspendJob: Statement;
  /** History lines of one unit of work in as few statements as possible (see `historyInserts`). */
  insertHistory(rows: readonly Record<string, unknown>[]): void;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** [sql column name, row key] pairs of a table, in schema order. */
function columnsOf(table: SQLiteTable, skip: string[] = []): [string, string][] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !skip.includes(key))
    .map(([key, column]) => [quote(column.name), key]);
}

/**
 * `SELECT "col" AS "key", ... FROM table`: raw rows already shaped as drizzle's typed rows, for
 * the hot reads, without the query builder's per-row mapping. With `alias`, the columns are
 * qualified by it (`FROM table alias`), for a join.
 */
export function selectSql(table: SQLiteTable, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return `SELECT ${columnsOf(table)
    .map(([c, k]) => `${prefix}${c} AS ${quote(k)}`)
    .join(', ')} FROM ${quote(getTableName(table))}${alias ? ` ${alias}` : ''}`;
}

function insertSql(table: SQLiteTable, skip: string[] = []): string {
  const cols = columnsOf(table, skip);
  return `INSERT INTO ${quote(getTableName(table))} (${cols.map(([c]) => c).join(', ')}) VALUES (${cols.map(([, k]) => `@${k}`).join(', ')})`;
}

/**
 * INSERT ... ON CONFLICT(id) DO UPDATE of every other column (the port's "upserted by id"), or
 * of all but the `fixed` ones: SQLite rewrites an index on UPDATE when the SET names one of its
 * columns, changed or not, so leaving out what never changes spares those index pages.
 */
function upsertSql(table: SQLiteTable, fixed: string[] = []): string {
  const set = columnsOf(table, ['id', ...fixed]).map(([c]) => `${c} = excluded.${c}`);
  return `${insertSql(table)} ON CONFLICT ("id") DO UPDATE SET ${set.join(', ')}`;
}

function versionedUpdateSql(table: SQLiteTable, fixed: string[]): string {
  const set = columnsOf(table, ['id', ...fixed]).map(([c, k]) => `${c} = @${k}`);
  return `UPDATE ${quote(getTableName(table))} SET ${set.join(', ')} WHERE "id" = @id AND "version" = @expectedVersion`;
}

/** Set at insert, never changed (see `InstanceRecord` and `TaskRecord` in the store port). */
const FIXED_INSTANCE_COLUMNS = [
  'definitionId',
  'processId',
  'businessKey',
  'startedAt',
  'parentInstanceId',
];
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
];

/** Prepares every write statement of the store on `db`. */
export function prepareWriteStatements(db: Database): WriteStatements {
  return {
    insertInstance: db.prepare(insertSql(processInstances)),
    updateInstance: db.prepare(versionedUpdateSql(processInstances, FIXED_INSTANCE_COLUMNS)),
    taskCandidatesJson: db.prepare(
      'SELECT candidate_users AS candidateUsers, candidate_groups AS candidateGroups, state, due_at AS dueAt, priority FROM tasks WHERE id = ?',
    ),
    updateTaskCandidateKeys: db.prepare(
      'UPDATE task_candidates SET state = @state, due_key = @dueKey, priority = @priority, created_at = @createdAt WHERE task_id = @taskId',
    ),
    upsertTask: db.prepare(upsertSql(tasks, FIXED_TASK_COLUMNS)),
    taskGuard: db.prepare('SELECT assignee, state FROM tasks WHERE id = ?'),
    externalTaskGuard: db.prepare(
      'SELECT worker_id AS workerId, state FROM external_tasks WHERE id = ?',
    ),
    jobGuard: db.prepare('SELECT locked_by AS lockedBy FROM jobs WHERE id = ?'),
    deleteTaskCandidates: db.prepare('DELETE FROM task_candidates WHERE task_id = ?'),
    insertTaskCandidate: db.prepare(insertSql(taskCandidates)),
    upsertExternalTask: db.prepare(upsertSql(externalTasks, ['suspended'])),
    lockExternalTask: db.prepare(
      'UPDATE external_tasks SET worker_id = @workerId, lock_expires_at = @lockExpiresAt WHERE id = @id',
    ),
    insertJob: db.prepare(insertSql(jobs)),
    deleteJob: db.prepare('DELETE FROM jobs WHERE id = ?'),
    lockJob: db.prepare(
      'UPDATE jobs SET locked_by = @lockedBy, locked_until = @lockedUntil WHERE id = @id',
    ),
    upsertIncident: db.prepare(upsertSql(incidents)),
    suspendDefinition: db.prepare(
      'UPDATE process_definitions SET suspended = @suspended WHERE id = @id',
    ),
    suspendInstanceTasks: db.prepare(
      "UPDATE tasks SET suspended = @suspended WHERE instance_id = @id AND state = 'open'",
    ),
    suspendInstanceExternalTasks: db.prepare(
      "UPDATE external_tasks SET suspended = @suspended WHERE instance_id = @id AND state = 'open'",
    ),
    suspendJob: db.prepare('UPDATE jobs SET suspended = @suspended WHERE id = @id'),
    insertHistory: historyInserts(db),
  };
}

/** The most history lines one INSERT carries; a step writes about six. */
const HISTORY_ROWS_PER_INSERT = 16;

/**
 * A step writes several history lines; one multi-row INSERT per unit of work costs one statement
 * step instead of one per line (six single inserts were half of a start's statement time).
 * Statements are prepared per row count on first use, at most 16 of them.
 */
function historyInserts(db: Database): (rows: readonly Record<string, unknown>[]) => void {
  const cols = columnsOf(history, ['seq']);
  const byCount = new Map<number, Statement>();
  const statementFor = (count: number) => {
    let statement = byCount.get(count);
    if (!statement) {
      const tuple = `(${cols.map(() => '?').join(', ')})`;
      const sql = `INSERT INTO ${quote(getTableName(history))} (${cols.map(([c]) => c).join(', ')}) VALUES ${Array(count).fill(tuple).join(', ')}`;
      byCount.set(count, (statement = db.prepare(sql)));
    }
    return statement;
  };
  return (rows) => {
    for (let at = 0; at < rows.length; at += HISTORY_ROWS_PER_INSERT) {
      const chunk = rows.slice(at, at + HISTORY_ROWS_PER_INSERT);
      statementFor(chunk.length).run(chunk.flatMap((row) => cols.map(([, key]) => row[key])));
    }
  };
}
