import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
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
 * PostgreSQL schema of the store, table for table the one in `db/sqlite/schema.ts` (read them
 * side by side: the differences are the column types). Times are epoch-ms `bigint`s read as
 * numbers; JSON stays text, so `db/mapping.ts` serves both stores. Changing it means
 * `npm run db:generate`.
 */
const epochMs = (name: string) => bigint(name, { mode: 'number' });

export const deployments = pgTable(
  'deployments',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    source: text('source'),
    hash: text('hash').notNull(),
    deployedAt: epochMs('deployed_at').notNull(),
    deployedBy: text('deployed_by'),
  },
  // Duplicate filtering compares with the latest deployment of the same name.
  (t) => [index('deployments_name_idx').on(t.name, t.deployedAt)],
);

export const deploymentResources = pgTable(
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

export const processDefinitions = pgTable(
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
    deployedAt: epochMs('deployed_at').notNull(),
    candidateStarterGroups: text('candidate_starter_groups').notNull().default('[]'),
    candidateStarterUsers: text('candidate_starter_users').notNull().default('[]'),
    startableInTasklist: integer('startable_in_tasklist').notNull().default(1),
    historyTimeToLive: integer('history_time_to_live'),
    /** 1 while suspended (Camunda's suspension state), else 0. */
    suspended: integer('suspended').notNull().default(0),
  },
  // Unique so two nodes deploying at once cannot both create version n+1.
  (t) => [uniqueIndex('process_definitions_process_version_idx').on(t.processId, t.version)],
);

export const processInstances = pgTable(
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
    startedAt: epochMs('started_at').notNull(),
    endedAt: epochMs('ended_at'),
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

/** Candidates twice, as in SQLite: JSON on the task for reading, rows for the filters. */
export const tasks = pgTable(
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
    promiseDueAt: epochMs('promise_due_at'),
    candidateUsers: text('candidate_users').notNull(),
    candidateGroups: text('candidate_groups').notNull(),
    dueAt: epochMs('due_at'),
    followUpAt: epochMs('follow_up_at'),
    priority: integer('priority').notNull(),
    formKey: text('form_key'),
    createdAt: epochMs('created_at').notNull(),
    claimedAt: epochMs('claimed_at'),
    claimedBy: text('claimed_by'),
    completedAt: epochMs('completed_at'),
    completedBy: text('completed_by'),
    /** 1 while its instance is suspended; set only by a suspension, never by an upsert. */
    suspended: integer('suspended').notNull().default(0),
  },
  (t) => [
    index('tasks_state_assignee_idx').on(t.state, t.assignee),
    index('tasks_state_due_idx').on(t.state, t.dueAt),
    index('tasks_state_promise_idx').on(t.state, t.promiseDueAt),
    index('tasks_instance_idx').on(t.instanceId),
  ],
);

export const taskCandidates = pgTable(
  'task_candidates',
  {
    taskId: text('task_id').notNull(),
    kind: text('kind').$type<'user' | 'group'>().notNull(),
    value: text('value').notNull(),
    state: text('state').$type<TaskState>().notNull().default('open'),
    /** `due_at`, or the largest safe integer when the task has none, so those sort last. */
    dueKey: epochMs('due_key').notNull().default(0),
    priority: integer('priority').notNull().default(0),
    createdAt: epochMs('created_at').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.kind, t.value] }),
    index('task_candidates_urgent_idx').on(
      t.kind,
      t.value,
      t.state,
      t.dueKey,
      t.priority.desc(),
      t.createdAt,
      t.taskId,
    ),
  ],
);

export const externalTasks = pgTable(
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
    lockExpiresAt: epochMs('lock_expires_at'),
    retries: integer('retries'),
    availableAt: epochMs('available_at').notNull(),
    errorMessage: text('error_message'),
    errorDetails: text('error_details'),
    /** 1 while its instance is suspended: not fetched. Set only by a suspension. */
    suspended: integer('suspended').notNull().default(0),
    createdAt: epochMs('created_at').notNull(),
  },
  (t) => [
    index('external_tasks_fetch_idx').on(t.topic, t.state, t.availableAt),
    index('external_tasks_instance_idx').on(t.instanceId),
  ],
);

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<JobKind>().notNull(),
    instanceId: text('instance_id'),
    elementId: text('element_id'),
    tokenId: text('token_id'),
    dueAt: epochMs('due_at').notNull(),
    /** The node holding the job; with `locked_until`, its lock (taken by `FOR UPDATE SKIP LOCKED`). */
    lockedBy: text('locked_by'),
    lockedUntil: epochMs('locked_until'),
    attempts: integer('attempts').notNull(),
    retries: integer('retries').notNull(),
    payload: text('payload').notNull(),
    createdAt: epochMs('created_at').notNull(),
    /** 1 while suspended (itself, or its instance or timer start's definition): not acquired. */
    suspended: integer('suspended').notNull().default(0),
    /** Camunda's job priority (a Java long), set by an operator (0 unless set). */
    priority: bigint('priority', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    // Unsuspended jobs only: acquisition and the next wake-up never step over suspended ones.
    index('jobs_due_idx').on(t.dueAt).where(sql`${t.suspended} = 0`),
    index('jobs_lock_idx').on(t.lockedUntil, t.dueAt).where(sql`${t.suspended} = 0`),
    index('jobs_instance_idx').on(t.instanceId),
  ],
);

export const incidents = pgTable(
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
    createdAt: epochMs('created_at').notNull(),
    resolvedAt: epochMs('resolved_at'),
    /** An operator's note (Camunda's annotation). */
    annotation: text('annotation'),
  },
  (t) => [index('incidents_instance_idx').on(t.instanceId)],
);

/**
 * Append-only; `seq` from a sequence. Sequence values are taken at insert, not at commit, so two
 * instances' concurrent commits may become visible out of `seq` order; within one instance the
 * version check serialises commits, so its history is in `seq` order.
 */
export const history = pgTable(
  'history',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    instanceId: text('instance_id').notNull(),
    kind: text('kind').notNull(),
    elementId: text('element_id'),
    elementType: text('element_type'),
    tokenId: text('token_id'),
    at: epochMs('at').notNull(),
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
