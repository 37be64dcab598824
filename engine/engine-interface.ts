import type { SlaPolicyCommands } from './sla-policies.ts';
import type { SuspensionCommands } from './suspension.ts';
import type { Problem } from './errors.ts';
import type { FormField } from './model/graph.ts';
import type { DeployedForm, FormSchema } from './linked-form.ts';
import type { CorrelateRequest, CorrelationResult } from './events.ts';
import type { CustomerEvent, CustomerEventKind, NamedElement } from './customer-events.ts';
import type { CustomerTimelineOptions, CustomerTimelinePage } from './customer-timeline.ts';
import type { Escalation, EscalationWindow } from './escalations.ts';
import type { EventSubscriptionRecord, SubscriptionQuery } from './ports/subscriptions.ts';
import type { SlaQuery, SlaRecord } from './ports/sla.ts';
import type { Inventory, InventoryInput } from './catalogue/inventory.ts';
import type { DefinitionOutline } from './catalogue/outline.ts';
import type { CatalogueEntry, TouchpointMap } from './catalogue/touchpoints.ts';

export type { DeployedForm, FormField };
export type {
  CustomerEvent,
  CustomerEventKind,
  CustomerTimelineOptions,
  CustomerTimelinePage,
  Escalation,
  EscalationWindow,
  NamedElement,
  CorrelateRequest,
  CorrelationResult,
  EventSubscriptionRecord,
  SubscriptionQuery,
  SlaQuery,
  SlaRecord,
  HistoryCleanupReport,
};
import type { EngineOperations } from './operations.ts';
import type { HistoryCleanupOptions, HistoryCleanupReport } from './retention/history-cleanup.ts';
import type {
  ActivityPass,
  ActivityPassQuery,
  DefinitionRecord,
  DurationReportQuery,
  DurationReportRow,
  DeploymentSummary,
  ExternalTaskQuery,
  ExternalTaskRecord,
  IncidentQuery,
  JobQuery,
  IncidentRecord,
  InstanceQuery,
  InstanceStatus,
  JobRecord,
  StoredHistoryEntry,
  TaskComment,
  TaskQuery,
  TaskRecord,
} from './ports/store.ts';

export type Variables = Record<string, unknown>;

/** A flow node of a deployed version, as a report names it. */
export interface DiagramElement {
  elementId: string;
  name: string | null;
  /** The lane that holds it. */
  lane: string | null;
  /** The BPMN type as written, e.g. `bpmn:UserTask`. */
  type: string;
  /** Its `camunda:properties` (a touchpoint, a life-cycle stage). */
  properties: Record<string, string>;
}

export interface DeployInput {
  /** The deployment's name; with `xml`, the file's too, e.g. `complaint-handling.bpmn`. */
  name: string;
  /** One BPMN file, named `name` (what `/api` and the CLI deploy). */
  xml?: string;
  /** Several files deployed as one; those named `*.bpmn` are parsed, the others kept beside them. */
  resources?: { name: string; content: string }[];
  /** Where it comes from, as the client says (`Camunda Modeler`). */
  source?: string;
  deployedBy?: string;
  /**
   * What is already deployed and so deployed no more:
   * - `process` (default): a process whose file is byte-identical to its latest version's keeps
   *   that version, and a deployment that brings nothing new is not made;
   * - `deployment`: Camunda's duplicate filtering: nothing new when the latest deployment of
   *   this name holds the same resources; otherwise every process gets a new version;
   * - `changed-resources`: Camunda's deploy-changed-only: only the resources that differ from
   *   their latest version among the deployments of this name are deployed;
   * - `none`: every process of every resource gets a new version (Camunda without filtering).
   */
  duplicates?: 'process' | 'deployment' | 'changed-resources' | 'none';
}

export interface DeployResult {
  deploymentId: string;
  /** The deployment made, or the earlier one that already held everything. */
  deployment: DeploymentSummary;
  /** One per executable process deployed; existing versions when nothing changed. */
  definitions: DefinitionRecord[];
  warnings: Problem[];
  /** True when nothing new was deployed: `deployment` is an earlier one. */
  duplicate: boolean;
}

export interface ActiveToken {
  tokenId: string;
  elementId: string;
  /** `waiting` for outside input (task, message, timer, job), `incident` when stuck on an error. */
  state: 'waiting' | 'incident';
}

