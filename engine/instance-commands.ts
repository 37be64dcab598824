import type { EngineEvent, StartOptions } from './engine-interface.ts';
import {
  ConflictError,
  EngineError,
  InvalidRequestError,
  NotFoundError,
  SuspendedError,
} from './errors.ts';
import type { CompiledDefinition, Definitions } from './definitions.ts';
import type { InstanceEvent } from './lifecycle/instance.machine.ts';
import type { Clock } from './ports/clock.ts';
import type { IdGenerator } from './ports/ids.ts';
import type { InstanceRecord, JobRecord, Store, TaskRecord, UnitOfWork } from './ports/store.ts';
import type { WorkDirectory } from './ports/work-directory.ts';
import { newJob, type SignalThrowPayload } from './jobs/new-job.ts';
import type { InstanceState } from './runtime/instance-state.ts';
import type { CallerLink } from './elements/call-activity/call-link.ts';
import { readSnapshot } from './runtime/snapshot-format.ts';
import { policyTerms, usesSlaPolicies } from './runtime/sla-policy.ts';
import { stepNew, stepStored, type StepResult } from './runtime/step.ts';
import { relayCommittedChanges } from './remote-changes.ts';
import { toUnitOfWork } from './runtime/unit-of-work.ts';
import type { EngineLimits } from './limits.ts';
import { checkVariables } from './variable-limits.ts';
import { planDistributions } from './work-distribution.ts';

/** Rows a command writes beside the instance step: the completed task, the fired job. */
export type Extra = Omit<UnitOfWork, 'instance'>;

/**
 * The write path shared by every command: load the instance, run one pure step of its machine,
 * commit the snapshot with the step's effects in one unit of work, then announce the change.
 */
