import type { Problem } from '../errors.ts';
import type { JobPayload } from '../jobs/new-job.ts';
import type { EventSubscriptionRecord, SubscriptionStore } from './subscriptions.ts';
import type { SlaRecord, SlaState, SlaStore } from './sla.ts';
import type { SlaPolicyStore } from './sla-policies.ts';

/**
 * The store port. The engine reads through it and writes one `UnitOfWork` per command.
 * Times are epoch milliseconds (UTC). Everything here maps onto plain SQL that SQLite and
 * PostgreSQL both run: upserts, conditional updates, `ORDER BY ... LIMIT`.
 */

/** One file of a deployment: a BPMN diagram, or anything deployed beside it (forms, images). */
export interface DeploymentResource {
  name: string;
  /** sha256 of the content, hex. */
  hash: string;
  /** Text as uploaded; BPMN resources are XML. */
  content: string;
}

/** One deployment: every resource deployed together, under one name (Camunda's deployment). */
export interface DeploymentRecord {
  id: string;
  name: string;
  /** Where it came from, as the client said (`Camunda Modeler`, `promesa-cli`). */
  source?: string | null;
  /** sha256 over the resources' names and hashes, hex: equal deployments hash equally. */
  hash: string;
  resources: DeploymentResource[];
  deployedAt: number;
  deployedBy?: string | null;
}

export interface DefinitionRecord {
  /** `<processId>:<version>:<deploymentId>`-like opaque id. */
  id: string;
  processId: string;
  version: number;
  name?: string | null;
  deploymentId: string;
  /** The deployment resource (file) the version was drawn in. */
  resource: string;
  /** The hash of that resource: identical XML creates no new version. */
  hash: string;
  warnings: Problem[];
  deployedAt: number;
  /**
   * Who may start it besides developers, read from the diagram at deployment
   * (`camunda:candidateStarterGroups` / `camunda:candidateStarterUsers`); both empty: developers only.
   */
  candidateStarterGroups: string[];
  candidateStarterUsers: string[];
  /** `camunda:isStartableInTasklist`: offered in a tasklist's list of starts. */
  startableInTasklist: boolean;
  /**
   * `camunda:historyTimeToLive`: days an ended instance's history is kept before the history
   * clean-up removes it; null: the server's default applies.
   */
  historyTimeToLive: number | null;
  /** Suspended (Camunda's suspension state): new instances are refused, its start timers wait. */
  suspended: boolean;
}

export type InstanceStatus = 'active' | 'completed' | 'terminated' | 'cancelled';

/**
 * A process instance. Its id, definition, process, business key, start and parent are fixed when
 * it is inserted; a later commit changes only status, version, snapshot and end (stores may write
 * just those, sparing the indexes on the fixed ones).
 */
export interface InstanceRecord {
  id: string;
  definitionId: string;
  processId: string;
  businessKey?: string | null;
  status: InstanceStatus;
  /** Optimistic lock: bumped by every commit that advances the instance. */
  version: number;
  /** The persisted XState snapshot (JSON-safe). */
  snapshot: unknown;
  startedAt: number;
  endedAt?: number | null;
  parentInstanceId?: string | null;
  /**
   * Suspended by an operator: its jobs are not acquired, its tasks and external tasks refuse
   * work, messages and signals pass it by (`engine/suspension.ts`). Written with every commit of
   * the instance, so a command that read it active loses the version race to a suspension.
   */
  suspended: boolean;
}

export type TaskState = 'open' | 'completed' | 'cancelled';

/**
 * A human task. Its instance, definition, process, business key, element, token, lane and
 * creation time are fixed when it is created; stores may update only the other fields.
 */
export interface TaskRecord {
  id: string;
  instanceId: string;
  definitionId: string;
  processId: string;
  businessKey?: string | null;
  elementId: string;
  tokenId: string;
  name?: string | null;
  state: TaskState;
  lane?: string | null;
  assignee?: string | null;
  /** Who delegated the task to its assignee (Camunda's owner); null unless delegated. */
  owner?: string | null;
  candidateUsers: string[];
  candidateGroups: string[];
  dueAt?: number | null;
  /**
   * When the promise of the customer's request the task serves falls (or fell) due, while that
   * promise is not kept (`runtime/request-promise.ts`). It stands beside the task's own due date;
   * the earlier of the two makes the task overdue.
   */
  promiseDueAt?: number | null;
  followUpAt?: number | null;
  priority: number;
  formKey?: string | null;
  createdAt: number;
  claimedAt?: number | null;
  claimedBy?: string | null;
  completedAt?: number | null;
  completedBy?: string | null;
  /**
   * Its instance is suspended: it cannot be claimed, assigned or completed. Set by
   * `UnitOfWork.suspension` only; an upsert of the task leaves it as it is.
   */
  suspended: boolean;
}

