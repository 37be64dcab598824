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
import { jobLost } from '../job-lost.ts';
import type { WriteStatements } from './statements.ts';

/**
 * Writes one unit of work. Must run inside a transaction: a thrown error (a version conflict
 * or any constraint) rolls back everything written before it.
 *
 * Task conditions are checked and the instance goes first so that a conflict, the common
 * failure, aborts before any other write is attempted. Job deletes run before inserts so a unit of work can replace a job
 * under the same id (a retry rescheduled by the engine).
 */
export function writeUnitOfWork(st: WriteStatements, work: UnitOfWork): void {
  for (const condition of work.taskConditions ?? []) checkTask(st, condition);
  for (const condition of work.externalTaskConditions ?? []) checkExternalTask(st, condition);
  for (const job of work.heldJobs ?? []) checkHeldJob(st, job);
  if (work.instance) writeInstance(st, work.instance.record, work.instance.expectedVersion);
  for (const task of work.tasks ?? []) upsertTask(st, task);
  for (const task of work.externalTasks ?? []) st.upsertExternalTask.run(externalTaskToRow(task));
  for (const id of work.jobIdsToDelete ?? []) st.deleteJob.run(id);
  for (const job of work.jobsToInsert ?? []) st.insertJob.run(jobToRow(job));
  for (const incident of work.incidents ?? []) st.upsertIncident.run(incidentToRow(incident));
  if (work.history?.length) st.insertHistory(work.history.map(historyToRow));
  if (work.suspension) writeSuspension(st, work.suspension);
}

/** After the unit's other writes, so a job it inserts can be suspended in the same unit. */
function writeSuspension(st: WriteStatements, change: SuspensionChange): void {
  const suspended = change.suspended ? 1 : 0;
  for (const id of change.definitionIds ?? []) st.suspendDefinition.run({ suspended, id });
  for (const id of change.instanceIds ?? []) {
    st.suspendInstanceTasks.run({ suspended, id });
    st.suspendInstanceExternalTasks.run({ suspended, id });
  }
  for (const id of change.jobIds ?? []) st.suspendJob.run({ suspended, id });
}

/** The record already carries the new version (`expectedVersion + 1`); it is written as is. */
function writeInstance(
  st: WriteStatements,
  record: InstanceRecord,
  expectedVersion: number | null,
): void {
  const row = instanceToRow(record);
  if (expectedVersion === null) {
    try {
      st.insertInstance.run(row);
    } catch (error) {
      // Another writer inserted the same id first: the same race as a moved version.
      if (isPrimaryKeyViolation(error)) throw conflict(record.id, 'already exists', error);
      throw error;
    }
    return;
  }
  const { changes } = st.updateInstance.run({ ...row, expectedVersion });
  if (changes === 0) throw conflict(record.id, `is no longer at version ${expectedVersion}`);
}

/** The transaction holds the write lock, so the task cannot change between this read and the commit. */
function checkTask(st: WriteStatements, condition: TaskCondition): void {
  const current = st.taskGuard.get(condition.id);
  if (current && current.assignee === condition.assignee && current.state === condition.state)
    return;
  throw new ConflictError(
    'task-changed',
    `Task ${condition.id} was changed meanwhile: claimed, assigned, completed or cancelled by someone else`,
  );
}

function checkExternalTask(st: WriteStatements, condition: ExternalTaskCondition): void {
  const current = st.externalTaskGuard.get(condition.id);
  if (current && current.workerId === condition.workerId && current.state === condition.state)
    return;
  throw new ConflictError(
    'external-task-changed',
    `External task ${condition.id} was changed meanwhile: completed, failed, unlocked or locked by another worker`,
  );
}

function checkHeldJob(st: WriteStatements, job: HeldJob): void {
  if (st.jobGuard.get(job.id)?.lockedBy === job.lockedBy) return;
  throw jobLost(job);
}

function upsertTask(st: WriteStatements, task: TaskRecord): void {
  const row = taskToRow(task);
  const before = st.taskCandidatesJson.get(task.id);
  st.upsertTask.run(row);
  const candidatesSame =
    before &&
    before.candidateUsers === row.candidateUsers &&
    before.candidateGroups === row.candidateGroups;
  if (candidatesSame) {
    // Claims leave the candidates alone; completions and due-date moves update their sort keys.
    if (
      before.state !== task.state ||
      before.dueAt !== (task.dueAt ?? null) ||
      before.priority !== task.priority
    ) {
      st.updateTaskCandidateKeys.run({
        taskId: task.id,
        state: task.state,
        dueKey: task.dueAt ?? NO_DUE_KEY,
        priority: task.priority,
        createdAt: task.createdAt,
      });
    }
    return;
  }
  if (before) st.deleteTaskCandidates.run(task.id);
  for (const candidate of taskCandidateRows(task)) st.insertTaskCandidate.run(candidate);
}

function conflict(instanceId: string, what: string, cause?: unknown): ConflictError {
  return new ConflictError('instance-version-conflict', `Instance ${instanceId} ${what}`, {
    cause,
  });
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
