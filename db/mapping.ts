import type {
  DefinitionRecord,
  DeploymentRecord,
  ExternalTaskRecord,
  ExternalTaskState,
  HistoryEntry,
  IncidentRecord,
  InstanceRecord,
  InstanceStatus,
  JobKind,
  JobRecord,
  StoredHistoryEntry,
  TaskRecord,
  TaskState,
} from '../engine/ports/store.ts';

/**
 * Record ↔ row mapping shared by the SQLite and PostgreSQL stores.
 *
 * The `*Columns` interfaces are the row shapes both schemas must produce from `$inferSelect`
 * (each `schema.ts` asserts it at compile time): camelCase keys, epoch-ms numbers, absent
 * values as `null`, and JSON columns as text. Keeping JSON as text in both dialects is what
 * lets one mapping serve both; the engine never queries inside a snapshot or payload.
 *
 * Reading back, optional record fields come out as `null`, never `undefined`, in every store.
 */

export interface DeploymentColumns {
  id: string;
  name: string;
  source: string | null;
  hash: string;
  deployedAt: number;
  deployedBy: string | null;
}

export interface DeploymentResourceColumns {
  deploymentId: string;
  /** Upload order within the deployment. */
  position: number;
  name: string;
  hash: string;
  content: string;
}

export interface DefinitionColumns {
  id: string;
  processId: string;
  version: number;
  name: string | null;
  deploymentId: string;
  resource: string;
  hash: string;
  /** JSON array of `Problem`. */
  warnings: string;
  deployedAt: number;
  /** JSON arrays of group and user ids. */
  candidateStarterGroups: string;
  candidateStarterUsers: string;
  /** 1 or 0, the same in every dialect (raw reads get no boolean mapping). */
  startableInTasklist: number;
  /** Days, or null (see `DefinitionRecord.historyTimeToLive`). */
  historyTimeToLive: number | null;
  /** 1 or 0, like every flag here. */
  suspended: number;
}

export interface InstanceColumns {
  id: string;
  definitionId: string;
  processId: string;
  businessKey: string | null;
  status: InstanceStatus;
  version: number;
  /** JSON of the XState snapshot. */
  snapshot: string;
  startedAt: number;
  endedAt: number | null;
  parentInstanceId: string | null;
  suspended: number;
}

export interface TaskColumns {
  id: string;
  instanceId: string;
  definitionId: string;
  processId: string;
  businessKey: string | null;
  elementId: string;
  tokenId: string;
  name: string | null;
  state: TaskState;
  lane: string | null;
  assignee: string | null;
  owner: string | null;
  promiseDueAt: number | null;
  /** JSON array; the `task_candidates` rows are the queryable copy. */
  candidateUsers: string;
  /** JSON array; the `task_candidates` rows are the queryable copy. */
  candidateGroups: string;
  dueAt: number | null;
  followUpAt: number | null;
  priority: number;
  formKey: string | null;
  createdAt: number;
  claimedAt: number | null;
  claimedBy: string | null;
  completedAt: number | null;
  completedBy: string | null;
  suspended: number;
}

/** Who a task is offered to, one row per user or group, so candidate filters use an index. */
export interface TaskCandidateColumns {
  taskId: string;
  kind: 'user' | 'group';
  value: string;
  state: TaskState;
  dueKey: number;
  priority: number;
  createdAt: number;
}

/** Tasks without a due date sort after every dated one in the candidates' urgency index. */
export const NO_DUE_KEY = Number.MAX_SAFE_INTEGER;

export interface ExternalTaskColumns {
  id: string;
  instanceId: string;
  definitionId: string;
  processId: string;
  businessKey: string | null;
  elementId: string;
  tokenId: string;
  topic: string;
  state: ExternalTaskState;
  priority: number;
  workerId: string | null;
  lockExpiresAt: number | null;
  retries: number | null;
  availableAt: number;
  errorMessage: string | null;
  errorDetails: string | null;
  createdAt: number;
  suspended: number;
}

export interface JobColumns {
  id: string;
  kind: JobKind;
  instanceId: string | null;
  elementId: string | null;
  tokenId: string | null;
  dueAt: number;
  lockedBy: string | null;
  lockedUntil: number | null;
  attempts: number;
  retries: number;
  /** JSON object. */
  payload: string;
  createdAt: number;
  suspended: number;
  priority: number;
}