export interface InstanceView {
  id: string;
  definitionId: string;
  processId: string;
  businessKey?: string | null;
  status: InstanceStatus;
  /** Element ids with a waiting token, one entry per token, sorted. */
  activeElements: string[];
  tokens: ActiveToken[];
  /** Variables of the process scope. */
  variables: Variables;
  startedAt: number;
  endedAt?: number | null;
  /** Suspended by an operator (see `Engine.setInstanceSuspended`). */
  suspended: boolean;
}

/** One scope's variables, as seen from a token (see `Engine.variableScopes`). */
export interface VariableScope {
  scopeId: string;
  /** The process id, or the element (subprocess, activity) the scope belongs to. */
  elementId: string;
  /** The token's own scope: its activity's local variables (a task's local variables). */
  local: boolean;
  variables: Variables;
}

/**
 * Where a variable command applies: the process scope by default; with `tokenId`, from that
 * token's scope outwards as Camunda's `setVariable` on an execution or task (the nearest scope
 * already holding the name, else the process); with `local` too, on the token's own scope only.
 */
export interface VariableTarget {
  tokenId?: string;
  local?: boolean;
}

export interface StartOptions {
  businessKey?: string;
  variables?: Variables;
  /** Start a specific version instead of the latest. */
  definitionId?: string;
  userId?: string;
}

export interface FetchAndLockRequest {
  workerId: string;
  maxTasks: number;
  usePriority?: boolean;
  topics: {
    topicName: string;
    lockDuration: number;
    processDefinitionKey?: string;
    businessKey?: string;
  }[];
}

/** What changed, announced after the change committed (task lists and dashboards listen). */
export type EngineEvent =
  | { type: 'task.changed'; task: TaskRecord }
  | {
      type: 'instance.changed';
      instanceId: string;
      processId: string;
      businessKey?: string | null;
      status: InstanceStatus;
    }
  | { type: 'incident.changed'; incident: IncidentRecord }
  /** An SLA started, turned at risk, broke, paused, moved or ended. */
  | { type: 'sla.changed'; sla: SlaRecord }
  /** New jobs were committed: a job loop sleeping past `earliestDueAt` should wake. */
  | { type: 'jobs.scheduled'; earliestDueAt: number };

/** The engine's commands and queries. Each command is one store transaction. */
export interface Engine extends EngineOperations, SlaPolicyCommands, SuspensionCommands {
  /** The engine clock's now: reads that compare with it (has a lock expired?) use the same time. */
  now(): number;
  deploy(input: DeployInput): Promise<DeployResult>;
  /** The validator's problems for `xml` (errors and warnings) without deploying it. */
  checkDeployment(xml: string): Promise<Problem[]>;
  listDefinitions(options?: {
    latestOnly?: boolean;
    processId?: string;
  }): Promise<DefinitionRecord[]>;
  getDefinition(id: string): Promise<DefinitionRecord>;
  /**
   * The process names of definition versions as drawn (null when unnamed), by definition id:
   * held in memory, so naming the processes of a page of tasks costs no query once each
   * version has been read.
   */
  processNames(definitionIds: Iterable<string>): Promise<Map<string, string | null>>;
  /** Life-cycle stages × touchpoints × the latest deployed versions that serve them. */
  touchpointCatalogue(map: TouchpointMap): Promise<CatalogueEntry[]>;
  /**
   * The gaps over the latest deployed versions (see `Inventory`); a topic is served when a
   * worker asked for it within `workerWindowMs` of the clock's now (`workersSince`).
   */
  inventory(options: {
    map: TouchpointMap;
    workerWindowMs: number;
    available: InventoryInput['available'];
  }): Promise<Inventory & { workersSince: number }>;
  /** The XML a definition version was deployed from. */
  getDefinitionXml(id: string): Promise<string>;
  /** The flow nodes of a version as people named them, for reports that show names, not ids. */
  diagramElements(definitionId: string): Promise<DiagramElement[]>;
  /** What a version's diagram says of its touchpoints, promises, human tasks and topics. */
  definitionOutline(definitionId: string): Promise<DefinitionOutline>;
  listInstances(query: InstanceQuery): Promise<InstanceView[]>;
  /** How many instances `listInstances` would return without paging. */
  countInstances(query: InstanceQuery): Promise<number>;
  /**
   * Listens to committed changes, this node's and, on a store several nodes share, the other
   * nodes' too; returns the function that stops listening.
   */
  subscribe(listener: (event: EngineEvent) => void): () => void;
  /** What happened to a customer (the instances with this business key), newest first. */
  customerTimeline(
    businessKey: string,
    options?: CustomerTimelineOptions,
  ): Promise<CustomerTimelinePage>;
  /**
   * The window's escalations (work moved on by a timer or escalation event after its promise
   * broke), newest first, told as the customer timeline tells them.
   */
  escalations(window: EscalationWindow): Promise<Escalation[]>;
  /** The fields of the generated start form (`camunda:formData` on the none start event). */
  getStartForm(definitionId: string): Promise<FormField[]>;
  /** The `camunda:formKey` of the none start event, as written; null when it has none. */
  getStartFormKey(definitionId: string): Promise<string | null>;
  /**
   * The deployed file a start event's or task's form names (see `deployedForm`): a
   * `NotFoundError` when it is not deployed, an `InvalidRequestError` when the form key names
   * no deployed file or there is no form key or reference.
   */
  getDeployedForm(of: { definitionId: string } | { taskId: string }): Promise<DeployedForm>;
  /** Starts an instance; variables are checked against the start form (400 naming the field). */
  start(processId: string, options?: StartOptions): Promise<InstanceView>;
  getInstance(id: string): Promise<InstanceView>;
  /** `userId`, here and below, is the person who asked: history records who changed what. */
  cancelInstance(id: string, reason?: string, options?: { userId?: string }): Promise<void>;
  setVariables(
    instanceId: string,
    variables: Variables,
    target?: VariableTarget & { userId?: string },
  ): Promise<void>;
  /**
   * Sets, then removes, variables in one command, where they live (see `VariableTarget`);
   * names to remove that are held nowhere are ignored.
   */
  modifyVariables(
    instanceId: string,
    changes: { set?: Variables; remove?: string[] },
    target?: VariableTarget & { userId?: string },
  ): Promise<void>;
  /**
   * The variables visible from a token (a task's `tokenId`), one entry per scope, nearest
   * first: a name in an earlier entry shadows the same name further out. Without a token, the
   * process scope.
   */
  variableScopes(instanceId: string, tokenId?: string): Promise<VariableScope[]>;

