import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type {
  ExternalTaskState,
  IncidentRecord,
  InstanceStatus,
  JobKind,
  TaskState,
} from '../../engine/ports/store.ts';
import type {
  DefinitionColumns,
  DeploymentColumns,
  DeploymentResourceColumns,
  ExternalTaskColumns,
  HistoryColumns,
  IncidentColumns,
  InstanceColumns,
  JobColumns,
  TaskCandidateColumns,
  TaskColumns,
} from '../mapping.ts';

/**
 * SQLite schema of the store. Times are epoch-ms integers; JSON is text (see `db/mapping.ts`).
 * `db/pg/schema.ts` mirrors it table for table. Changing it means `npm run db:generate`.
 *
 * Foreign keys exist only where a row cannot outlive its parent (definitions of a deployment,
 * candidates of a task). Work rows point at instances by id without a constraint, so every insert
 * skips a parent probe; the history clean-up removes an instance's rows with it
 * (`db/instance-removal.ts`).
 */

export const deployments = sqliteTable(
  'deployments',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    source: text('source'),
    hash: text('hash').notNull(),
    deployedAt: integer('deployed_at').notNull(),
    deployedBy: text('deployed_by'),
  },
  // Duplicate filtering compares with the latest deployment of the same name.
  (t) => [index('deployments_name_idx').on(t.name, t.deployedAt)],
);