export type ExternalTaskState = 'open' | 'completed' | 'cancelled';

export interface ExternalTaskRecord {
  id: string;
  instanceId: string;
  definitionId: string;
  processId: string;
  businessKey?: string | null;
  elementId: string;
  tokenId: string;
  topic: string;
  state: ExternalTaskState;
  priority: number;
  workerId?: string | null;
  lockExpiresAt?: number | null;
  /** `null` until a worker reports a failure (Camunda semantics); 0 raises an incident. */
  retries?: number | null;
  /** Not fetchable before this time (the retry timeout of a failure). */
  availableAt: number;
  errorMessage?: string | null;
  errorDetails?: string | null;
  createdAt: number;
  /**
   * Its instance is suspended: not fetched, and a worker holding it cannot complete, fail or
   * extend it. Set by `UnitOfWork.suspension` only; an upsert leaves it as it is.
   */
  suspended: boolean;
}

/** Far future for a job whose retries ran out: it waits for an operator, not for the clock. */
export const PARKED_JOB_DUE_AT = 8_640_000_000_000_000;

export const JobKind = {
  timer: 'timer',
  asyncContinuation: 'async-continuation',
  /** Messages between two instances (call activities): run right after the command that wrote them. */
  internal: 'internal',
} as const;
export type JobKind = (typeof JobKind)[keyof typeof JobKind];

export interface JobRecord {
  id: string;
  kind: JobKind;
  instanceId?: string | null;
  elementId?: string | null;
  tokenId?: string | null;
  dueAt: number;
  lockedBy?: string | null;
  lockedUntil?: number | null;
  attempts: number;
  retries: number;
  /** What the job does (`jobs/new-job.ts`); a failed run adds its error. */
  payload: JobPayload & { lastError?: string };
  createdAt: number;
  /** Not acquired while suspended: its own suspension, its instance's or its definition's. */
  suspended: boolean;
  /**
   * Camunda's job priority, set by an operator; absent is 0. Stored, listed, filtered and
   * sorted by; acquisition stays in due order.
   */
  priority?: number;
}

/** The incident types the engine raises. */
export type IncidentType = 'failedJob' | 'failedExternalTask' | 'expression' | 'unhandledError';
/** A type an operator or script gave an incident it raised (Camunda's custom incidents). */
export type CustomIncidentType = string & {};

export interface IncidentRecord {
  id: string;
  type: IncidentType | CustomIncidentType;
  instanceId: string;
  elementId: string;
  tokenId?: string | null;
  externalTaskId?: string | null;
  jobId?: string | null;
  message: string;
  createdAt: number;
  resolvedAt?: number | null;
  /** An operator's note on the incident (Camunda's annotation); absent when none. */
  annotation?: string | null;
}

/** One line of the append-only history. `seq` is assigned by the store. */
export interface HistoryEntry {
  instanceId: string;
  /** A past-tense fact: `instance.started`, `activity.started`, `activity.completed`, `task.claimed`, `variable.set`, ... */
  kind: string;
  elementId?: string | null;
  elementType?: string | null;
  tokenId?: string | null;
  at: number;
  userId?: string | null;
  data?: Record<string, unknown> | null;
}

export interface StoredHistoryEntry extends HistoryEntry {
  seq: number;
}

/** Everything one command changes, written in one transaction. */
export interface UnitOfWork {
  /**
   * The instance after the command. `expectedVersion` null inserts a new instance; otherwise
   * the row is updated only if its version still equals it (else `ConflictError`, nothing written).
   */
  instance?: { record: InstanceRecord; expectedVersion: number | null };
  /** Upserted by id. */
  tasks?: TaskRecord[];
  /** Upserted by id. */
  externalTasks?: ExternalTaskRecord[];
  jobsToInsert?: JobRecord[];
  jobIdsToDelete?: string[];
  /** Upserted by id. */
  incidents?: IncidentRecord[];
  history?: HistoryEntry[];
  subscriptionsToInsert?: EventSubscriptionRecord[];
  subscriptionIdsToDelete?: string[];
  /** Upserted by id. */
  slas?: SlaRecord[];
  /**
   * Optimistic conditions on tasks read before the command: each task must still have this
   * assignee and state when the unit of work commits, else `ConflictError` (`task-changed`) and
   * nothing is written. Two claims of one task can so never both succeed.
   */
  taskConditions?: TaskCondition[];
  /** External tasks that must still be held as seen (state and worker) for the work to commit. */
  externalTaskConditions?: ExternalTaskCondition[];
  /** New tasks of `tasks` the store hands to someone as it commits them (work distribution). */
  distributions?: TaskDistribution[];
  /**
   * Jobs this unit finishes for the node that acquired them: each must still be locked by that
   * node, else `ConflictError` (`job-lost`) and nothing is written. A node whose lock expired
   * while it worked (another node has taken the job over) so never applies a job twice.
   */
  heldJobs?: HeldJob[];
  /** Suspends or activates rows beside the unit's instance row (see `SuspensionChange`). */
  suspension?: SuspensionChange;
}