  listTasks(query: TaskQuery): Promise<TaskRecord[]>;
  /** How many tasks `listTasks` would return without paging. */
  countTasks(query: TaskQuery): Promise<number>;
  getTask(id: string): Promise<TaskRecord>;
  claimTask(taskId: string, userId: string): Promise<void>;
  unclaimTask(taskId: string, options?: { userId?: string }): Promise<void>;
  /**
   * Sets (or clears, with null) the assignee whoever holds the task; `userId` is who did it.
   * With `owner`, the assignment is a delegation: history keeps the owner who handed it on.
   */
  assignTask(
    taskId: string,
    assignee: string | null,
    options?: { userId?: string; owner?: string },
  ): Promise<void>;
  /**
   * Changes an open task's own fields (name, priority, due and follow-up dates, candidates,
   * assignee) in one commit, under the condition that nobody changed its holder meanwhile
   * (`ConflictError` `task-changed`). New candidates are at once in the groups' task lists.
   * History records which fields changed (`task.updated`) and a new assignee (`task.assigned`).
   */
  updateTask(taskId: string, change: TaskChange, options?: { userId?: string }): Promise<void>;
  /**
   * The task's user throws a BPMN error (Camunda's `TaskService.handleBpmnError`): the error
   * boundary event on the task or an enclosing scope (or an error event subprocess) catches it,
   * with `variables` set first. One nothing catches ends the task's path, as a none end event.
   * Who may complete the task may throw (`forOthers` as for `completeTask`).
   */
  bpmnErrorTask(
    taskId: string,
    options: {
      errorCode: string;
      errorMessage?: string;
      variables?: Variables;
      userId?: string;
      forOthers?: boolean;
    },
  ): Promise<void>;
  /**
   * The task's user escalates (Camunda's `TaskService.handleEscalation`): an escalation boundary
   * event on the task or an enclosing scope (or an escalation event subprocess) catches it, with
   * `variables` set first; a non-interrupting one leaves the task open. One nothing catches is
   * refused (`InvalidRequestError` `escalation-not-caught`) and changes nothing.
   */
  escalateTask(
    taskId: string,
    options: {
      escalationCode: string;
      variables?: Variables;
      userId?: string;
      forOthers?: boolean;
    },
  ): Promise<void>;
  /**
   * Writes a comment on an open task, by `userId` (Camunda's task comments); it stays readable
   * after the task ends and goes with its instance in the history clean-up.
   */
  commentOnTask(
    taskId: string,
    message: string,
    options?: { userId?: string },
  ): Promise<TaskComment>;
  /** A task's comments, oldest first (also of a task that ended). */
  listTaskComments(taskId: string): Promise<TaskComment[]>;
  /**
   * The task's form: its key, the form-js schema it links (a deployed `.form` file; null when
   * none), and the fields a completion is checked against. A linked form that is not deployed
   * is a `NotFoundError` `form-not-found`.
   */
  getTaskForm(
    taskId: string,
  ): Promise<{ formKey: string | null; fields: FormField[]; schema: FormSchema | null }>;
  /**
   * Completes a task; variables are checked against its generated form (400 naming the fields).
   * A task held by someone other than `userId` is refused (`ConflictError` `task-claimed`)
   * unless `forOthers` says the caller may complete on the assignee's behalf; history then
   * records `userId` as who did it and the assignee as `onBehalfOf`.
   */
  completeTask(
    taskId: string,
    options?: { variables?: Variables; userId?: string; forOthers?: boolean },
  ): Promise<void>;

