import type {
  DeployInput,
  Engine,
  InstanceView,
  ServiceHandler,
  StartOptions,
  Variables,
} from './engine-interface.ts';
import { ConflictError, EngineError, InvalidRequestError, NotFoundError } from './errors.ts';
import { Definitions } from './definitions.ts';
import { ExternalTasks } from './external-tasks.ts';
import { stateOf, toInstanceView } from './instance-view.ts';
import type { InstanceEvent } from './lifecycle/instance.machine.ts';
import { systemClock, type Clock } from './ports/clock.ts';
import { uuidIds, type IdGenerator } from './ports/ids.ts';
import type { InstanceRecord, Store, TaskQuery, TaskRecord, UnitOfWork } from './ports/store.ts';
import { runJavaScript } from './runtime/javascript-sandbox.ts';
import type { InstanceState } from './runtime/instance-state.ts';
import { stepNew, stepStored, type StepResult } from './runtime/step.ts';
import { toUnitOfWork } from './runtime/unit-of-work.ts';

export interface EngineOptions {
  store: Store;
  clock?: Clock;
  ids?: IdGenerator;
  /** JavaScript script tasks run only when the server enables them. */
  allowJavaScript?: boolean;
  /** How often a command is re-run when another writer advanced the same instance first. */
  maxAttempts?: number;
}

/** Extra rows a command writes beside the instance step (the completed task, say). */
type Extra = Partial<Pick<UnitOfWork, 'tasks' | 'externalTasks' | 'incidents' | 'history'>>;

/**
 * Creates an engine over a store. Every command loads the instance, runs one pure step of its
 * machine and commits the snapshot with the step's effects in one unit of work.
 *
 * @example
 * const engine = createEngine({ store: openSqliteStore({ filename: 'promesa.db' }) });
 * await engine.deploy({ name: 'complaint.bpmn', xml });
 * const instance = await engine.start('complaint-handling', { businessKey: 'customer-42' });
 */