/**
 * Camunda's suspension state, changed in the unit's transaction after its other writes. An
 * instance's own row takes it from `UnitOfWork.instance`; what follows it is named here.
 */
export interface SuspensionChange {
  suspended: boolean;
  /** Definition versions: while suspended, no instance of them starts. */
  definitionIds?: string[];
  /** The open tasks and open external tasks of these instances. */
  instanceIds?: string[];
  /** Jobs: not acquired while suspended. */
  jobIds?: string[];
}

/**
 * A new, unassigned task of the unit of work that the store assigns in the commit's own
 * transaction: round-robin gives it to the member after the pool's last one, least-busy to the
 * member with the fewest open tasks (ties in turn). The pool's turn is a row the transaction
 * reads and writes, so engines sharing one store never both hand out the same turn. The store
 * sets the task's assignee and adds a `task.assigned` history line naming the policy.
 */
export interface TaskDistribution {
  taskId: string;
  policy: 'round-robin' | 'least-busy';
  /** Whose turn it is is kept per pool: the groups and users the task is offered to. */
  pool: string;
  /** Who may get it: present members of the pool, at least one. */
  members: string[];
}

/** A job as its runner acquired it (see `UnitOfWork.heldJobs`). */
export interface HeldJob {
  id: string;
  lockedBy: string;
}

/**
 * What a unit of work committed by another node changed (see `Store.watchCommits`): the records
 * themselves while they are small enough to travel between nodes, else their ids, for whoever
 * needs them to read them from the store.
 */
export interface CommittedChange {
  instance?: { id: string; processId: string; businessKey: string | null; status: InstanceStatus };
  tasks: TaskRecord[];
  slas: SlaRecord[];
  incidents: IncidentRecord[];
  /** Too many to travel: read them. */
  taskIds: string[];
  slaRefs: { instanceId: string; id: string }[];
  incidentRefs: { instanceId: string; id: string }[];
  /** The earliest due time of the jobs it inserted: a job loop sleeping past it should wake. */
  earliestJobDueAt?: number;
}

/** What an external task must still look like for a unit of work to commit. */
export interface ExternalTaskCondition {
  id: string;
  state: ExternalTaskState;
  workerId: string | null;
}

/** What a task must still look like for a unit of work to commit (see `UnitOfWork.taskConditions`). */
export interface TaskCondition {
  id: string;
  assignee: string | null;
  state: TaskState;
}

export interface TaskQuery {
  instanceId?: string;
  processId?: string;
  businessKey?: string;
  state?: TaskState;
  assignee?: string;
  /** Tasks where this user is a candidate user. */
  candidateUser?: string;
  /** Tasks offered to any of these groups. */
  candidateGroups?: string[];
  elementId?: string;
  lane?: string;
  dueBefore?: number;
  dueAfter?: number;
  /** Strict bounds on `promiseDueAt`; tasks whose request carries no promise match neither. */
  promiseDueBefore?: number;
  promiseDueAfter?: number;
  /** Strict bounds on `createdAt`, like the due bounds. */
  createdBefore?: number;
  createdAfter?: number;
  /**
   * Tasks this user may see: assignee, candidate user, or offered to one of the groups.
   * Unlike `assignee`/`candidateUser`/`candidateGroups`, the three alternatives are ORed.
   */
  visibleTo?: { userId: string; groups: string[] };
  /** Tasks guarded by an SLA in one of these states (`[]` matches nothing). */
  slaStates?: SlaState[];
  /** Camunda's task filters (`/engine-rest/task`), ANDed with the ones above. */
  match?: TaskMatch;
  limit?: number;
  offset?: number;
  /**
   * `due`: soonest first, undated last, then priority (high first), then age. `promise`: the
   * request's promise soonest first (broken ones lead), tasks without one last, then as `due`.
   */
  orderBy?: 'created' | 'due' | 'priority' | 'promise';
  /**
   * Sort keys, first one first, each ascending unless `descending`; `id` breaks the remaining
   * ties. Replaces `orderBy`, and cannot be combined with `after`.
   */
  sort?: { by: TaskSortKey; descending?: boolean }[];
  /**
   * Keyset page: only tasks after this one in `orderBy` order. Pages stay stable while tasks
   * are created or completed, because the position is the last task's sort key, not a count.
   */
  after?: TaskCursor;
}

export type TaskSortKey =
  | 'id'
  | 'name'
  | 'assignee'
  | 'created'
  | 'due'
  | 'followUp'
  | 'priority'
  | 'instanceId'
  | 'definitionId'
  | 'elementId'
  | 'owner'
  /** `completedAt`: when the task was completed or cancelled (open tasks have none). */
  | 'ended';

