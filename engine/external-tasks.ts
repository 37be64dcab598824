import type { FetchAndLockRequest, ServiceHandler, Variables } from './engine-interface.ts';
import { BpmnError, NotFoundError, SuspendedError } from './errors.ts';
import type { InstanceEvent } from './lifecycle/instance.machine.ts';
import type { Clock } from './ports/clock.ts';
import type {
  ExternalTaskRecord,
  IncidentRecord,
  InstanceRecord,
  Store,
  UnitOfWork,
} from './ports/store.ts';
import type { InstanceState } from './runtime/instance-state.ts';
import { externalTaskAfter, type ExternalTaskEvent } from './lifecycle/external-task.machine.ts';
import { WorkerSightings } from './worker-sightings.ts';

type Command = (
  instanceId: string,
  makeEvent: (record: InstanceRecord, state: InstanceState) => InstanceEvent,
  extra?: (
    record: InstanceRecord,
  ) =>
    | Partial<Pick<UnitOfWork, 'externalTasks' | 'incidents' | 'history'>>
    | Promise<Partial<Pick<UnitOfWork, 'externalTasks' | 'incidents' | 'history'>>>,
) => Promise<InstanceRecord>;

/** Worker id of the handlers registered in code. */
const IN_PROCESS_WORKER = 'promesa-in-process';
/** Attempts an in-process handler gets before its failure becomes an incident. */
const IN_PROCESS_RETRIES = 3;
const IN_PROCESS_LOCK_MS = 5 * 60_000;

/**
 * External tasks with Camunda 7 semantics: fetch and lock by topic, complete, fail with
 * retries (0 left raises an incident), BPMN error. Handlers registered in code are workers too:
 * they take their tasks from the store after the creating command committed, so a crash
 * in between loses nothing.
 */