export const deploymentResources = sqliteTable(
  'deployment_resources',
  {
    deploymentId: text('deployment_id')
      .notNull()
      .references(() => deployments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    hash: text('hash').notNull(),
    content: text('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deploymentId, t.name] })],
);

export const processDefinitions = sqliteTable(
  'process_definitions',
  {
    id: text('id').primaryKey(),
    processId: text('process_id').notNull(),
    version: integer('version').notNull(),
    name: text('name'),
    deploymentId: text('deployment_id')
      .notNull()
      .references(() => deployments.id),
    resource: text('resource').notNull(),
    hash: text('hash').notNull(),
    warnings: text('warnings').notNull(),
    deployedAt: integer('deployed_at').notNull(),
    candidateStarterGroups: text('candidate_starter_groups').notNull().default('[]'),
    candidateStarterUsers: text('candidate_starter_users').notNull().default('[]'),
    startableInTasklist: integer('startable_in_tasklist').notNull().default(1),
    historyTimeToLive: integer('history_time_to_live'),
    /** 1 while suspended (Camunda's suspension state), else 0. */
    suspended: integer('suspended').notNull().default(0),
  },
  // Unique so two nodes deploying at once cannot both create version n+1; also serves
  // `latestDefinition` (ORDER BY version DESC LIMIT 1 is one index seek).
  (t) => [uniqueIndex('process_definitions_process_version_idx').on(t.processId, t.version)],
);

export const processInstances = sqliteTable(
  'process_instances',
  {
    id: text('id').primaryKey(),
    definitionId: text('definition_id').notNull(),
    processId: text('process_id').notNull(),
    businessKey: text('business_key'),
    status: text('status').$type<InstanceStatus>().notNull(),
    /** Optimistic lock: every commit writes `version = expected + 1 WHERE version = expected`. */
    version: integer('version').notNull(),
    snapshot: text('snapshot').notNull(),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    parentInstanceId: text('parent_instance_id'),
    /** 1 while suspended; written with the instance's every commit, like its status. */
    suspended: integer('suspended').notNull().default(0),
  },
  (t) => [
    index('process_instances_business_key_idx').on(t.businessKey),
    index('process_instances_status_idx').on(t.status, t.processId),
    // Covers the catalogue's count per version and status, and a version's instances.
    index('process_instances_definition_idx').on(t.definitionId, t.processId, t.status),
    index('process_instances_parent_idx')
      .on(t.parentInstanceId)
      .where(sql`${t.parentInstanceId} IS NOT NULL`),
    // The history clean-up: a version's instances that ended before a time, oldest first.
    index('process_instances_ended_idx')
      .on(t.definitionId, t.endedAt)
      .where(sql`${t.endedAt} IS NOT NULL`),
  ],
);

/**
 * Candidates are stored twice, on purpose: as JSON columns here, so reading a task is one row
 * with no join or aggregation, and as `task_candidates` rows, so "offered to any of these
 * groups" is an index seek on (kind, value) instead of a scan that parses JSON in every row.
 * The store rewrites the candidate rows only when the JSON differs, so claiming or completing
 * a task costs nothing extra.
 */
export const tasks = sqliteTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    instanceId: text('instance_id').notNull(),
    definitionId: text('definition_id').notNull(),
    processId: text('process_id').notNull(),
    businessKey: text('business_key'),
    elementId: text('element_id').notNull(),
    tokenId: text('token_id').notNull(),
    name: text('name'),
    state: text('state').$type<TaskState>().notNull(),
    lane: text('lane'),
    assignee: text('assignee'),
    owner: text('owner'),
    promiseDueAt: integer('promise_due_at'),
    candidateUsers: text('candidate_users').notNull(),
    candidateGroups: text('candidate_groups').notNull(),
    dueAt: integer('due_at'),
    followUpAt: integer('follow_up_at'),
    priority: integer('priority').notNull(),
    formKey: text('form_key'),
    createdAt: integer('created_at').notNull(),
    claimedAt: integer('claimed_at'),
    claimedBy: text('claimed_by'),
    completedAt: integer('completed_at'),
    completedBy: text('completed_by'),
    /** 1 while its instance is suspended; set only by a suspension, never by an upsert. */
    suspended: integer('suspended').notNull().default(0),
  },
  // `state` leads because task lists almost always ask for open tasks.
  (t) => [
    index('tasks_state_assignee_idx').on(t.state, t.assignee),
    index('tasks_state_due_idx').on(t.state, t.dueAt),
    index('tasks_state_promise_idx').on(t.state, t.promiseDueAt),
    index('tasks_instance_idx').on(t.instanceId),
  ],
);

export const taskCandidates = sqliteTable(
  'task_candidates',
  {
    // No foreign key: the store writes candidates only with their task and never deletes a task,
    // and the constraint's parent probe was a third of each candidate insert.
    taskId: text('task_id').notNull(),
    kind: text('kind').$type<'user' | 'group'>().notNull(),
    value: text('value').notNull(),
    // Copies of the task's sort keys: "the 50 most urgent open tasks of group g" is then one
    // index range read, whatever the group's size (the task list's busiest query).
    state: text('state').$type<TaskState>().notNull().default('open'),
    /** `due_at`, or the largest integer when the task has none, so those sort last. */
    dueKey: integer('due_key').notNull().default(0),
    priority: integer('priority').notNull().default(0),
    createdAt: integer('created_at').notNull().default(0),
  },
  // WITHOUT ROWID (added by hand to migration 0005; drizzle cannot declare it, so a table rebuild
  // that drizzle-kit generates must keep it): the key is the table, so a candidate costs two
  // b-trees per commit, not four. The key serves the re-sync on upsert; the urgent index answers
  // "tasks of group g", (kind, value) being its prefix.
  (t) => [
    primaryKey({ columns: [t.taskId, t.kind, t.value] }),
    index('task_candidates_urgent_idx').on(
      t.kind,
      t.value,
      t.state,
      t.dueKey,
      sql`${t.priority} DESC`,
      t.createdAt,
      t.taskId,
    ),
  ],
);

export const externalTasks = sqliteTable(
  'external_tasks',
  {
    id: text('id').primaryKey(),
    instanceId: text('instance_id').notNull(),
    definitionId: text('definition_id').notNull(),
    processId: text('process_id').notNull(),
    businessKey: text('business_key'),
    elementId: text('element_id').notNull(),
    tokenId: text('token_id').notNull(),
    topic: text('topic').notNull(),
    state: text('state').$type<ExternalTaskState>().notNull(),
    priority: integer('priority').notNull(),
    workerId: text('worker_id'),
    lockExpiresAt: integer('lock_expires_at'),
    retries: integer('retries'),
    availableAt: integer('available_at').notNull(),
    errorMessage: text('error_message'),
    errorDetails: text('error_details'),
    /** 1 while its instance is suspended: not fetched. Set only by a suspension. */
    suspended: integer('suspended').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    // fetch-and-lock: open tasks of a topic that are available now.
    index('external_tasks_fetch_idx').on(t.topic, t.state, t.availableAt),
    index('external_tasks_instance_idx').on(t.instanceId),
  ],
);

export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<JobKind>().notNull(),
    instanceId: text('instance_id'),
    elementId: text('element_id'),
    tokenId: text('token_id'),
    dueAt: integer('due_at').notNull(),
    lockedBy: text('locked_by'),
    lockedUntil: integer('locked_until'),
    attempts: integer('attempts').notNull(),
    retries: integer('retries').notNull(),
    payload: text('payload').notNull(),
    createdAt: integer('created_at').notNull(),
    /** 1 while suspended (itself, or its instance or timer start's definition): not acquired. */
    suspended: integer('suspended').notNull().default(0),
    /** Camunda's job priority, set by an operator (0 unless set). */
    priority: integer('priority').notNull().default(0),
  },
  (t) => [
    // acquireJobs walks due jobs in due order. Both indexes hold unsuspended jobs only, so a
    // mass suspension (a version's instances held with it) leaves nothing for them to step over;
    // the queries must say `suspended = 0` as a literal for SQLite to use them.
    index('jobs_due_idx').on(t.dueAt).where(sql`${t.suspended} = 0`),
    // nextJobDueAt: min(due_at) of unlocked jobs is one seek; locked jobs are a short range.
    index('jobs_lock_idx').on(t.lockedUntil, t.dueAt).where(sql`${t.suspended} = 0`),
    index('jobs_instance_idx').on(t.instanceId),
  ],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    type: text('type').$type<IncidentRecord['type']>().notNull(),
    instanceId: text('instance_id').notNull(),
    elementId: text('element_id').notNull(),
    tokenId: text('token_id'),
    externalTaskId: text('external_task_id'),
    jobId: text('job_id'),
    message: text('message').notNull(),
    createdAt: integer('created_at').notNull(),
    resolvedAt: integer('resolved_at'),
    /** An operator's note (Camunda's annotation). */
    annotation: text('annotation'),
  },
  (t) => [index('incidents_instance_idx').on(t.instanceId)],
);

