import { createSlaPolicyCommands } from './sla-policies.ts';
import type {
  DeployInput,
  Engine,
  InstanceView,
  ServiceHandler,
  StartOptions,
  Variables,
} from './engine-interface.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import { customerTimeline } from './customer-timeline.ts';
import { escalations } from './escalations.ts';
import { Definitions, startFormLinkOf, startFormOf } from './definitions.ts';
import { deployedForm } from './linked-form.ts';
import { recalculateDueDate } from './jobs/recalculate-due.ts';
import {
  createCustomIncident,
  isCustomIncident,
  resolveCustomIncident,
} from './custom-incidents.ts';
import { validateForm } from './forms.ts';
import { ExternalTasks } from './external-tasks.ts';
import { toInstanceView, variableScopes, variablesAt } from './instance-view.ts';
import { outlineDefinition } from './catalogue/outline.ts';
import { takeInventory } from './catalogue/inventory.ts';
import { touchpointCatalogue } from './catalogue/touchpoints.ts';
import { createOperations } from './operations.ts';
import { createSuspensionCommands } from './suspension.ts';
import { InstanceCommands } from './instance-commands.ts';
import { JobAdministration, JobRunner } from './jobs/job-runner.ts';
import { startTimerWork } from './jobs/start-timers.ts';
import { EventCorrelation } from './events.ts';
import { createTaskCommands } from './task-commands.ts';
import { addDuration, parseDuration } from './timers/iso8601.ts';
import type { BusinessCalendar } from './timers/business-calendar.ts';
import { systemClock, type Clock } from './ports/clock.ts';
import { uuidIds, type IdGenerator } from './ports/ids.ts';
import { JobKind, type Store } from './ports/store.ts';
import type { WorkDirectory } from './ports/work-directory.ts';
import { loadJavaScriptSandbox, runJavaScript } from './runtime/javascript-sandbox.ts';
import { engineLimits, type EngineLimits } from './limits.ts';
import { cleanUpHistory } from './retention/history-cleanup.ts';