export function createEngine(options: EngineOptions): Engine {
  const store = options.store;
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? uuidIds;
  const maxAttempts = options.maxAttempts ?? 5;
  const definitions = new Definitions(store, clock, ids, {
    allowJavaScript: options.allowJavaScript ?? false,
    runScript: options.allowJavaScript ? runJavaScript : undefined,
  });

  async function loadInstance(id: string): Promise<InstanceRecord> {
    const record = await store.getInstance(id);
    if (!record) throw new NotFoundError('instance-not-found', `Process instance ${id} does not exist`);
    return record;
  }

  /**
   * Runs an event against an instance and commits it; when another writer advanced the
   * instance meanwhile, the command is re-read and re-run (optimistic locking).
   */
  async function command(
    instanceId: string,
    makeEvent: (record: InstanceRecord, state: InstanceState) => InstanceEvent | Promise<InstanceEvent>,
    extra: (record: InstanceRecord) => Extra | Promise<Extra> = () => ({}),
  ): Promise<InstanceRecord> {
    for (let attempt = 1; ; attempt++) {
      const record = await loadInstance(instanceId);
      if (record.status !== 'active') {
        throw new ConflictError('instance-ended', `Process instance ${instanceId} has already ended (${record.status})`);
      }
      const compiled = await definitions.byId(record.definitionId);
      const event = await makeEvent(record, stateOf(record));
      const result = runStep(() => stepStored(compiled.machine, record.snapshot, event));
      const next = nextRecord(record, result);
      try {
        await commitStep(next, record.version, result, await extra(record));
        return next;
      } catch (error) {
        if (!(error instanceof ConflictError) || error.code !== 'instance-version-conflict' || attempt >= maxAttempts) throw error;
      }
    }
  }

  async function commitStep(record: InstanceRecord, expectedVersion: number | null, result: StepResult, extra: Extra) {
    const work = await toUnitOfWork(store, { record, expectedVersion }, result.effects, extra);
    if (extra.history) work.history!.push(...extra.history);
    await store.commit(work);
  }

  function nextRecord(record: InstanceRecord, result: StepResult): InstanceRecord {
    const ended = result.state.status !== 'active';
    return {
      ...record,
      status: result.state.status,
      version: record.version + 1,
      snapshot: result.snapshot,
      endedAt: ended ? clock.now() : null,
    };
  }

  async function openTask(taskId: string): Promise<TaskRecord> {
    const task = await store.getTask(taskId);
    if (!task) throw new NotFoundError('task-not-found', `Task ${taskId} does not exist`);
    if (task.state !== 'open') throw new ConflictError('task-not-open', `Task ${taskId} is already ${task.state}`);
    return task;
  }

  const externalTasks = new ExternalTasks(store, clock, {
    command,
    getVariables: async (instanceId) => (await engine.getInstance(instanceId)).variables,
  });

  const engine: Engine = {
    deploy: (input: DeployInput) => definitions.deploy(input),

    async start(processId: string, startOptions: StartOptions = {}): Promise<InstanceView> {
      const compiled = await definitions.resolve(processId, startOptions.definitionId);
      const instanceId = ids.next();
      const rootScopeId = `${instanceId}.0`;
      const initial: InstanceState = {
        instanceId,
        definitionId: compiled.record.id,
        processId: compiled.record.processId,
        businessKey: startOptions.businessKey ?? null,
        status: 'active',
        seq: 0,
        rootScopeId,
        tokens: {},
        scopes: { [rootScopeId]: { id: rootScopeId, elementId: compiled.record.processId, variables: {} } },
      };
      const at = clock.now();
      const event: InstanceEvent = { type: 'instance.start', variables: startOptions.variables ?? {}, at, userId: startOptions.userId ?? null };
      const result = runStep(() => stepNew(compiled.machine, initial, event), InvalidRequestError);
      const record = nextRecord(
        {
          id: instanceId,
          definitionId: compiled.record.id,
          processId: compiled.record.processId,
          businessKey: startOptions.businessKey ?? null,
          status: 'active',
          version: 0,
          snapshot: null,
          startedAt: at,
          endedAt: null,
          parentInstanceId: null,
        },
        result,
      );
      await commitStep(record, null, result, {});
      await externalTasks.runHandlers();
      return toInstanceView(record);
    },

    async getInstance(id) {
      return toInstanceView(await loadInstance(id));
    },

    async cancelInstance(id, reason = 'cancelled') {
      await command(id, () => ({ type: 'instance.cancel', reason, at: clock.now() }));
    },

    async setVariables(instanceId, variables) {
      await command(instanceId, () => ({ type: 'variables.set', variables, at: clock.now() }));
    },

    listTasks: (query: TaskQuery) => store.listTasks(query),

    async getTask(id) {
      const task = await store.getTask(id);
      if (!task) throw new NotFoundError('task-not-found', `Task ${id} does not exist`);
      return task;
    },

    async claimTask(taskId, userId) {
      const task = await openTask(taskId);
      if (task.assignee && task.assignee !== userId) {
        throw new ConflictError('task-claimed', `Task ${taskId} is already claimed by ${task.assignee}`);
      }
      const at = clock.now();
      await store.commit({
        tasks: [{ ...task, assignee: userId, claimedAt: at, claimedBy: userId }],
        history: [{ instanceId: task.instanceId, kind: 'task.claimed', elementId: task.elementId, at, userId, data: { taskId } }],
      });
    },

    async unclaimTask(taskId) {
      const task = await openTask(taskId);
      const at = clock.now();
      await store.commit({
        tasks: [{ ...task, assignee: null, claimedAt: null, claimedBy: null }],
        history: [{ instanceId: task.instanceId, kind: 'task.unclaimed', elementId: task.elementId, at, data: { taskId } }],
      });
    },

    async completeTask(taskId, { variables = {}, userId = null } = {}) {
      const first = await openTask(taskId);
      if (userId && first.assignee && first.assignee !== userId) {
        throw new ConflictError('task-claimed', `Task ${taskId} is claimed by ${first.assignee}`);
      }
      await command(
        first.instanceId,
        async () => {
          const task = await openTask(taskId);
          return { type: 'token.signal', tokenId: task.tokenId, variables, at: clock.now(), userId };
        },
        async () => {
          const task = await openTask(taskId);
          const at = clock.now();
          return {
            tasks: [{ ...task, state: 'completed', completedAt: at, completedBy: userId }],
            history: [{ instanceId: task.instanceId, kind: 'task.completed', elementId: task.elementId, at, userId, data: { taskId } }],
          };
        },
      );
      await externalTasks.runHandlers();
    },

    async trigger(instanceId, elementId, variables = {}) {
      await command(instanceId, (_record, state) => {
        const token = Object.values(state.tokens).find(
          (t) => t.elementId === elementId && t.state === 'waiting' && !t.taskId && !t.externalTaskId && !t.childScopeId,
        );
        if (!token) throw new ConflictError('not-waiting', `Nothing waits at ${elementId} in instance ${instanceId}`, { elementId });
        return { type: 'token.signal', tokenId: token.id, variables, at: clock.now() };
      });
      await externalTasks.runHandlers();
    },

    fetchAndLock: (request) => externalTasks.fetchAndLock(request),
    completeExternalTask: (id, opts) => externalTasks.complete(id, opts),
    failExternalTask: (id, opts) => externalTasks.fail(id, opts),
    bpmnErrorExternalTask: (id, opts) => externalTasks.bpmnError(id, opts),
    registerHandler(topic: string, handler: ServiceHandler) {
      externalTasks.register(topic, handler);
    },

    async runDueJobs() {
      // Timers and async continuations arrive with the job executor; nothing schedules jobs yet.
      return 0;
    },
    listJobs: (query) => store.listJobs(query),

    listIncidents: (query) => store.listIncidents(query),

    async retryIncident(incidentId) {
      const incident = (await store.listIncidents({ open: true })).find((i) => i.id === incidentId);
      if (!incident) throw new NotFoundError('incident-not-found', `No open incident ${incidentId}`);
      if (incident.externalTaskId) return externalTasks.retry(incident);
      if (!incident.tokenId) throw new InvalidRequestError('incident-not-retryable', `Incident ${incidentId} has no token to move on`);
      await command(incident.instanceId, () => ({ type: 'incident.retry', tokenId: incident.tokenId!, at: clock.now() }));
      await externalTasks.runHandlers();
    },

    history: (instanceId) => store.history(instanceId),

    async close() {
      await externalTasks.idle();
    },
  };
  return engine;
}

/** A step that refuses the command (not an incident) surfaces as a typed error, nothing written. */
function runStep(step: () => StepResult, as: typeof EngineError = ConflictError): StepResult {
  try {
    return step();
  } catch (error) {
    if (error instanceof EngineError && error.constructor === EngineError) {
      throw new as(error.code, error.message, error.details);
    }
    throw error;
  }
}

export type { Variables };