/**
 * Append-only while its instance lives. `seq` gives a total order that timestamps (equal within
 * one command) do not. It is the rowid without AUTOINCREMENT, so each insert skips the
 * `sqlite_sequence` read and write that AUTOINCREMENT costs: the next rowid is the largest plus
 * one. Only the history clean-up deletes rows, of instances ended long before; should it remove
 * the newest line, that seq is given again, to a line of another instance.
 */
export const history = sqliteTable(
  'history',
  {
    seq: integer('seq').primaryKey(),
    instanceId: text('instance_id').notNull(),
    kind: text('kind').notNull(),
    elementId: text('element_id'),
    elementType: text('element_type'),
    tokenId: text('token_id'),
    at: integer('at').notNull(),
    userId: text('user_id'),
    data: text('data'),
  },
  (t) => [index('history_instance_idx').on(t.instanceId, t.seq)],
);

export type DeploymentRow = typeof deployments.$inferSelect;
export type DeploymentResourceRow = typeof deploymentResources.$inferSelect;
export type DefinitionRow = typeof processDefinitions.$inferSelect;
export type InstanceRow = typeof processInstances.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type TaskCandidateRow = typeof taskCandidates.$inferSelect;
export type ExternalTaskRow = typeof externalTasks.$inferSelect;
export type JobRow = typeof jobs.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;
export type HistoryRow = typeof history.$inferSelect;

// Compile-time proof that the rows are exactly the shapes `db/mapping.ts` reads and writes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type RowsMatchMapping = [
  Holds<Same<DeploymentRow, DeploymentColumns>>,
  Holds<Same<DeploymentResourceRow, DeploymentResourceColumns>>,
  Holds<Same<DefinitionRow, DefinitionColumns>>,
  Holds<Same<InstanceRow, InstanceColumns>>,
  Holds<Same<TaskRow, TaskColumns>>,
  Holds<Same<TaskCandidateRow, TaskCandidateColumns>>,
  Holds<Same<ExternalTaskRow, ExternalTaskColumns>>,
  Holds<Same<JobRow, JobColumns>>,
  Holds<Same<IncidentRow, IncidentColumns>>,
  Holds<Same<HistoryRow, HistoryColumns>>,
];