export class ExternalTasks {
  private readonly handlers = new Map<string, ServiceHandler>();
  private readonly sightings: WorkerSightings;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly engine: {
      command: Command;
      commit(work: UnitOfWork): Promise<void>;
      variablesOf(task: ExternalTaskRecord): Promise<Variables>;
    },
  ) {
    this.sightings = new WorkerSightings(store, clock);
  }

  async fetchAndLock(request: FetchAndLockRequest): Promise<ExternalTaskRecord[]> {
    await this.sightings.seen(
      request.workerId,
      request.topics.map((t) => t.topicName),
    );
    if (request.maxTasks < 1) return [];
    return this.store.lockExternalTasks({
      workerId: request.workerId,
      maxTasks: request.maxTasks,
      usePriority: request.usePriority,
      now: this.clock.now(),
      topics: request.topics.map((t) => ({
        name: t.topicName,
        lockDuration: t.lockDuration,
        processIds: t.processDefinitionKey ? [t.processDefinitionKey] : undefined,
        businessKey: t.businessKey,
      })),
    });
  }

  async complete(id: string, options: { workerId: string; variables?: Variables }): Promise<void> {
    await this.completeOnly(id, options);
    await this.runHandlers();
  }

  async bpmnError(
    id: string,
    options: { workerId: string; errorCode: string; errorMessage?: string; variables?: Variables },
  ): Promise<void> {
    await this.bpmnErrorOnly(id, options);
    await this.runHandlers();
  }

  private async completeOnly(
    id: string,
    { workerId, variables = {} }: { workerId: string; variables?: Variables },
  ): Promise<void> {
    const done = (at: number): ExternalTaskEvent => ({ type: 'complete', at, workerId });
    const first = await this.checked(id, done(this.clock.now()));
    await this.engine.command(
      first.instanceId,
      () => ({ type: 'token.signal', tokenId: first.tokenId, variables, at: this.clock.now() }),
      () => this.finished(id, done(this.clock.now())),
    );
  }

  private async bpmnErrorOnly(
    id: string,
    {
      workerId,
      errorCode,
      errorMessage,
      variables = {},
    }: { workerId: string; errorCode: string; errorMessage?: string; variables?: Variables },
  ): Promise<void> {
    const done = (at: number): ExternalTaskEvent => ({ type: 'bpmnError', at, workerId });
    const first = await this.checked(id, done(this.clock.now()));
    await this.engine.command(
      first.instanceId,
      () => ({
        type: 'token.error',
        tokenId: first.tokenId,
        errorCode,
        errorMessage,
        variables,
        at: this.clock.now(),
      }),
      () => this.finished(id, done(this.clock.now())),
    );
  }

  /** A failure with retries left makes the task fetchable again after `retryTimeout` ms. */
  async fail(
    id: string,
    options: {
      workerId: string;
      errorMessage: string;
      errorDetails?: string;
      retries: number;
      retryTimeout: number;
    },
  ): Promise<void> {
    const now = this.clock.now();
    const { task, next } = await this.advanced(id, {
      type: 'fail',
      at: now,
      workerId: options.workerId,
      retries: options.retries,
      retryTimeout: options.retryTimeout,
    });
    const retries = next.retries ?? 0;
    const updated: ExternalTaskRecord = {
      ...next,
      errorMessage: options.errorMessage,
      errorDetails: options.errorDetails ?? null,
    };
    const incidents: IncidentRecord[] = [];
    if (retries === 0) {
      incidents.push({
        id: `${task.id}.incident.${now}`,
        type: 'failedExternalTask',
        instanceId: task.instanceId,
        elementId: task.elementId,
        tokenId: task.tokenId,
        externalTaskId: task.id,
        message: options.errorMessage,
        createdAt: now,
        resolvedAt: null,
      });
    }
    await this.engine.commit({
      externalTaskConditions: held(task),
      externalTasks: [updated],
      incidents,
      history: [
        {
          instanceId: task.instanceId,
          kind: retries === 0 ? 'incident.raised' : 'externalTask.failed',
          elementId: task.elementId,
          tokenId: task.tokenId,
          at: now,
          data: { externalTaskId: task.id, retries, message: options.errorMessage },
        },
      ],
    });
  }

  /** Camunda's extendLock: only the worker holding an unexpired lock may extend it. */
  async extendLock(
    id: string,
    { workerId, newDuration }: { workerId: string; newDuration: number },
  ): Promise<void> {
    const { task, next } = await this.advanced(id, {
      type: 'extendLock',
      at: this.clock.now(),
      workerId,
      newDuration,
    });
    await this.engine.commit({ externalTaskConditions: held(task), externalTasks: [next] });
  }

  /** Camunda's unlock: clears worker and lock, whoever held it. */
  async unlock(id: string): Promise<void> {
    const { task, next } = await this.advanced(id, { type: 'unlock', at: this.clock.now() });
    await this.engine.commit({ externalTaskConditions: held(task), externalTasks: [next] });
  }

  /**
   * Locks one task by id for a worker (Camunda's `POST /external-task/{id}/lock`): it must be
   * open, fetchable now, and not locked by another worker.
   */
  async lock(
    id: string,
    { workerId, lockDuration }: { workerId: string; lockDuration: number },
  ): Promise<ExternalTaskRecord> {
    const at = this.clock.now();
    const { task, next } = await this.advanced(id, { type: 'lock', at, workerId, lockDuration });
    await this.engine.commit({ externalTaskConditions: held(task), externalTasks: [next] });
    return next;
  }

  /** Resolving an external-task incident gives the task one more attempt. */
  async retry(incident: IncidentRecord): Promise<void> {
    const now = this.clock.now();
    const { task, next } = await this.advanced(incident.externalTaskId!, {
      type: 'retry',
      at: now,
    });
    await this.engine.commit({
      externalTaskConditions: held(task),
      externalTasks: [next],
      incidents: [{ ...incident, resolvedAt: now }],
      history: [
        {
          instanceId: task.instanceId,
          kind: 'incident.resolved',
          elementId: task.elementId,
          at: now,
          data: { incidentId: incident.id },
        },
      ],
    });
    await this.runHandlers();
  }

  /**
   * An operator sets the retries left (Camunda's `setRetries`): 0 raises a `failedExternalTask`
   * incident, more resolves the task's open incident so it can be fetched again. Several tasks
   * change in one unit of work: all of them, or none when any is gone or changed meanwhile.
   */
  async setRetries(ids: readonly string[], retries: number): Promise<void> {
    const now = this.clock.now();
    const units: UnitOfWork[] = [];
    for (const id of new Set(ids)) units.push(await this.retriesSet(id, retries, now));
    await this.engine.commit({
      externalTaskConditions: units.flatMap((u) => u.externalTaskConditions ?? []),
      externalTasks: units.flatMap((u) => u.externalTasks ?? []),
      incidents: units.flatMap((u) => u.incidents ?? []),
      history: units.flatMap((u) => u.history ?? []),
    });
    if (units.some((u) => u.incidents?.some((i) => i.resolvedAt !== null)))
      await this.runHandlers();
  }

  /** The unit of work that sets one task's retries. */
  private async retriesSet(id: string, retries: number, now: number): Promise<UnitOfWork> {
    const { task, next } = await this.advanced(id, { type: 'setRetries', at: now, retries });
    const open = (
      await this.store.listIncidents({ instanceId: task.instanceId, open: true })
    ).filter((i) => i.externalTaskId === task.id);
    const raised = next.retries === 0 && open.length === 0;
    const resolved = next.retries !== 0 ? open : [];
    return {
      externalTaskConditions: held(task),
      externalTasks: [next],
      incidents: [
        ...resolved.map((i) => ({ ...i, resolvedAt: now })),
        ...(raised
          ? [
              {
                id: `${task.id}.incident.${now}`,
                type: 'failedExternalTask' as const,
                instanceId: task.instanceId,
                elementId: task.elementId,
                tokenId: task.tokenId,
                externalTaskId: task.id,
                message: task.errorMessage ?? 'Retries set to 0',
                createdAt: now,
                resolvedAt: null,
              },
            ]
          : []),
      ],
      history: [
        ...resolved.map((i) => ({
          instanceId: task.instanceId,
          kind: 'incident.resolved',
          elementId: task.elementId,
          at: now,
          data: { incidentId: i.id },
        })),
        ...(raised
          ? [
              {
                instanceId: task.instanceId,
                kind: 'incident.raised',
                elementId: task.elementId,
                tokenId: task.tokenId,
                at: now,
                data: { externalTaskId: task.id, retries: 0 },
              },
            ]
          : []),
      ],
    };
  }

  /** Camunda's `setPriority`: fetches that use priority take higher ones first. */
  async setPriority(id: string, priority: number): Promise<void> {
    const task = await this.store.getExternalTask(id);
    if (task?.state !== 'open')
      throw new NotFoundError('external-task-not-found', `External task ${id} does not exist`);
    await this.engine.commit({
      externalTaskConditions: held(task),
      externalTasks: [{ ...task, priority }],
    });
  }

  register(topic: string, handler: ServiceHandler): void {
    this.handlers.set(topic, handler);
  }

  /** Runs in-process handlers until none of their tasks is fetchable; one run at a time. */
  runHandlers(): Promise<void> {
    if (this.handlers.size === 0) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  async idle(): Promise<void> {
    await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const tasks = await this.fetchAndLock({
          workerId: IN_PROCESS_WORKER,
          maxTasks: 10,
          topics: [...this.handlers.keys()].map((topicName) => ({
            topicName,
            lockDuration: IN_PROCESS_LOCK_MS,
          })),
        });
        if (tasks.length === 0) break;
        for (const task of tasks) await this.runHandler(task);
      }
    } while (this.again);
  }

  private async runHandler(task: ExternalTaskRecord): Promise<void> {
    const handler = this.handlers.get(task.topic)!;
    let result: Variables | void;
    try {
      const variables = await this.engine.variablesOf(task);
      result = await handler({
        instanceId: task.instanceId,
        elementId: task.elementId,
        businessKey: task.businessKey,
        variables,
      });
    } catch (error) {
      if (error instanceof BpmnError) {
        return this.bpmnErrorOnly(task.id, {
          workerId: IN_PROCESS_WORKER,
          errorCode: error.code,
          errorMessage: error.message,
        });
      }
      const retries = (task.retries ?? IN_PROCESS_RETRIES) - 1;
      return this.fail(task.id, {
        workerId: IN_PROCESS_WORKER,
        errorMessage: (error as Error).message ?? String(error),
        retries,
        retryTimeout: 0,
      });
    }
    await this.completeOnly(task.id, { workerId: IN_PROCESS_WORKER, variables: result ?? {} });
  }

  /** Completion rows: the task done, on condition nobody changed it since it was read. */
  private async finished(id: string, event: ExternalTaskEvent) {
    const { task, next } = await this.advanced(id, event);
    return { externalTaskConditions: held(task), externalTasks: [next] };
  }

  /**
   * The task as read, and as it is after `event` by its lock's lifecycle. A suspended task takes
   * no worker's work (Camunda's `ExternalTaskEntity.ensureActive`): no lock, completion, failure
   * or extension; unlocking it and setting its retries still go.
   */
  private async advanced(id: string, event: ExternalTaskEvent) {
    const task = await this.store.getExternalTask(id);
    if (!task)
      throw new NotFoundError('external-task-not-found', `External task ${id} does not exist`);
    if (task.suspended && WORKER_EVENTS.has(event.type))
      throw new SuspendedError('external task', id);
    return { task, next: externalTaskAfter(task, event) };
  }

  /** The task as read now, if `event` may happen to it (the check before a command's step). */
  private async checked(id: string, event: ExternalTaskEvent): Promise<ExternalTaskRecord> {
    return (await this.advanced(id, event)).task;
  }
}

const WORKER_EVENTS: ReadonlySet<ExternalTaskEvent['type']> = new Set([
  'lock',
  'extendLock',
  'complete',
  'bpmnError',
  'fail',
]);

/** The write holds only if the task is still open and held by the worker seen when it was read. */
function held(task: ExternalTaskRecord) {
  return [{ id: task.id, state: 'open' as const, workerId: task.workerId ?? null }];
}
