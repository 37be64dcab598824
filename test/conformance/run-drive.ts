/**
 * Executes one conformance drive against a fresh test engine and records what happened:
 * every instance of the test (started, called or started by an event), the activities they
 * completed, what waited after each step, open incidents and the tasks created.
 */
import type { Engine, Variables } from '../../engine/engine-interface.ts';
import type { IncidentRecord, InstanceRecord, TaskRecord } from '../../engine/ports/store.ts';
import type { TestEngine } from '../support/test-engine.ts';
import { readModel, type CorpusName } from './corpus.ts';
import type { Drive, Step } from './drive.ts';

/**
 * Engine methods the drives need that `Engine` does not declare yet. They are called only when
 * present; a drive that needs a missing one fails with a message naming it.
 */
export interface EventApi {
  correlateMessage(request: {
    messageName: string;
    businessKey?: string;
    variables?: Variables;
    /** Deliver to the execution of this instance waiting at `elementId` (Camunda's messageEventReceived). */
    instanceId?: string;
    elementId?: string;
  }): Promise<unknown>;
  broadcastSignal(request: { signalName: string; variables?: Variables }): Promise<unknown>;
  /** Armed catch events without a token (message/signal boundaries, event sub-process starts). */
  listEventSubscriptions(query: { instanceId: string }): Promise<{ elementId: string }[]>;
}

type ConformanceEngine = Engine & Partial<EventApi>;

export interface Completion {
  elementId: string;
  instanceId: string;
  root: boolean;
  seq: number;
}

export interface Observation {
  instances: InstanceRecord[];
  /** `activity.completed` history of every instance, in `seq` order. */
  completions: Completion[];
  /** Elements seen waiting after some step (active elements, job and subscription elements). */
  waits: { elementId: string; root: boolean }[];
  openIncidents: IncidentRecord[];
  /** Every task (any state) of the elements named in `expectTasks`, in creation order. */
  tasks: TaskRecord[];
  /** Variables of the first root instance, when there is one. */
  rootVariables?: Variables;
}

const WORKER = 'conformance';
const MAX_JOB_ROUNDS = 100;

/** Deploys the entry's files, runs its steps and collects the observation. */
export async function runDrive(
  testEngine: TestEngine,
  corpus: CorpusName,
  file: string,
  drive: Drive,
): Promise<Observation> {
  const run = new DriveRun(testEngine, corpus);
  const main = await run.deploy(file);
  for (const other of drive.deployWith ?? []) await run.deploy(other);
  const defaultProcess = main.definitions[0]?.processId;
  await run.observe();
  for (const [index, step] of drive.steps.entries()) {
    try {
      await run.step(step, defaultProcess);
    } catch (error) {
      const state = await run.describeState();
      throw new Error(
        `step ${index + 1} ${JSON.stringify(step)} failed: ${(error as Error).message}\n  state: ${state}`,
        {
          cause: error,
        },
      );
    }
  }
  return run.finish(drive);
}

class DriveRun {
  private readonly engine: ConformanceEngine;
  private readonly waits = new Map<string, { elementId: string; root: boolean }>();

  constructor(
    private readonly testEngine: TestEngine,
    private readonly corpus: CorpusName,
  ) {
    this.engine = testEngine.engine;
  }

  async deploy(file: string) {
    return this.engine.deploy({
      name: file.split('/').pop() ?? file,
      xml: readModel(this.corpus, file),
    });
  }

  /** Every instance of this test: the engine is fresh, so the store holds nothing else. */
  async instances(): Promise<InstanceRecord[]> {
    return this.testEngine.store.listInstances({});
  }

  async step(step: Step, defaultProcess: string | undefined): Promise<void> {
    const engine = this.engine;
    if ('start' in step) {
      const processId = step.start ?? defaultProcess;
      if (!processId) throw new Error('the file deployed no executable process');
      const options = { variables: step.variables, businessKey: step.businessKey };
      if (step.expectError === undefined) {
        await engine.start(processId, options);
      } else {
        const started = await engine.start(processId, options).then(
          () => true,
          () => false,
        );
        if (started)
          throw new Error(`start was expected to fail (${step.expectError}) but succeeded`);
      }
    } else if ('completeTask' in step) {
      for (let i = 0; i < (step.times ?? 1); i++) {
        const task = await this.openTask(step.completeTask);
        await engine.completeTask(task.id, { variables: step.variables });
        if (i < (step.times ?? 1) - 1) await this.observe();
      }
    } else if ('trigger' in step) {
      const instance = await this.instanceWaitingAt(step.trigger);
      if (!instance) throw new Error(`no instance waits at '${step.trigger}'`);
      await engine.trigger(instance.id, step.trigger, step.variables);
    } else if ('completeExternal' in step) {
      const task = await this.lockExternal(step.completeExternal);
      await engine.completeExternalTask(task.id, { workerId: WORKER, variables: step.variables });
    } else if ('failExternal' in step) {
      const task = await this.lockExternal(step.failExternal);
      await engine.failExternalTask(task.id, {
        workerId: WORKER,
        errorMessage: 'failed by the conformance drive',
        retries: step.retries,
        retryTimeout: 0,
      });
    } else if ('bpmnErrorExternal' in step) {
      const task = await this.lockExternal(step.bpmnErrorExternal);
      await engine.bpmnErrorExternalTask(task.id, { workerId: WORKER, errorCode: step.errorCode });
    } else if ('setVariables' in step) {
      const all = await this.instances();
      const target = step.inCalled
        ? all.find((i) => i.parentInstanceId && i.status === 'active')
        : all.find((i) => !i.parentInstanceId);
      if (!target)
        throw new Error(step.inCalled ? 'no active called instance' : 'no root instance');
      await engine.setVariables(target.id, step.setVariables);
    } else if ('advance' in step) {
      this.testEngine.clock.advance(step.advance);
    } else if ('setClock' in step) {
      this.testEngine.clock.set(step.setClock);
    } else if ('runJobs' in step) {
      for (let round = 0; round < MAX_JOB_ROUNDS && (await engine.runDueJobs()) > 0; round++);
    } else if ('correlate' in step) {
      if (!engine.correlateMessage) throw new Error('the engine has no correlateMessage() yet');
      const target = step.at === undefined ? undefined : await this.instanceWaitingAt(step.at);
      await engine.correlateMessage({
        messageName: step.correlate,
        businessKey: step.businessKey,
        variables: step.variables,
        ...(step.at === undefined ? {} : { elementId: step.at, instanceId: target?.id }),
      });
    } else if ('signal' in step) {
      if (!engine.broadcastSignal) throw new Error('the engine has no broadcastSignal() yet');
      await engine.broadcastSignal({ signalName: step.signal, variables: step.variables });
    } else {
      step satisfies never;
    }
    await this.observe();
  }