export interface IncidentColumns {
  id: string;
  type: IncidentRecord['type'];
  instanceId: string;
  elementId: string;
  tokenId: string | null;
  externalTaskId: string | null;
  jobId: string | null;
  message: string;
  createdAt: number;
  resolvedAt: number | null;
  annotation: string | null;
}

export interface HistoryColumns {
  seq: number;
  instanceId: string;
  kind: string;
  elementId: string | null;
  elementType: string | null;
  tokenId: string | null;
  at: number;
  userId: string | null;
  /** JSON object or null. */
  data: string | null;
}

/** `undefined` cannot be bound as SQL and must not leak out of a store: both become `null`. */
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

export const deploymentToRow = (d: DeploymentRecord): DeploymentColumns => ({
  id: d.id,
  name: d.name,
  source: orNull(d.source),
  hash: d.hash,
  deployedAt: d.deployedAt,
  deployedBy: orNull(d.deployedBy),
});

/** The resource rows of a deployment. */
export const resourceRows = (d: DeploymentRecord): DeploymentResourceColumns[] =>
  d.resources.map((r, position) => ({
    deploymentId: d.id,
    position,
    name: r.name,
    hash: r.hash,
    content: r.content,
  }));

/** A deployment from its row and its resource rows. */
export const deploymentFromRows = (
  row: DeploymentColumns,
  resources: DeploymentResourceColumns[],
): DeploymentRecord => ({
  ...row,
  resources: [...resources]
    .sort((a, b) => a.position - b.position)
    .map(({ name, hash, content }) => ({ name, hash, content })),
});

export const definitionToRow = (d: DefinitionRecord): DefinitionColumns => ({
  id: d.id,
  processId: d.processId,
  version: d.version,
  name: orNull(d.name),
  deploymentId: d.deploymentId,
  resource: d.resource,
  hash: d.hash,
  warnings: JSON.stringify(d.warnings),
  deployedAt: d.deployedAt,
  candidateStarterGroups: JSON.stringify(d.candidateStarterGroups),
  candidateStarterUsers: JSON.stringify(d.candidateStarterUsers),
  startableInTasklist: d.startableInTasklist ? 1 : 0,
  historyTimeToLive: d.historyTimeToLive ?? null,
  suspended: d.suspended ? 1 : 0,
});

export const definitionFromRow = (row: DefinitionColumns): DefinitionRecord => ({
  ...row,
  warnings: JSON.parse(row.warnings) as DefinitionRecord['warnings'],
  candidateStarterGroups: JSON.parse(row.candidateStarterGroups) as string[],
  candidateStarterUsers: JSON.parse(row.candidateStarterUsers) as string[],
  startableInTasklist: row.startableInTasklist === 1,
  suspended: row.suspended === 1,
});

export const instanceToRow = (i: InstanceRecord): InstanceColumns => ({
  id: i.id,
  definitionId: i.definitionId,
  processId: i.processId,
  businessKey: orNull(i.businessKey),
  status: i.status,
  version: i.version,
  snapshot: JSON.stringify(i.snapshot),
  startedAt: i.startedAt,
  endedAt: orNull(i.endedAt),
  parentInstanceId: orNull(i.parentInstanceId),
  suspended: i.suspended ? 1 : 0,
});

export const instanceFromRow = (row: InstanceColumns): InstanceRecord => ({
  ...row,
  snapshot: JSON.parse(row.snapshot) as unknown,
  suspended: row.suspended === 1,
});

export const taskToRow = (t: TaskRecord): TaskColumns => ({
  id: t.id,
  instanceId: t.instanceId,
  definitionId: t.definitionId,
  processId: t.processId,
  businessKey: orNull(t.businessKey),
  elementId: t.elementId,
  tokenId: t.tokenId,
  name: orNull(t.name),
  state: t.state,
  lane: orNull(t.lane),
  assignee: orNull(t.assignee),
  owner: orNull(t.owner),
  promiseDueAt: orNull(t.promiseDueAt),
  candidateUsers: JSON.stringify(t.candidateUsers),
  candidateGroups: JSON.stringify(t.candidateGroups),
  dueAt: orNull(t.dueAt),
  followUpAt: orNull(t.followUpAt),
  priority: t.priority,
  formKey: orNull(t.formKey),
  createdAt: t.createdAt,
  claimedAt: orNull(t.claimedAt),
  claimedBy: orNull(t.claimedBy),
  completedAt: orNull(t.completedAt),
  completedBy: orNull(t.completedBy),
  suspended: t.suspended ? 1 : 0,
});