export class InstanceCommands {
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  /** Set when a commit wrote an internal job (call activities), which the engine runs before the command returns. */
  internalJobsWritten = false;
  private stopRelay?: () => void;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly definitions: Definitions,
    private readonly maxAttempts: number,
    private readonly limits: EngineLimits,
    /** Who may be handed work; without it every lane's tasks wait to be claimed. */
    private readonly directory?: WorkDirectory,
  ) {}

  async load(id: string): Promise<InstanceRecord> {
    const record = await this.store.getInstance(id);
    if (!record)
      throw new NotFoundError('instance-not-found', `Process instance ${id} does not exist`);
    return record;
  }

  /**
   * Runs an event against an instance and commits it; when another writer advanced the
   * instance meanwhile, the command is re-read and re-run (optimistic locking).
   */
  async command(
    instanceId: string,
    makeEvent: (
      record: InstanceRecord,
      state: InstanceState,
    ) => InstanceEvent | Promise<InstanceEvent>,
    extra: (record: InstanceRecord) => Extra | Promise<Extra> = () => ({}),
  ): Promise<InstanceRecord> {
    for (let attempt = 1; ; attempt++) {
      const record = await this.load(instanceId);
      if (record.status !== 'active') {
        throw new ConflictError(
          'instance-ended',
          `Process instance ${instanceId} has already ended (${record.status})`,
        );
      }
      const compiled = await this.definitions.byId(record.definitionId);
      const stored = readSnapshot(record.snapshot, record.id);
      const event = await makeEvent(record, stored.context);
      if (record.suspended && !runsWhileSuspended(event))
        throw new SuspendedError('process instance', instanceId);
      if ('variables' in event) checkVariables(event.variables, this.limits);
      const result = runStep(() => stepStored(compiled.machine, stored, event));
      const next = this.nextRecord(record, result);
      try {
        await this.commitStep(next, record.version, result, await extra(record));
        return next;
      } catch (error) {
        if (
          !(error instanceof ConflictError) ||
          error.code !== 'instance-version-conflict' ||
          attempt >= this.maxAttempts
        )
          throw error;
      }
    }
  }

  /**
   * Creates an instance of a compiled definition and runs it to its first wait states. A called
   * instance comes with the id its caller chose and the link back to the calling token.
   */
  async start(
    compiled: CompiledDefinition,
    options: StartOptions & StartLink,
    extra: Extra = {},
  ): Promise<InstanceRecord> {
    checkVariables(options.variables, this.limits);
    // Read from the store, not the compiled cache: another node may have suspended it.
    if ((await this.store.getDefinition(compiled.record.id))?.suspended)
      throw new SuspendedError('process definition', compiled.record.id);
    const instanceId = options.instanceId ?? this.ids.next();
    const rootScopeId = `${instanceId}.0`;
    const processId = compiled.record.processId;
    const initial: InstanceState = {
      instanceId,
      definitionId: compiled.record.id,
      processId,
      businessKey: options.businessKey ?? null,
      status: 'active',
      seq: 0,
      rootScopeId,
      tokens: {},
      scopes: { [rootScopeId]: { id: rootScopeId, elementId: processId, variables: {} } },
      ...(options.caller ? { caller: options.caller } : {}),
    };
    // The policies of this moment are the instance's for its whole life.
    if (usesSlaPolicies(compiled.graph))
      initial.slaPolicies = policyTerms(await this.store.listSlaPolicies());
    const at = this.clock.now();
    const event: InstanceEvent = {
      type: 'instance.start',
      variables: options.variables ?? {},
      startElementId: options.startElementId,
      at,
      userId: options.userId ?? null,
    };
    const result = runStep(() => stepNew(compiled.machine, initial, event), InvalidRequestError);
    const record = this.nextRecord(
      {
        id: instanceId,
        definitionId: compiled.record.id,
        processId,
        businessKey: options.businessKey ?? null,
        status: 'active',
        version: 0,
        snapshot: null,
        startedAt: at,
        endedAt: null,
        parentInstanceId: options.caller?.instanceId ?? null,
        suspended: false,
      },
      result,
    );
    await this.commitStep(record, null, result, extra);
    return record;
  }

  /**
   * Commits a unit of work, then tells listeners what changed. New tasks of lanes that hand out
   * their work go to the store with the people who may get them; the store picks one.
   */
  async commit(work: UnitOfWork): Promise<void> {
    const distributions = this.directory
      ? await planDistributions(work, (id) => this.definitions.byId(id), this.directory)
      : [];
    await this.store.commit(distributions.length > 0 ? { ...work, distributions } : work);
    if (work.jobsToInsert?.some((job) => job.kind === 'internal')) this.internalJobsWritten = true;
    if (this.listeners.size === 0) return;
    const events: EngineEvent[] = [];
    for (const task of await this.assigned(work.tasks ?? [], distributions))
      events.push({ type: 'task.changed', task });
    for (const incident of work.incidents ?? [])
      events.push({ type: 'incident.changed', incident });
    for (const sla of work.slas ?? []) events.push({ type: 'sla.changed', sla });
    const due = (work.jobsToInsert ?? []).map((job) => job.dueAt);
    if (due.length > 0) events.push({ type: 'jobs.scheduled', earliestDueAt: Math.min(...due) });
    const instance = work.instance?.record;
    if (instance)
      events.push({
        type: 'instance.changed',
        instanceId: instance.id,
        processId: instance.processId,
        businessKey: instance.businessKey,
        status: instance.status,
      });
    for (const event of events) for (const listener of this.listeners) listener(event);
  }

  /** The tasks as committed: those the store handed to someone, read back with their assignee. */
  private async assigned(
    tasks: TaskRecord[],
    distributions: { taskId: string }[],
  ): Promise<TaskRecord[]> {
    if (distributions.length === 0) return tasks;
    const handed = new Set(distributions.map((d) => d.taskId));
    return Promise.all(
      tasks.map(async (task) =>
        handed.has(task.id) ? ((await this.store.getTask(task.id)) ?? task) : task,
      ),
    );
  }

  /** Tells listeners of a change committed elsewhere (a deployment's start timers). */
  notify(event: EngineEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The first listener starts relaying other nodes' commits; the last one stops it. */
  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    this.stopRelay ??= relayCommittedChanges(this.store, (event) => this.notify(event));
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.stopRelay?.();
      this.stopRelay = undefined;
    };
  }

  /**
   * A thrown signal reaches other instances in their own transactions, so it leaves the step as
   * an internal job written with it: a crash after the commit delays the broadcast, never loses it.
   */
  private async commitStep(
    record: InstanceRecord,
    expectedVersion: number | null,
    result: StepResult,
    extra: Extra,
  ) {
    const signals = thrownSignals(result).map((signal) => this.signalJob(signal));
    const withSignals =
      signals.length > 0
        ? { ...extra, jobsToInsert: [...(extra.jobsToInsert ?? []), ...signals] }
        : extra;
    const work = await toUnitOfWork(
      this.store,
      { record, expectedVersion },
      result.effects,
      withSignals,
    );
    // A suspended instance's step (a re-targeted SLA) schedules timers that wait like its others.
    if (record.suspended)
      work.jobsToInsert = work.jobsToInsert?.map((job) =>
        job.instanceId === record.id && waitsWhileSuspended(job)
          ? { ...job, suspended: true }
          : job,
      );
    await this.commit(work);
  }

  private signalJob(signal: ThrownSignal): JobRecord {
    const now = this.clock.now();
    const payload: SignalThrowPayload = {
      type: 'signal-throw',
      signalName: signal.signalName,
      notFor: [...signal.notFor],
    };
    return newJob({ id: this.ids.next(), payload, dueAt: now, createdAt: now });
  }

  private nextRecord(record: InstanceRecord, result: StepResult): InstanceRecord {
    const ended = result.state.status !== 'active';
    return {
      ...record,
      status: result.state.status,
      version: record.version + 1,
      snapshot: result.snapshot,
      endedAt: ended ? this.clock.now() : null,
      // Suspension is a state of running work: an instance cancelled while suspended ends as any other.
      suspended: ended ? false : record.suspended,
    };
  }
}