/**
 * Camunda's task query filters. Lists match any of their values (`[]` matches nothing);
 * `…Like` are SQL `LIKE` patterns (`%` any run, `_` one character), case-sensitive; dates
 * match to the millisecond; a null field matches no equality, bound or pattern.
 */
export interface TaskMatch {
  ids?: string[];
  instanceIds?: string[];
  businessKeys?: string[];
  businessKeyLike?: string;
  processIds?: string[];
  definitionIds?: string[];
  elementIds?: string[];
  elementIdLike?: string;
  name?: string;
  nameLike?: string;
  assignees?: string[];
  assigneeLike?: string;
  /** The delegating owner (Camunda's `owner`). */
  owners?: string[];
  ownerLike?: string;
  /** True: has an assignee; false: has none. */
  assigned?: boolean;
  /** Offered to the user as a candidate, or to one of the groups (Camunda's candidateUser). */
  offeredTo?: { userId?: string; groups: string[] };
  /** True: offered to some group (user); false: to none. */
  withCandidateGroups?: boolean;
  withCandidateUsers?: boolean;
  /** Assignee or candidate user. */
  involvedUser?: string;
  priority?: number;
  minPriority?: number;
  maxPriority?: number;
  dueAt?: number;
  withoutDue?: boolean;
  followUpAt?: number;
  followUpBefore?: number;
  followUpAfter?: number;
  /** Follow-up before this time, or none at all. */
  followUpBeforeOrNone?: number;
  createdAt?: number;
  /** True: only suspended tasks; false: only active ones (Camunda's `suspended`/`active`). */
  suspended?: boolean;
  /** Tasks in any of these states (Camunda's historic finished/unfinished); `[]` matches nothing. */
  states?: TaskState[];
  /** Strict bounds on `completedAt` (completed or cancelled); open tasks match neither. */
  endedBefore?: number;
  endedAfter?: number;
  /** True: the task's instance has ended (completed, terminated or cancelled); false: it is active. */
  instanceEnded?: boolean;
}

/** The sort key of the last task of a page (see `TaskQuery.after`). */
export type TaskCursor = Pick<TaskRecord, 'id' | 'createdAt' | 'priority'> & {
  dueAt: number | null;
  promiseDueAt: number | null;
};

export interface InstanceQuery {
  processId?: string;
  definitionId?: string;
  businessKey?: string;
  status?: InstanceStatus;
  parentInstanceId?: string;
  /** Strict bounds on `startedAt`. */
  startedBefore?: number;
  startedAfter?: number;
  /** Camunda's instance filters, ANDed with the ones above. */
  match?: InstanceMatch;
  limit?: number;
  offset?: number;
  /** Sort keys, first one first; `id` breaks the remaining ties. Default: by start, then id. */
  sort?: { by: InstanceSortKey; descending?: boolean }[];
}

export type InstanceSortKey =
  | 'id'
  | 'definitionId'
  | 'processId'
  | 'businessKey'
  | 'started'
  | 'ended';

/**
 * Camunda's process-instance filters. Lists match any of their values (`[]` matches nothing);
 * `businessKeyLike` is a case-sensitive SQL `LIKE` pattern.
 */
export interface InstanceMatch {
  ids?: string[];
  processIds?: string[];
  notProcessIds?: string[];
  definitionIds?: string[];
  businessKeyLike?: string;
  statuses?: InstanceStatus[];
  /** Strict bounds on `endedAt`; an instance still running matches neither. */
  endedBefore?: number;
  endedAfter?: number;
  /** Conditions on the process-scope variables, all of which must hold. */
  variables?: VariableCondition[];
  /** True: only suspended instances; false: only unsuspended ones. */
  suspended?: boolean;
}

/**
 * A condition on a variable, as Camunda's `name_operator_value`: the variable must exist, and
 * compare to `value` as a value of the same JSON type (a string never equals a number);
 * `like`/`notLike` take a case-sensitive SQL `LIKE` pattern and match strings only.
 */
export interface VariableCondition {
  name: string;
  operator: 'eq' | 'neq' | 'gt' | 'gteq' | 'lt' | 'lteq' | 'like' | 'notLike';
  value: string | number | boolean | null;
}

export interface IncidentQuery {
  instanceId?: string;
  /** True: not resolved; false: resolved. */
  open?: boolean;
  /** Camunda's incident filters (`/engine-rest/incident`), ANDed with the ones above. */
  match?: IncidentMatch;
  /** Sort keys, first one first; `id` breaks the remaining ties. Default: by creation, then id. */
  sort?: { by: IncidentSortKey; descending?: boolean }[];
  limit?: number;
  offset?: number;
}

/**
 * Camunda's incident filters. Lists match any of their values (`[]` matches nothing);
 * `messageLike` is a case-sensitive SQL `LIKE` pattern.
 */