export interface EngineOptions {
  store: Store;
  clock?: Clock;
  ids?: IdGenerator;
  /** JavaScript script tasks run only when the server enables them, in a WebAssembly sandbox. */
  allowJavaScript?: boolean;
  /** How often a command is re-run when another writer advanced the same instance first. */
  maxAttempts?: number;
  /** Names this engine node as the owner of the jobs it locks. */
  nodeId?: string;
  /**
   * How long this node holds a job it acquired before another node may take it over (5 minutes
   * unless configured): how late the jobs of a node that died run elsewhere.
   */
  jobLockMs?: number;
  /** Share of an SLA's target after which it is at risk; 0.8 unless configured. */
  slaAtRiskRatio?: number;
  /** Business calendars, by the name diagrams give in a `calendar` property. */
  calendars?: Record<string, BusinessCalendar>;
  /** Bounds on the work one command may ask for; the defaults of `limits.ts` otherwise. */
  limits?: Partial<EngineLimits>;
  /**
   * Who may be handed work, for lanes whose `distribution` property hands out their tasks
   * (round-robin, least-busy); without it every task waits to be claimed.
   */
  directory?: WorkDirectory;
  /**
   * Days an ended instance's history is kept when its version's diagram sets no
   * `camunda:historyTimeToLive` (Camunda's engine-wide `historyTimeToLive`); absent, it is kept.
   */
  historyTimeToLive?: number;
}

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
  const limits = engineLimits(options.limits);
  const definitions = new Definitions(store, clock, ids, {
    allowJavaScript: options.allowJavaScript ?? false,
    runScript: options.allowJavaScript ? runJavaScript : undefined,
    scriptSandbox: options.allowJavaScript ? loadJavaScriptSandbox : undefined,
    slaAtRiskRatio: options.slaAtRiskRatio,
    calendars: options.calendars,
    limits,
  });

  const commands = new InstanceCommands(
    store,
    clock,
    ids,
    definitions,
    options.maxAttempts ?? 5,
    limits,
    options.directory,
  );
  const command = commands.command.bind(commands);
  const commit = commands.commit.bind(commands);
  const loadInstance = commands.load.bind(commands);

  const externalTasks = new ExternalTasks(store, clock, {
    command,
    commit,
    variablesOf: (task) => engine.variablesAt(task),
  });
  const events = new EventCorrelation(store, clock, ids, commands, definitions);
  const nodeId = options.nodeId ?? `promesa-${ids.next()}`;
  const jobs = new JobRunner(
    store,
    clock,
    commands,
    definitions,
    nodeId,
    (name, notFor) => events.broadcastSignal(name, {}, notFor),
    options.jobLockMs,
  );

  const jobAdministration = new JobAdministration(store, clock, commands, jobs);

  /** The latest version of each process, outlined (ordered by process id). */
  async function outlines() {
    const latest = await store.listDefinitions({ latestOnly: true });
    return Promise.all(
      latest.map(async (record) =>
        outlineDefinition(record, (await definitions.byId(record.id, record)).graph),
      ),
    );
  }

  /** Work a command leaves behind runs before it returns: in-process workers, internal jobs (thrown signals, calls). */
  async function afterCommand(): Promise<void> {
    await externalTasks.runHandlers();
    // Internal jobs (a called instance to start, to report to its caller, to cancel) run now, so
    // callers see their effect when the command returns; timers wait for runDueJobs().
    let internal = 0;
    if (commands.internalJobsWritten) {
      commands.internalJobsWritten = false;
      internal = await jobs.runDueJobs([JobKind.internal]);
    }
    if (internal > 0) await afterCommand();
  }

  const tasks = createTaskCommands({
    store,
    clock,
    ids,
    definitions,
    command,
    commit,
    afterCommand,
    variablesOf: async (id) => (await engine.getInstance(id)).variables,
  });

  const engine: Engine = {
    ...createOperations(store, clock),
    ...createSuspensionCommands({
      store,
      clock,
      commands,
      maxAttempts: options.maxAttempts ?? 5,
    }),
    now: () => clock.now(),
    async deploy(input: DeployInput) {
      let firstStart = Number.POSITIVE_INFINITY;
      const deployOnce = () =>
        definitions.deploy(input, async (compiled) => {
          const timers = await startTimerWork(
            store,
            ids,
            clock.now(),
            compiled,
            limits.minTimerCycleMs,
          );
          for (const job of timers.jobsToInsert ?? []) firstStart = Math.min(firstStart, job.dueAt);
          return { ...timers, ...(await events.startSubscriptionWork(compiled)) };
        });
      // Two nodes deploying the same file at once (both starting up) both pick version n+1; the
      // one refused deploys again and finds the other's version identical.
      const result = await deployOnce().catch((error: unknown) => {
        if (error instanceof ConflictError && error.code === 'deployment-conflict')
          return deployOnce();
        throw error;
      });
      if (Number.isFinite(firstStart))
        commands.notify({ type: 'jobs.scheduled', earliestDueAt: firstStart });
      return result;
    },
    listDefinitions: (listOptions) => store.listDefinitions(listOptions),
    touchpointCatalogue: async (map) => touchpointCatalogue(map, await outlines()),
    async inventory({ map, workerWindowMs, available }) {
      const since = clock.now() - workerWindowMs;
      const sightings = await store.listWorkerSightings(0);
      const found = await takeInventory({
        map,
        outlines: await outlines(),
        sightings,
        since,
        available,
      });
      return { ...found, workersSince: since };
    },
    checkDeployment(xml) {
      return definitions.check(xml);
    },
    async getDefinition(id) {
      const record = await store.getDefinition(id);
      if (!record) throw new NotFoundError('definition-not-found', `No process definition ${id}`);
      return record;
    },
    processNames: (definitionIds) => definitions.namesOf(definitionIds),
    async getDefinitionXml(id) {
      return definitions.xmlOf(await engine.getDefinition(id));
    },
    async diagramElements(definitionId) {
      const { graph } = await definitions.byId(definitionId);
      return Object.values(graph.nodes).map((node) => ({
        elementId: node.id,
        name: node.name ?? null,
        lane: node.lane ?? null,
        type: node.type,
        properties: node.properties,
      }));
    },
    async definitionOutline(definitionId) {
      const record = await engine.getDefinition(definitionId);
      return outlineDefinition(record, (await definitions.byId(record.id, record)).graph);
    },
    async listInstances(query) {
      return (await store.listInstances(query)).map(toInstanceView);
    },
    countInstances: (query) => store.countInstances(query),
    subscribe: (listener) => commands.subscribe(listener),

    customerTimeline: (businessKey, options) =>
      customerTimeline(store, definitions, businessKey, options),
    escalations: (window) => escalations(store, definitions, window),

    async getStartForm(definitionId) {
      return startFormOf(await definitions.byId(definitionId));
    },
    async getStartFormKey(definitionId) {
      return startFormLinkOf(await definitions.byId(definitionId)).formKey ?? null;
    },
    async getDeployedForm(of) {
      if ('definitionId' in of) {
        const compiled = await definitions.byId(of.definitionId);
        return deployedForm(store, compiled.record, startFormLinkOf(compiled));
      }
      const task = await store.getTask(of.taskId);
      if (!task) throw new NotFoundError('task-not-found', `Task ${of.taskId} does not exist`);
      const compiled = await definitions.byId(task.definitionId);
      const spec = compiled.graph.nodes[task.elementId]?.userTask;
      // A key as its expression resolved when the task was created (a task's stored key may
      // also be its form reference, so only a written key counts).
      const formKey = spec?.formKey === undefined ? undefined : (task.formKey ?? spec.formKey);
      return deployedForm(store, compiled.record, { ...spec, formKey });
    },

    async start(processId: string, startOptions: StartOptions = {}): Promise<InstanceView> {
      const compiled = await definitions.resolve(processId, startOptions.definitionId);
      validateForm(startFormOf(compiled), startOptions.variables ?? {});
      const record = await commands.start(compiled, startOptions);
      await afterCommand();
      return toInstanceView(record);
    },

    async getInstance(id) {
      return toInstanceView(await loadInstance(id));
    },

    async cancelInstance(id, reason = 'cancelled', { userId } = {}) {
      await command(id, () => ({ type: 'instance.cancel', reason, at: clock.now(), userId }));
      await afterCommand();
    },

    async setVariables(instanceId, variables, target = {}) {
      await engine.modifyVariables(instanceId, { set: variables }, target);
    },
    async modifyVariables(instanceId, { set = {}, remove = [] }, { userId, ...target } = {}) {
      await command(instanceId, () => ({
        type: 'variables.set',
        variables: set,
        remove,
        ...target,
        at: clock.now(),
        userId,
      }));
    },
    async variableScopes(instanceId, tokenId) {
      return variableScopes(await loadInstance(instanceId), tokenId);
    },

    ...tasks,

    async trigger(instanceId, elementId, variables = {}) {
      await command(instanceId, (_record, state) => {
        const token = Object.values(state.tokens).find(
          (t) =>
            t.elementId === elementId &&
            t.state === 'waiting' &&
            !t.taskId &&
            !t.externalTaskId &&
            !t.childScopeId,
        );
        if (!token)
          throw new ConflictError(
            'not-waiting',
            `Nothing waits at ${elementId} in instance ${instanceId}`,
            { elementId },
          );
        return { type: 'token.signal', tokenId: token.id, variables, at: clock.now() };
      });
      await afterCommand();
    },

    fetchAndLock: (request) => externalTasks.fetchAndLock(request),
    async variablesAt({ instanceId, tokenId, local }) {
      return variablesAt(await loadInstance(instanceId), tokenId, local);
    },
    async completeExternalTask(id, opts) {
      await externalTasks.complete(id, opts);
      await afterCommand();
    },
    failExternalTask: (id, opts) => externalTasks.fail(id, opts),
    async bpmnErrorExternalTask(id, opts) {
      await externalTasks.bpmnError(id, opts);
      await afterCommand();
    },
    extendExternalTaskLock: (id, opts) => externalTasks.extendLock(id, opts),
    unlockExternalTask: (id) => externalTasks.unlock(id),
    lockExternalTask: (id, opts) => externalTasks.lock(id, opts),
    async getExternalTask(id) {
      const task = await store.getExternalTask(id);
      if (!task)
        throw new NotFoundError('external-task-not-found', `External task ${id} does not exist`);
      return task;
    },
    listExternalTasks: (query) => store.listExternalTasks(query),
    countExternalTasks: (query) => store.countExternalTasks(query),
    setExternalTaskRetries: (ids, retries) =>
      externalTasks.setRetries(typeof ids === 'string' ? [ids] : ids, retries),
    setExternalTaskPriority: (id, priority) => externalTasks.setPriority(id, priority),
    registerHandler(topic: string, handler: ServiceHandler) {
      externalTasks.register(topic, handler);
    },

    async runDueJobs(runOptions = {}) {
      const count = await jobs.runDueJobs(undefined, runOptions.signal);
      await afterCommand();
      return count;
    },
    listJobs: (query) => store.listJobs(query),
    countJobs: (query) => store.countJobs(query),
    getJob: (id) => jobAdministration.get(id),
    setJobRetries: (id, retries) => jobAdministration.setRetries(id, retries),
    setJobDueDate: (id, dueAt) => jobAdministration.setDueDate(id, dueAt),
    setJobPriority: (id, priority) => jobAdministration.setPriority(id, priority),
    recalculateJobDueDate: (id, { creationDateBased }) =>
      recalculateDueDate(
        {
          store,
          clock,
          definitions,
          commit: (w) => commands.commit(w),
          variablesAt: (at) => engine.variablesAt(at),
        },
        id,
        creationDateBased,
      ),
    async executeJob(id) {
      try {
        await jobAdministration.execute(id);
      } finally {
        await afterCommand();
      }
    },

    listIncidents: (query) => store.listIncidents(query),
    countIncidents: (query) => store.countIncidents(query),

    async annotateIncident(incidentId, annotation) {
      const [incident] = await store.listIncidents({ open: true, match: { ids: [incidentId] } });
      if (!incident)
        throw new NotFoundError('incident-not-found', `No open incident ${incidentId}`);
      const { annotation: _old, ...rest } = incident;
      await commands.commit({
        incidents: [annotation === null ? rest : { ...rest, annotation }],
      });
    },

    createIncident: (instanceId, incident) =>
      createCustomIncident(
        { store, clock, ids, commit: (w) => commands.commit(w) },
        instanceId,
        incident,
      ),
    resolveIncident: (incidentId) =>
      resolveCustomIncident({ store, clock, ids, commit: (w) => commands.commit(w) }, incidentId),

    async retryIncident(incidentId) {
      const [incident] = await store.listIncidents({ open: true, match: { ids: [incidentId] } });
      if (!incident)
        throw new NotFoundError('incident-not-found', `No open incident ${incidentId}`);
      if (isCustomIncident(incident))
        throw new InvalidRequestError(
          'incident-not-retryable',
          `Incident ${incidentId} of type ${incident.type} was raised by hand: resolve it instead`,
        );
      if (incident.externalTaskId) return externalTasks.retry(incident);
      if (incident.jobId) {
        await jobs.retry(incident.jobId, incident.id);
        return;
      }
      if (!incident.tokenId)
        throw new InvalidRequestError(
          'incident-not-retryable',
          `Incident ${incidentId} has no token to move on`,
        );
      await command(incident.instanceId, () => ({
        type: 'incident.retry',
        tokenId: incident.tokenId!,
        at: clock.now(),
      }));
      await afterCommand();
    },

    history: (instanceId) => store.history(instanceId),
    listActivityPasses: (query) => store.listActivityPasses(query),
    countActivityPasses: (query) => store.countActivityPasses(query),
    instanceDurationReport: (query) => store.instanceDurationReport(query),

    async correlateMessage(request) {
      const results = await events.correlateMessage(request);
      await afterCommand();
      return results;
    },
    async broadcastSignal({ signalName, variables }) {
      const reached = await events.broadcastSignal(signalName, variables);
      await afterCommand();
      return reached;
    },
    listEventSubscriptions: (query) => store.findSubscriptions(query),
    countEventSubscriptions: (query) => store.countSubscriptions(query),

    ...createSlaPolicyCommands(store, clock, options.calendars, async () =>
      Promise.all(
        (await store.listDefinitions({ latestOnly: true })).map(
          async (record) => (await definitions.byId(record.id, record)).graph,
        ),
      ),
    ),
    listSlas: (query) => store.listSlas(query),
    async retargetSla({ instanceId, slaId, duration }) {
      const durationMs = typeof duration === 'number' ? duration : durationOf(duration);
      await command(instanceId, () => ({
        type: 'sla.retarget',
        slaId,
        durationMs,
        at: clock.now(),
      }));
    },

    cleanUpHistory: (cleanupOptions) =>
      cleanUpHistory(store, clock, nodeId, {
        ...cleanupOptions,
        defaultTimeToLive: options.historyTimeToLive,
      }),

    durable: () => store.durable?.() ?? Promise.resolve(),

    async close() {
      await externalTasks.idle();
    },
  };
  return engine;
}

export type { Variables };

/** An ISO 8601 duration in ms; a malformed one is the caller's mistake, not a server failure. */
function durationOf(text: string): number {
  try {
    return addDuration(0, parseDuration(text));
  } catch (error) {
    throw new InvalidRequestError(
      'invalid-duration',
      error instanceof Error ? error.message : String(error),
      { field: 'duration', cause: error },
    );
  }
}