/**
 * What a suspended instance still takes (Camunda 7): changes to its variables, its deletion, and
 * its SLA clocks' checks and re-targets, which move no token. Tokens wait for activation.
 */
function runsWhileSuspended(event: InstanceEvent): boolean {
  switch (event.type) {
    case 'variables.set':
    case 'instance.cancel':
    case 'sla.retarget':
      return true;
    case 'job.fired':
      return event.payload.type === 'sla-check';
    default:
      return false;
  }
}

/**
 * Jobs that wait while their instance is suspended: all but SLA checks. The promise runs on while
 * the company holds the work (README "Suspension"), so its at-risk and breach checks go on.
 */
export function waitsWhileSuspended(job: JobRecord): boolean {
  return job.payload.type !== 'sla-check';
}

/** How an instance comes to be, beyond `StartOptions`: a start event, or a calling token. */
export interface StartLink {
  startElementId?: string;
  instanceId?: string;
  caller?: CallerLink;
}

interface ThrownSignal {
  signalName: string;
  /** Catches armed later in the same step: a signal is not buffered, so they miss it. */
  notFor: Set<string>;
}

function thrownSignals(result: StepResult): ThrownSignal[] {
  const thrown: ThrownSignal[] = [];
  for (const effect of result.effects) {
    if (effect.type === 'signal.thrown')
      thrown.push({ signalName: effect.signalName, notFor: new Set() });
    else if (effect.type === 'subscription.opened')
      for (const t of thrown) t.notFor.add(effect.subscription.id);
  }
  return thrown;
}

/** A step that refuses the command (not an incident) surfaces as a typed error, nothing written. */
function runStep(step: () => StepResult, as: typeof EngineError = ConflictError): StepResult {
  try {
    return step();
  } catch (error) {
    if (error instanceof EngineError && error.constructor === EngineError)
      throw new as(error.code, error.message, error.details);
    throw error;
  }
}