export const taskFromRow = (row: TaskColumns): TaskRecord => ({
  ...row,
  candidateUsers: JSON.parse(row.candidateUsers) as string[],
  candidateGroups: JSON.parse(row.candidateGroups) as string[],
  suspended: row.suspended === 1,
});

/** The `task_candidates` rows of a task; duplicates collapse because (kind, value, task) is a key. */
export function taskCandidateRows(t: TaskRecord): TaskCandidateColumns[] {
  const keys = {
    state: t.state,
    dueKey: t.dueAt ?? NO_DUE_KEY,
    priority: t.priority,
    createdAt: t.createdAt,
  };
  return [
    ...[...new Set(t.candidateUsers)].map((value) => ({
      taskId: t.id,
      kind: 'user' as const,
      value,
      ...keys,
    })),
    ...[...new Set(t.candidateGroups)].map((value) => ({
      taskId: t.id,
      kind: 'group' as const,
      value,
      ...keys,
    })),
  ];
}

export const externalTaskToRow = (t: ExternalTaskRecord): ExternalTaskColumns => ({
  id: t.id,
  instanceId: t.instanceId,
  definitionId: t.definitionId,
  processId: t.processId,
  businessKey: orNull(t.businessKey),
  elementId: t.elementId,
  tokenId: t.tokenId,
  topic: t.topic,
  state: t.state,
  priority: t.priority,
  workerId: orNull(t.workerId),
  lockExpiresAt: orNull(t.lockExpiresAt),
  retries: orNull(t.retries),
  availableAt: t.availableAt,
  errorMessage: orNull(t.errorMessage),
  errorDetails: orNull(t.errorDetails),
  createdAt: t.createdAt,
  suspended: t.suspended ? 1 : 0,
});

export const externalTaskFromRow = (row: ExternalTaskColumns): ExternalTaskRecord => ({
  ...row,
  suspended: row.suspended === 1,
});

export const jobToRow = (j: JobRecord): JobColumns => ({
  id: j.id,
  kind: j.kind,
  instanceId: orNull(j.instanceId),
  elementId: orNull(j.elementId),
  tokenId: orNull(j.tokenId),
  dueAt: j.dueAt,
  lockedBy: orNull(j.lockedBy),
  lockedUntil: orNull(j.lockedUntil),
  attempts: j.attempts,
  retries: j.retries,
  payload: JSON.stringify(j.payload),
  createdAt: j.createdAt,
  suspended: j.suspended ? 1 : 0,
  priority: j.priority ?? 0,
});

/** A priority of 0 is left out, as the engine leaves it out of the jobs it makes. */
export const jobFromRow = ({ priority, ...row }: JobColumns): JobRecord => ({
  ...row,
  payload: JSON.parse(row.payload) as JobRecord['payload'],
  suspended: row.suspended === 1,
  ...(priority !== 0 ? { priority } : {}),
});

export const incidentToRow = (i: IncidentRecord): IncidentColumns => ({
  id: i.id,
  type: i.type,
  instanceId: i.instanceId,
  elementId: i.elementId,
  tokenId: orNull(i.tokenId),
  externalTaskId: orNull(i.externalTaskId),
  jobId: orNull(i.jobId),
  message: i.message,
  createdAt: i.createdAt,
  resolvedAt: orNull(i.resolvedAt),
  annotation: orNull(i.annotation),
});

/** Without an annotation, the field is left out, as the engine makes incidents. */
export const incidentFromRow = ({ annotation, ...row }: IncidentColumns): IncidentRecord => ({
  ...row,
  ...(annotation !== null ? { annotation } : {}),
});

/** `seq` is left out: the database assigns it. */
export const historyToRow = (h: HistoryEntry): Omit<HistoryColumns, 'seq'> => ({
  instanceId: h.instanceId,
  kind: h.kind,
  elementId: orNull(h.elementId),
  elementType: orNull(h.elementType),
  tokenId: orNull(h.tokenId),
  at: h.at,
  userId: orNull(h.userId),
  data: h.data == null ? null : JSON.stringify(h.data),
});

export const historyFromRow = (row: HistoryColumns): StoredHistoryEntry => ({
  ...row,
  data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>),
});