  /** Records what waits now, in every active instance. */
  async observe(): Promise<void> {
    for (const instance of await this.instances()) {
      if (instance.status !== 'active') continue;
      const root = !instance.parentInstanceId;
      const view = await this.engine.getInstance(instance.id);
      const jobs = await this.engine.listJobs({ instanceId: instance.id });
      const subscriptions =
        (await this.engine.listEventSubscriptions?.({ instanceId: instance.id })) ?? [];
      const ids = [
        ...view.activeElements,
        ...jobs.map((j) => j.elementId),
        ...subscriptions.map((s) => s.elementId),
      ];
      for (const elementId of ids)
        if (elementId) this.waits.set(`${root}:${elementId}`, { elementId, root });
    }
  }

  async describeState(): Promise<string> {
    const parts: string[] = [];
    for (const instance of await this.instances()) {
      const view = await this.engine.getInstance(instance.id);
      const incidents = await this.engine.listIncidents({ instanceId: instance.id, open: true });
      parts.push(
        `${instance.processId}#${instance.id} ${view.status} [${view.activeElements.join(', ')}]` +
          (incidents.length
            ? ` incidents: ${incidents.map((i) => `${i.elementId}: ${i.message}`).join('; ')}`
            : ''),
      );
    }
    return parts.join(' | ') || 'no instances';
  }

  async finish(drive: Drive): Promise<Observation> {
    const instances = await this.instances();
    const completions: Completion[] = [];
    const openIncidents: IncidentRecord[] = [];
    for (const instance of instances) {
      const root = !instance.parentInstanceId;
      for (const entry of await this.engine.history(instance.id)) {
        if (entry.kind === 'activity.completed' && entry.elementId) {
          completions.push({
            elementId: entry.elementId,
            instanceId: instance.id,
            root,
            seq: entry.seq,
          });
        }
      }
      openIncidents.push(
        ...(await this.engine.listIncidents({ instanceId: instance.id, open: true })),
      );
    }
    completions.sort((a, b) => a.seq - b.seq);
    const tasks: TaskRecord[] = [];
    for (const expected of drive.expectTasks ?? []) {
      tasks.push(
        ...(await this.engine.listTasks({ elementId: expected.elementId, orderBy: 'created' })),
      );
    }
    const firstRoot = instances.find((i) => !i.parentInstanceId);
    return {
      instances,
      completions,
      waits: [...this.waits.values()],
      openIncidents,
      tasks,
      rootVariables: firstRoot
        ? (await this.engine.getInstance(firstRoot.id)).variables
        : undefined,
    };
  }

  /** The oldest open task of the element: in the instances of the test, roots first. */
  private async openTask(elementId: string): Promise<TaskRecord> {
    const all = await this.instances();
    const ordered = [
      ...all.filter((i) => !i.parentInstanceId),
      ...all.filter((i) => i.parentInstanceId),
    ];
    for (const instance of ordered) {
      const [task] = await this.engine.listTasks({
        instanceId: instance.id,
        elementId,
        state: 'open',
        orderBy: 'created',
      });
      if (task) return task;
    }
    throw new Error(`no open task '${elementId}'`);
  }

  private async instanceWaitingAt(elementId: string): Promise<InstanceRecord | undefined> {
    for (const instance of await this.instances()) {
      if (instance.status !== 'active') continue;
      const view = await this.engine.getInstance(instance.id);
      if (view.activeElements.includes(elementId)) return instance;
    }
    return undefined;
  }

  private async lockExternal(topicName: string) {
    const [task] = await this.engine.fetchAndLock({
      workerId: WORKER,
      maxTasks: 1,
      topics: [{ topicName, lockDuration: 60_000 }],
    });
    if (!task) throw new Error(`no external task of topic '${topicName}' to lock`);
    return task;
  }
}