export interface IncidentMatch {
  ids?: string[];
  types?: string[];
  message?: string;
  messageLike?: string;
  elementIds?: string[];
  /** Strict bounds on `createdAt`. */
  createdBefore?: number;
  createdAfter?: number;
  /** What failed (Camunda's `configuration`): the external task's id, else the job's. */
  configuration?: string;
  /** Incidents of instances of these definition versions, or of these processes. */
  definitionIds?: string[];
  processIds?: string[];
}

export type IncidentSortKey =
  | 'id'
  | 'message'
  | 'created'
  | 'type'
  | 'instanceId'
  | 'elementId'
  | 'configuration'
  | 'definitionId';

/**
 * One pass of a token through a flow node, read from the history: its `activity.started` line
 * and the next `activity.completed` or `activity.cancelled` line of the same token and element.
 */
export interface ActivityPass {
  /** The `seq` of its start line: its id within the history. */
  seq: number;
  instanceId: string;
  definitionId: string;
  processId: string;
  elementId: string;
  elementType: string | null;
  tokenId: string | null;
  startedAt: number;
  /** Null while under way. */
  endedAt: number | null;
  cancelled: boolean;
}

/** Which activity passes `listActivityPasses` returns; every filter ANDed. */
export interface ActivityPassQuery {
  seq?: number;
  instanceId?: string;
  definitionId?: string;
  elementId?: string;
  /** The BPMN type as written, e.g. `bpmn:UserTask`. */
  elementType?: string;
  /** True: ended (completed or cancelled); false: under way. */
  ended?: boolean;
  cancelled?: boolean;
  /** Strict bounds on `startedAt` and `endedAt`; a pass under way matches no end bound. */
  startedBefore?: number;
  startedAfter?: number;
  endedBefore?: number;
  endedAfter?: number;
  /** Passes whose user task was created for this assignee, or completed by them. */
  taskAssignee?: string;
  /** Sort keys, first one first; `seq` breaks the remaining ties. Default: by `seq`. */
  sort?: { by: ActivityPassSortKey; descending?: boolean }[];
  limit?: number;
  offset?: number;
}

export type ActivityPassSortKey =
  | 'seq'
  | 'instanceId'
  | 'definitionId'
  | 'elementId'
  | 'elementType'
  | 'started'
  | 'ended'
  | 'duration';

export interface ExternalTaskQuery {
  instanceId?: string;
  topic?: string;
  state?: ExternalTaskState;
  workerId?: string;
  /** True: only suspended ones; false: only active ones. */
  suspended?: boolean;
  /** Camunda's external task filters (`/engine-rest/external-task`), ANDed with the ones above. */
  match?: ExternalTaskMatch;
  /**
   * Sort keys, first one first, each ascending unless `descending`; a null sorts as the largest
   * value. Ties, and a query without keys, go oldest first (`createdAt`, then `id`).
   */
  sort?: { by: ExternalTaskSortKey; descending?: boolean }[];
  offset?: number;
  limit?: number;
}

/** Camunda's external task filters. Lists match any of their values (`[]` matches nothing). */
export interface ExternalTaskMatch {
  ids?: string[];
  instanceIds?: string[];
  elementIds?: string[];
  definitionIds?: string[];
  /** Locked at `now` (`lockExpiresAt` after it), or, with `held: false`, not. */
  lock?: { now: number; held: boolean };
  /** Retries left (none set counts as left), or, with `false`, none (0). */
  retriesLeft?: boolean;
  /** Strict bounds on `lockExpiresAt`; an unlocked task matches neither. */
  lockExpiresAfter?: number;
  lockExpiresBefore?: number;
  /** Inclusive bounds on `priority`. */
  priorityAtLeast?: number;
  priorityAtMost?: number;
}

export type ExternalTaskSortKey =
  | 'id'
  | 'lockExpiresAt'
  | 'instanceId'
  | 'definitionId'
  | 'processId'
  | 'priority';

export interface JobQuery {
  id?: string;
  instanceId?: string;
  kind?: JobKind;
  /** True: only suspended ones; false: only active ones. */
  suspended?: boolean;
  /** Camunda's job filters (`/engine-rest/job`), ANDed with the ones above. */
  match?: JobMatch;
  /**
   * Sort keys, first one first, each ascending unless `descending`; a null sorts as the largest
   * value. Ties, and a query without keys, go in due order (`dueAt`, then `id`).
   */
  sort?: { by: JobSortKey; descending?: boolean }[];
  offset?: number;
  limit?: number;
}

/**
 * Camunda's job filters. Lists match any of their values (`[]` matches nothing). A job's
 * definition and process are its instance's, or a start timer's own (in its payload). A parked
 * job (`PARKED_JOB_DUE_AT`, retries ran out) has no due date: it passes no bound on one.
 */