  /** Moves a token waiting at a receive task (or other wait state without a task) on. */
  trigger(instanceId: string, elementId: string, variables?: Variables): Promise<void>;

  fetchAndLock(request: FetchAndLockRequest): Promise<ExternalTaskRecord[]>;
  /**
   * The variables visible where a task (human or external) waits, as one map: its input
   * mappings and a multi-instance item included, inner ones shadowing outer ones, nearest
   * first; what a worker fetches and a task's form shows, as Camunda does. With `local`, the
   * token's own scope only; without a token, the process scope.
   */
  variablesAt(at: { instanceId: string; tokenId?: string; local?: boolean }): Promise<Variables>;
  completeExternalTask(
    id: string,
    options: { workerId: string; variables?: Variables },
  ): Promise<void>;
  failExternalTask(
    id: string,
    options: {
      workerId: string;
      errorMessage: string;
      errorDetails?: string;
      retries: number;
      retryTimeout: number;
    },
  ): Promise<void>;
  bpmnErrorExternalTask(
    id: string,
    options: { workerId: string; errorCode: string; errorMessage?: string; variables?: Variables },
  ): Promise<void>;
  /** The worker holding the lock moves its expiry to now + `newDuration` ms. */
  extendExternalTaskLock(
    id: string,
    options: { workerId: string; newDuration: number },
  ): Promise<void>;
  /** Releases the lock, whoever holds it; the task can be fetched again at once. */
  unlockExternalTask(id: string): Promise<void>;
  /** Locks one open, fetchable task by id for a worker (Camunda's `lock`). */
  lockExternalTask(
    id: string,
    options: { workerId: string; lockDuration: number },
  ): Promise<ExternalTaskRecord>;
  getExternalTask(id: string): Promise<ExternalTaskRecord>;
  listExternalTasks(query: ExternalTaskQuery): Promise<ExternalTaskRecord[]>;
  /** How many external tasks `listExternalTasks` would return without paging. */
  countExternalTasks(query: ExternalTaskQuery): Promise<number>;
  /**
   * Sets the retries left of an open external task: 0 raises a `failedExternalTask` incident,
   * more resolves its open incident so it can be fetched again. Several ids change in one
   * transaction: all of them, or none (`NotFoundError` when one is not open, `ConflictError`
   * when one changed meanwhile).
   */
  setExternalTaskRetries(ids: string | readonly string[], retries: number): Promise<void>;
  setExternalTaskPriority(id: string, priority: number): Promise<void>;
  /** Registers an in-process worker for a topic; it runs for tasks of that topic after their commit. */
  registerHandler(topic: string, handler: ServiceHandler): void;

  /**
   * Runs every job due at the clock's `now` (timers, async continuations); returns how many ran.
   * An aborted `signal` stops the run after the batch under way (a server shutting down).
   */
  runDueJobs(options?: { signal?: AbortSignal }): Promise<number>;
  listJobs(query: JobQuery): Promise<JobRecord[]>;
  /** How many jobs `listJobs` would return without paging. */
  countJobs(query: JobQuery): Promise<number>;
  getJob(id: string): Promise<JobRecord>;
  /**
   * Sets a job's retries left: 0 parks it with a `failedJob` incident, more resolves its
   * incident and makes it due again (at once if it was parked).
   */
  setJobRetries(id: string, retries: number): Promise<void>;
  /** Moves a job's due time. */
  setJobDueDate(id: string, dueAt: number): Promise<void>;
  /** Camunda's job priority: stored, listed and sorted by; acquisition stays in due order. */
  setJobPriority(id: string, priority: number): Promise<void>;
  /**
   * Computes a timer job's due date again from its timer definition, counted from its creation
   * or from now (see `recalculateDueDate`).
   */
  recalculateJobDueDate(id: string, options: { creationDateBased: boolean }): Promise<void>;
  /** Runs one job now, whatever its due time; a failure counts as an attempt and is thrown. */
  executeJob(id: string): Promise<void>;

