import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';
import type { Engine } from '../../engine/engine-interface.ts';
import type { EventSubscriptionRecord } from '../../engine/ports/subscriptions.ts';
import type { SlaRecord } from '../../engine/ports/sla.ts';
import type {
  DefinitionRecord,
  DeploymentRecord,
  ExternalTaskRecord,
  IncidentRecord,
  InstanceRecord,
  JobRecord,
  Store,
  TaskRecord,
} from '../../engine/ports/store.ts';
import { SNAPSHOT_FORMAT } from '../../engine/runtime/snapshot-format.ts';
import { FakeClock } from '../support/fake-clock.ts';

/** What a store held for the instances of one fixture (see test/fixtures/README.md). */
interface Fixture {
  now: number;
  /** Rows of their time: a deployment was one file, its XML on the row. */
  deployments: (CapturedDeployment | DeploymentRecord)[];
  definitions: DefinitionRecord[];
  instances: InstanceRecord[];
  tasks: TaskRecord[];
  externalTasks: ExternalTaskRecord[];
  jobs: JobRecord[];
  subscriptions: EventSubscriptionRecord[];
  incidents: IncidentRecord[];
  slas: SlaRecord[];
}

/** Every snapshot format an earlier Promesa wrote, with fixtures of each. */
const FORMATS = ['format-0', 'format-1', 'format-2'];

/** A deployment row captured before deployments held several files: its XML on the row. */
interface CapturedDeployment extends Omit<DeploymentRecord, 'resources'> {
  xml: string;
}

/**
 * A captured deployment row as the store keeps it since deployments hold several files: its XML
 * as its one resource, named after it, as the store's migration moves it.
 */
function asStoredNow(deployment: CapturedDeployment | DeploymentRecord): DeploymentRecord {
  if (!('xml' in deployment)) return deployment;
  const { xml, ...row } = deployment;
  return { ...row, resources: [{ name: row.name, hash: row.hash, content: xml }] };
}

const fixture = (format: string, name: string): Fixture =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/snapshots/${format}/${name}.json`, import.meta.url), 'utf8'),
  ) as Fixture;

/** An empty store given the fixture's rows, and an engine on it at the fixture's time. */
async function restore(stored: Fixture) {
  const store = openSqliteStore({ filename: ':memory:' });
  for (const deployment of stored.deployments)
    await store.saveDeployment(
      asStoredNow(deployment),
      stored.definitions
        .filter((d) => d.deploymentId === deployment.id)
        .map((d) => ({ ...d, resource: deployment.name })),
    );
  const [first, ...others] = stored.instances;
  await store.commit({
    instance: { record: first!, expectedVersion: null },
    tasks: stored.tasks,
    externalTasks: stored.externalTasks,
    jobsToInsert: stored.jobs,
    subscriptionsToInsert: stored.subscriptions,
    incidents: stored.incidents,
    slas: stored.slas,
  });
  for (const record of others) await store.commit({ instance: { record, expectedVersion: null } });
  const clock = new FakeClock(stored.now);
  return { store, clock, engine: createEngine({ store, clock }), id: first!.id };
}

describe.each(FORMATS)('instances stored by an earlier Promesa (%s)', (format) => {
  let store: Store;
  let engine: Engine;
  afterEach(async () => {
    await engine.close();
    await store.close();
  });

  async function resume(name: string) {
    const restored = await restore(fixture(format, name));
    ({ store, engine } = restored);
    return restored;
  }

  async function complete(instanceId: string, elementId: string, variables = {}) {
    for (const task of await engine.listTasks({ instanceId, elementId, state: 'open' }))
      await engine.completeTask(task.id, { variables });
  }

  async function expectEndedClean(instanceId: string) {
    expect((await engine.getInstance(instanceId)).status).toBe('completed');
    expect(await engine.listJobs({ instanceId })).toEqual([]);
    expect(await store.findSubscriptions({ instanceId })).toEqual([]);
    expect((await store.getInstance(instanceId))!.snapshot).toMatchObject({
      format: SNAPSHOT_FORMAT,
    });
  }

  it('a waiting user task with an SLA completes, and its SLA is met', async () => {
    const { id, clock } = await resume('waiting-user-task');
    expect((await engine.getInstance(id)).activeElements).toEqual(['answer-customer']);
    clock.advance('PT1M');
    await complete(id, 'answer-customer');
    await expectEndedClean(id);
    expect(await engine.listSlas({ instanceId: id })).toMatchObject([{ state: 'met' }]);
  });

  it('a timer fires when due and the instance ends', async () => {
    const { id, clock } = await resume('timer');
    clock.advance('PT49M');
    expect(await engine.runDueJobs()).toBe(0);
    clock.advance('PT1M');
    expect(await engine.runDueJobs()).toBe(1);
    await expectEndedClean(id);
  });

  it('a multi-instance body finishes its remaining instances', async () => {
    const { id } = await resume('multi-instance');
    expect(await engine.listTasks({ instanceId: id, state: 'open' })).toHaveLength(2);
    await complete(id, 'refund-item');
    await expectEndedClean(id);
    expect((await engine.getInstance(id)).variables).toMatchObject({ refunded: 1 });
  });

  it('a called instance ends and its call activity takes its out mappings', async () => {
    const { id } = await resume('call-activity');
    const [child] = await engine.listInstances({ parentInstanceId: id });
    await complete(child!.id, 'hand-over', { deliveredAt: 'noon' });
    await expectEndedClean(child!.id);
    await expectEndedClean(id);
    expect((await engine.getInstance(id)).variables).toEqual({
      address: 'Calle Mayor 1',
      deliveredAt: 'noon',
    });
  });

  it('a running event subprocess completes, and the armed ones are withdrawn at the end', async () => {
    const { id } = await resume('event-subprocess');
    await complete(id, 'call-customer');
    await complete(id, 'solve-case');
    await expectEndedClean(id);
  });

  it('a token on an incident goes on when the incident is retried', async () => {
    const { id } = await resume('incident');
    const [incident] = await engine.listIncidents({ instanceId: id, open: true });
    await engine.setVariables(id, { channel: 'phone' });
    await engine.retryIncident(incident!.id);
    await expectEndedClean(id);
    const history = await engine.history(id);
    expect(
      history.some((e) => e.kind === 'activity.completed' && e.elementId === 'front-desk'),
    ).toBe(true);
  });

  it('refuses an instance stored in a newer format whole, and writes nothing', async () => {
    const newer = fixture(format, 'waiting-user-task');
    const [record] = newer.instances;
    record!.snapshot = { ...(record!.snapshot as object), format: SNAPSHOT_FORMAT + 1 };
    const { id } = await restore(newer).then((restored) => {
      ({ store, engine } = restored);
      return restored;
    });
    const refusal = {
      code: 'snapshot-format-unsupported',
      message: expect.stringContaining(`stored in snapshot format ${SNAPSHOT_FORMAT + 1}`),
    };
    await expect(engine.getInstance(id)).rejects.toMatchObject(refusal);
    const [task] = await engine.listTasks({ instanceId: id });
    await expect(engine.completeTask(task!.id)).rejects.toMatchObject(refusal);
    // Stored before suspension existed: the column's default reads it as not suspended.
    expect(await store.getInstance(id)).toEqual({ suspended: false, ...record });
    expect((await store.getTask(task!.id))!.state).toBe('open');
  });
});