export interface JobMatch {
  ids?: string[];
  instanceIds?: string[];
  kinds?: JobKind[];
  elementIds?: string[];
  definitionIds?: string[];
  processIds?: string[];
  /** Retries above 0, or, with `false`, none. */
  retriesLeft?: boolean;
  /** Runnable at `now`: retries left, due by then and not suspended; with `runnable: false`, not. */
  executable?: { now: number; runnable: boolean };
  /** Strict bounds on the due date (`gt`: after, `lt`: before), all to hold. */
  due?: { operator: 'gt' | 'lt'; at: number }[];
  /** Strict bounds on `createdAt`, all to hold. */
  created?: { operator: 'gt' | 'lt'; at: number }[];
  /** The last run failed (its payload holds an error), or, with `false`, not. */
  failed?: boolean;
  /** The last run's error is exactly this. */
  errorMessage?: string;
  /** The last run failed, at this element. */
  failedElementId?: string;
  /** Priority bounds, inclusive (a job without one has 0). */
  priority?: { atLeast?: number; atMost?: number };
}

export type JobSortKey =
  | 'id'
  | 'instanceId'
  | 'definitionId'
  | 'processId'
  | 'retries'
  | 'dueAt'
  | 'priority';

/** What `acquireJobs` claims, and for whom. */
export interface JobAcquisition {
  now: number;
  owner: string;
  lockUntil: number;
  limit: number;
  /** Only jobs of these kinds (the engine runs its internal jobs right after a command). */
  kinds?: JobKind[];
}

export interface LockRequest {
  workerId: string;
  maxTasks: number;
  topics: { name: string; lockDuration: number; processIds?: string[]; businessKey?: string }[];
  now: number;
  /** Prefer higher priority first (Camunda's `usePriority`). */
  usePriority?: boolean;
}

/** A worker that asked for work on a topic, and when it last did. */
export interface WorkerSighting {
  topic: string;
  workerId: string;
  lastSeenAt: number;
}

/** Who fetches work by topic: what the inventory reads to find topics no worker serves. */
export interface WorkerSightingStore {
  /** Notes that the worker asked for work on these topics at `at` (an upsert per topic). */
  recordWorkerSightings(sighting: {
    workerId: string;
    topics: string[];
    at: number;
  }): Promise<void>;
  /** Every worker and topic seen at or after `since`, ordered by topic, then worker. */
  listWorkerSightings(since: number): Promise<WorkerSighting[]>;
}

/** A note someone wrote on a human task (Camunda's task comment); it goes with its instance. */
export interface TaskComment {
  id: string;
  taskId: string;
  instanceId: string;
  /** Who wrote it: the user the request was authenticated as. */
  userId: string | null;
  at: number;
  message: string;
}

/** Comments on tasks, removed with their instance by the history clean-up. */
export interface TaskCommentStore {
  addTaskComment(comment: TaskComment): Promise<void>;
  /** A task's comments, oldest first. */
  listTaskComments(taskId: string): Promise<TaskComment[]>;
}

/** Which ended instances `Store.removeEndedInstances` removes. */
export interface EndedInstanceRemoval {
  definitionId: string;
  /** Only instances that ended strictly before this time. */
  endedBefore: number;
  /** At most this many instances, in one transaction. */
  limit: number;
  /** Only this instance (deleting one instance's history on request). */
  instanceId?: string;
}

/** What one `removeEndedInstances` call removed. */
export interface RemovedInstances {
  instances: number;
  /** History lines among the rows removed. */
  historyRows: number;
}

/** A named lease asked for by one node (see `Store.takeLease`). */
export interface LeaseRequest {
  name: string;
  owner: string;
  now: number;
  /** Held until this time unless renewed or released. */
  until: number;
}