  listIncidents(query: IncidentQuery): Promise<IncidentRecord[]>;
  /** How many incidents `listIncidents` would return without paging. */
  countIncidents(query: IncidentQuery): Promise<number>;
  /** Sets retries again and moves the stuck token on. */
  retryIncident(incidentId: string): Promise<void>;
  /**
   * Raises a custom incident (a type of the caller's choosing) at the one activity a running
   * instance waits in; `InvalidRequestError` when it is not running, waits in several, or the
   * type is one of the engine's.
   */
  createIncident(
    instanceId: string,
    incident: { type: string; message?: string | null },
  ): Promise<IncidentRecord>;
  /** Resolves an open custom incident; the engine's own types are refused (retry them). */
  resolveIncident(incidentId: string): Promise<void>;
  /** Sets (or, with null, clears) an operator's note on an open incident. */
  annotateIncident(incidentId: string, annotation: string | null): Promise<void>;
  history(instanceId: string): Promise<StoredHistoryEntry[]>;
  /** Passes through flow nodes, from the history (Camunda's historic activity instances). */
  listActivityPasses(query: ActivityPassQuery): Promise<ActivityPass[]>;
  /** How many passes `listActivityPasses` would return without paging. */
  countActivityPasses(query: ActivityPassQuery): Promise<number>;
  /** Camunda's duration report of ended instances by month or quarter of their start (see the store's). */
  instanceDurationReport(query: DurationReportQuery): Promise<DurationReportRow[]>;

  /** Delivers a message to exactly one waiting execution, or starts an instance by message start event. */
  correlateMessage(request: CorrelateRequest): Promise<CorrelationResult[]>;
  /** Reaches every waiting signal catch and starts every process with that signal start; returns how many. */
  broadcastSignal(request: { signalName: string; variables?: Variables }): Promise<number>;
  listEventSubscriptions(query: SubscriptionQuery): Promise<EventSubscriptionRecord[]>;
  /** How many subscriptions `listEventSubscriptions` would return without paging. */
  countEventSubscriptions(query: SubscriptionQuery): Promise<number>;

  /** SLA records: running and closed, for task lists and dashboards. */
  listSlas(query: SlaQuery): Promise<SlaRecord[]>;
  /**
   * Gives a running SLA a new target duration (ISO 8601 or ms), counted from its start: time
   * already spent and paused stays spent, and the activity's timers move with the target.
   */
  retargetSla(request: {
    instanceId: string;
    slaId: string;
    duration: string | number;
  }): Promise<void>;

  /**
   * The history clean-up (`retention/history-cleanup.ts`): removes the instances that ended
   * longer ago than their version's `camunda:historyTimeToLive` (or the engine's default), with
   * everything kept of them, in batches. Does nothing while another node holds its lease.
   */
  cleanUpHistory(
    options?: Pick<HistoryCleanupOptions, 'batchSize' | 'signal'>,
  ): Promise<HistoryCleanupReport>;

  /**
   * Resolves once every change that a read can see now is on disk (see `Store.durable`).
   * What a reader outside the engine is shown must not vanish in a crash: the API awaits this
   * before serving a read.
   */
  durable(): Promise<void>;

  close(): Promise<void>;
}

/** What `updateTask` may change of an open task; an absent field stays as it is. */
export interface TaskChange {
  name?: string | null;
  priority?: number;
  dueAt?: number | null;
  followUpAt?: number | null;
  assignee?: string | null;
  candidateUsers?: string[];
  candidateGroups?: string[];
}

export interface ServiceTaskContext {
  instanceId: string;
  elementId: string;
  businessKey?: string | null;
  variables: Variables;
}

/** Returns variables to set on completion. Throw `BpmnError` for a business error, anything else fails the task. */
export type ServiceHandler = (
  task: ServiceTaskContext,
) => Promise<Variables | void> | Variables | void;