export interface Store
  extends StoreReports,
    SubscriptionStore,
    SlaStore,
    SlaPolicyStore,
    WorkerSightingStore,
    TaskCommentStore {
  /**
   * Writes the unit of work atomically; throws `ConflictError` when the instance version moved
   * or a task condition no longer holds.
   */
  commit(work: UnitOfWork): Promise<void>;
  /**
   * For a store whose commits become visible to reads before they are durable (the SQLite store
   * under concurrent commits, see `db/sqlite/group-commit.ts`): resolves once everything visible
   * now is on disk. `commit` itself resolves only when its unit is durable, in every store.
   */
  durable?(): Promise<void>;
  /**
   * For a store several nodes share: calls `listener` with what each unit of work committed by
   * another node changed, in commit order, as long as this store is open. A notice can be lost
   * (a node dying right after its commit), never a commit: listeners use them to wake early.
   * Returns the function that stops the calls.
   */
  watchCommits?(listener: (change: CommittedChange) => void): () => void;

  /**
   * Saves a deployment and its definition versions, with the work that comes with them (the
   * start timers and start subscriptions of the new versions), in one transaction.
   */
  saveDeployment(
    deployment: DeploymentRecord,
    definitions: DefinitionRecord[],
    work?: Omit<UnitOfWork, 'instance'>,
  ): Promise<void>;
  getDeployment(id: string): Promise<DeploymentRecord | undefined>;
  getDefinition(id: string): Promise<DefinitionRecord | undefined>;
  latestDefinition(processId: string): Promise<DefinitionRecord | undefined>;
  listDefinitions(options?: {
    latestOnly?: boolean;
    processId?: string;
  }): Promise<DefinitionRecord[]>;
  /**
   * Changes a version's `historyTimeToLive` (days; null: the engine's default) after it was
   * deployed, as Camunda lets operators do; false when there is no such version.
   */
  setHistoryTimeToLive(definitionId: string, days: number | null): Promise<boolean>;

  getInstance(id: string): Promise<InstanceRecord | undefined>;
  listInstances(query: InstanceQuery): Promise<InstanceRecord[]>;
  /** How many instances `listInstances` would return without paging. */
  countInstances(query: InstanceQuery): Promise<number>;

  getTask(id: string): Promise<TaskRecord | undefined>;
  listTasks(query: TaskQuery): Promise<TaskRecord[]>;
  /** How many tasks `listTasks` would return without `limit`, `offset` and `after`. */
  countTasks(query: TaskQuery): Promise<number>;
  /** The customers whose requests are stored, by business key (see `CustomerQuery`). */
  listCustomers(query: CustomerQuery): Promise<CustomerSummary[]>;

  getExternalTask(id: string): Promise<ExternalTaskRecord | undefined>;
  listExternalTasks(query: ExternalTaskQuery): Promise<ExternalTaskRecord[]>;
  /** How many external tasks `listExternalTasks` would return without paging. */
  countExternalTasks(query: ExternalTaskQuery): Promise<number>;
  /**
   * Atomically picks open, unsuspended, unlocked (or lock-expired), available external tasks of
   * the topics and locks them for the worker. Two workers never get the same task.
   */
  lockExternalTasks(request: LockRequest): Promise<ExternalTaskRecord[]>;

  /**
   * Atomically claims up to `limit` unsuspended jobs due at `now` that are unlocked or whose
   * lock expired, in `dueAt`, then `id` order; with `kinds`, only jobs of those kinds.
   */
  acquireJobs(request: JobAcquisition): Promise<JobRecord[]>;
  /** Jobs by `query`, in due order (`dueAt`, then `id`) unless sorted. */
  listJobs(query: JobQuery): Promise<JobRecord[]>;
  /** How many jobs `listJobs` would return without paging. */
  countJobs(query: JobQuery): Promise<number>;
  /** Earliest `dueAt` of any unsuspended job, so the executor can sleep exactly until then. */
  nextJobDueAt(): Promise<number | undefined>;

  /** Incidents by `query`, oldest first unless sorted. */
  listIncidents(query: IncidentQuery): Promise<IncidentRecord[]>;
  /** How many incidents `listIncidents` would return without paging. */
  countIncidents(query: IncidentQuery): Promise<number>;
  history(instanceId: string): Promise<StoredHistoryEntry[]>;
  /** Passes through flow nodes, from the history (Camunda's historic activity instances). */
  listActivityPasses(query: ActivityPassQuery): Promise<ActivityPass[]>;
  /** How many passes `listActivityPasses` would return without paging. */
  countActivityPasses(query: ActivityPassQuery): Promise<number>;

  /**
   * The history clean-up's delete: up to `limit` instances of the definition that ended before
   * `endedBefore`, each with everything kept of it (history, tasks and their candidates, external
   * tasks, incidents, SLAs, jobs, subscriptions), in one transaction. Active instances are never
   * touched, nor the instances an ended one called (each goes by its own definition's rule).
   */
  removeEndedInstances(removal: EndedInstanceRemoval): Promise<RemovedInstances>;
  /**
   * Takes the named lease for `owner` until `until` when nobody holds it, its holder's time ran
   * out at `now`, or `owner` holds it already (a renewal). False when another owner holds it:
   * of several nodes asking at once, exactly one gets it.
   */
  takeLease(request: LeaseRequest): Promise<boolean>;
  /** Gives the lease up if `owner` holds it, so another node may take it at once. */
  releaseLease(name: string, owner: string): Promise<void>;

  close(): Promise<void>;
}

/** A deployment without its resources, for listings. */
export type DeploymentSummary = Omit<DeploymentRecord, 'resources'>;

/**
 * Open user tasks of one process and lane, counted by due state at `now`. A task is due at the
 * earlier of its own due date and its request's promise (`promiseDueAt`).
 */
export interface OpenWorkRow {
  processId: string;
  lane: string | null;
  open: number;
  /** Due before `now`. */
  overdue: number;
  /** Due in `[now, dueSoonUntil)`. */
  dueSoon: number;
  /**
   * The open tasks by how long before `now` they were created: one count per step of
   * `OPEN_WORK_AGES_MS` (younger than the first, then between each and the next), and one for
   * the older rest.
   */
  byAge: number[];
}

/** The ages open work is counted by: under an hour, up to 4 hours, up to a day, older. */
export const OPEN_WORK_AGES_MS = [3_600_000, 4 * 3_600_000, 24 * 3_600_000] as const;

/** How often instances of one definition passed an element, and how long they stayed. */
export interface ElementStatistics {
  elementId: string;
  elementType: string | null;
  /** Passes that started, completed and were cancelled in the window. */
  started: number;
  completed: number;
  cancelled: number;
  /** Mean of `completed.at - started.at` over the window's completions; null when none. */
  averageDurationMs: number | null;
  /** Passes under way now (started, neither completed nor cancelled yet), whatever the window. */
  active: number;
  /** Promises on the element that started in the window and broke, the work done or not. */
  breached: number;
}

/** A report's window of time, `[from, to)`. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** How many instances of one definition version are in one status. */
export interface InstanceCountRow {
  processId: string;
  definitionId: string;
  status: InstanceStatus;
  count: number;
}

/**
 * The tokens resting at one element of a version's active instances: waiting there (not inside
 * a subprocess the element opened) or stopped by an incident. Camunda's per-activity statistics.
 */
export interface RestingTokenRow {
  elementId: string;
  tokens: number;
}

/** Which ended instances a duration report takes; lists match any value, bounds are strict. */
export interface DurationReportQuery {
  unit: 'month' | 'quarter';
  definitionIds?: string[];
  processIds?: string[];
  startedBefore?: number;
  startedAfter?: number;
}

export interface DurationReportRow {
  period: number;
  minimum: number;
  maximum: number;
  average: number;
}

/** Open incidents of active instances, per definition version, element and incident type. */
export interface OpenIncidentCountRow {
  definitionId: string;
  elementId: string;
  type: IncidentRecord['type'];
  count: number;
}

/** A customer, known by the business key their requests were opened with. */
export interface CustomerSummary {
  businessKey: string;
  /** Instances opened with the key (those holding a visible task, with `visibleTo`). */
  requests: number;
  /** Those still running. */
  open: number;
  /** When the latest of them started. */
  lastRequestAt: number;
}

/** Which customers `listCustomers` returns: latest request first, then by key. */
export interface CustomerQuery {
  /** Business keys that start with this text, case as written. */
  prefix?: string;
  /** Only requests holding a task this caller sees (as `TaskQuery.visibleTo`). */
  visibleTo?: TaskQuery['visibleTo'];
  limit: number;
}

/** One history line together with the instance it belongs to (the customer timeline). */
export interface TimelineEntry extends StoredHistoryEntry {
  processId: string;
  businessKey: string;
}

/**
 * Reads and administration beyond the engine's command path: deployments, dashboards and the
 * customer timeline. Part of every `Store`.
 */
export interface StoreReports {
  listDeployments(): Promise<DeploymentSummary[]>;
  /**
   * Deletes a definition version, and its deployment once no version of it is left, unless an
   * active instance still runs on it. Checked and deleted in one transaction.
   */
  deleteDefinition(id: string): Promise<'deleted' | 'not-found' | 'in-use'>;
  /** History of every instance with this business key, newest first; `beforeSeq` pages back. */
  historyByBusinessKey(
    businessKey: string,
    options: { limit: number; beforeSeq?: number },
  ): Promise<TimelineEntry[]>;
  openWork(options: { now: number; dueSoonUntil: number }): Promise<OpenWorkRow[]>;
  /** Per element of a definition version, the window's passes and broken promises, by element id. */
  elementStatistics(definitionId: string, window: TimeWindow): Promise<ElementStatistics[]>;
  /** Instances per definition version and status, ordered by definition and status. */
  instanceCounts(): Promise<InstanceCountRow[]>;
  /**
   * Camunda's duration report: the shortest, longest and average run (ms, the average rounded
   * down) of ended instances, by the month (1-12) or quarter (1-4) of their start in UTC, of
   * every year together; ordered by period.
   */
  instanceDurationReport(query: DurationReportQuery): Promise<DurationReportRow[]>;
  /**
   * Per element of one version, the tokens resting there in its active instances, ordered by
   * element. Counted inside the store from each snapshot's `context.tokens`, which every
   * snapshot format keeps in the same place.
   */
  restingTokens(definitionId: string): Promise<RestingTokenRow[]>;
  /** Open incidents of active instances, of one version or all, ordered by version, element and type. */
  openIncidentCounts(definitionId?: string): Promise<OpenIncidentCountRow[]>;
}
