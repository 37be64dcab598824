import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../engine/errors.ts';
import type { Store } from '../../engine/ports/store.ts';
import {
  aDefinition,
  aDeployment,
  aJob,
  anExternalTask,
  anIncident,
  anInstance,
  aTask,
  useFreshStore,
} from './store-fixtures.ts';
import { describeDistributionContract } from './distribution.contract.ts';
import { describeRetentionContract } from './retention.contract.ts';
import { describeSlaContract } from './sla.contract.ts';
import { describeSlaPolicyContract } from './sla-policy.contract.ts';
import { describeStoreReportsContract } from './store-reports.contract.ts';
import { describeActivityPassContract } from './activity-pass.contract.ts';
import { describeEventSubscriptionQueryContract } from './event-subscription-query.contract.ts';
import { describeExternalTaskQueryContract } from './external-task-query.contract.ts';
import { describeIncidentQueryContract } from './incident-query.contract.ts';
import { describeJobQueryContract } from './job-query.contract.ts';
import { describeInstanceMatchContract } from './instance-match.contract.ts';
import { describeTaskMatchContract } from './task-match.contract.ts';
import { describeTaskQueryContract } from './task-query.contract.ts';
import { describeSuspensionContract } from './suspension.contract.ts';
import { describeWorkQueueContract } from './work-queue.contract.ts';
import { describeWorkerSightingContract } from './worker-sighting.contract.ts';

/**
 * The behaviour every `Store` must show. A store's test file calls it with a factory that
 * returns a fresh, empty store each time; the suite closes each store after its test.
 *
 * @example
 * describeStoreContract('sqlite :memory:', async () => openSqliteStore({ filename: ':memory:' }));
 */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    describeInstanceContract(makeStore);
    describeDeploymentContract(makeStore);
    describeIncidentAndHistoryContract(makeStore);
    describeTaskQueryContract(makeStore);
    describeTaskMatchContract(makeStore);
    describeInstanceMatchContract(makeStore);
    describeIncidentQueryContract(makeStore);
    describeActivityPassContract(makeStore);
    describeWorkQueueContract(makeStore);
    describeExternalTaskQueryContract(makeStore);
    describeEventSubscriptionQueryContract(makeStore);
    describeJobQueryContract(makeStore);
    describeStoreReportsContract(makeStore);
    describeSlaContract(makeStore);
    describeSlaPolicyContract(makeStore);
    describeDistributionContract(makeStore);
    describeWorkerSightingContract(makeStore);
    describeRetentionContract(makeStore);
    describeSuspensionContract(makeStore);
  });
}

function describeInstanceContract(makeStore: () => Promise<Store>): void {
  describe('instances and units of work', () => {
    const store = useFreshStore(makeStore);

    it('reads back an inserted instance with its snapshot JSON intact', async () => {
      const snapshot = {
        value: { running: { 'answer-customer': 'waiting' } },
        context: {
          variables: { amount: 12.5, vip: true, note: null, tags: [], name: 'Zoë «ü» 日本' },
        },
        tokens: [{ id: 'token-1', at: 'answer-customer' }],
      };
      const instance = anInstance({
        businessKey: 'order-7',
        parentInstanceId: 'parent-1',
        snapshot,
      });
      await store().commit({ instance: { record: instance, expectedVersion: null } });
      expect(await store().getInstance('instance-1')).toEqual(instance);
      expect(await store().getInstance('missing')).toBeUndefined();
    });

    it('writes the new version when the expected version still matches', async () => {
      await store().commit({ instance: { record: anInstance(), expectedVersion: null } });
      const next = anInstance({
        version: 2,
        status: 'completed',
        endedAt: 5_000,
        snapshot: { value: 'done' },
      });
      await store().commit({ instance: { record: next, expectedVersion: 1 } });
      expect(await store().getInstance('instance-1')).toEqual(next);
    });

    it('rejects a stale version with ConflictError and writes nothing else of that unit of work', async () => {
      await store().commit({ instance: { record: anInstance(), expectedVersion: null } });
      await store().commit({
        instance: { record: anInstance({ version: 2 }), expectedVersion: 1 },
      });
      const history = await store().history('instance-1');

      const stale = store().commit({
        instance: {
          record: anInstance({ version: 2, snapshot: { value: 'lost' } }),
          expectedVersion: 1,
        },
        tasks: [aTask()],
        externalTasks: [anExternalTask()],
        jobsToInsert: [aJob()],
        incidents: [anIncident()],
        history: [{ instanceId: 'instance-1', kind: 'activity.started', at: 3_000 }],
      });

      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ code: 'instance-version-conflict' });
      expect(await store().getInstance('instance-1')).toMatchObject({
        version: 2,
        snapshot: anInstance().snapshot,
      });
      expect(await store().getTask('task-1')).toBeUndefined();
      expect(await store().getExternalTask('ext-1')).toBeUndefined();
      expect(await store().listJobs({})).toEqual([]);
      expect(await store().listIncidents({})).toEqual([]);
      expect(await store().history('instance-1')).toEqual(history);
    });

    it('rejects an update of an instance that was never inserted', async () => {
      const commit = store().commit({
        instance: { record: anInstance({ version: 2 }), expectedVersion: 1 },
      });
      await expect(commit).rejects.toMatchObject({
        name: 'ConflictError',
        code: 'instance-version-conflict',
      });
      expect(await store().getInstance('instance-1')).toBeUndefined();
    });

    it('rejects inserting the same instance id twice', async () => {
      await store().commit({ instance: { record: anInstance(), expectedVersion: null } });
      const again = store().commit({
        instance: { record: anInstance({ snapshot: { value: 'other' } }), expectedVersion: null },
      });
      await expect(again).rejects.toMatchObject({
        name: 'ConflictError',
        code: 'instance-version-conflict',
      });
      expect(await store().getInstance('instance-1')).toEqual(anInstance());
    });

    it('rolls back the whole unit of work when a write after the instance fails', async () => {
      await store().commit({
        instance: { record: anInstance(), expectedVersion: null },
        jobsToInsert: [aJob()],
      });
      const failing = store().commit({
        instance: { record: anInstance({ version: 2 }), expectedVersion: 1 },
        tasks: [aTask()],
        jobsToInsert: [aJob()], // same id as the stored job: the insert fails
      });
      await expect(failing).rejects.toThrow();
      expect(await store().getInstance('instance-1')).toMatchObject({ version: 1 });
      expect(await store().getTask('task-1')).toBeUndefined();
    });

    it('lists instances by process, definition, business key, status and parent, oldest first', async () => {
      const instances = [
        anInstance({ id: 'a', startedAt: 3, businessKey: 'order-1' }),
        anInstance({ id: 'b', startedAt: 1, status: 'completed', endedAt: 9 }),
        anInstance({
          id: 'c',
          startedAt: 2,
          processId: 'refund',
          definitionId: 'refund:1',
          parentInstanceId: 'a',
        }),
      ];
      for (const record of instances)
        await store().commit({ instance: { record, expectedVersion: null } });
      const ids = async (query: Parameters<Store['listInstances']>[0]) =>
        (await store().listInstances(query)).map((i) => i.id);

      expect(await ids({})).toEqual(['b', 'c', 'a']);
      expect(await ids({ processId: 'complaint-handling' })).toEqual(['b', 'a']);
      expect(await ids({ definitionId: 'refund:1' })).toEqual(['c']);
      expect(await ids({ businessKey: 'order-1' })).toEqual(['a']);
      expect(await ids({ status: 'active' })).toEqual(['c', 'a']);
      expect(await ids({ parentInstanceId: 'a' })).toEqual(['c']);
      expect(await ids({ limit: 2 })).toEqual(['b', 'c']);
      expect(await ids({ offset: 1 })).toEqual(['c', 'a']);
      expect(await ids({ limit: 1, offset: 2 })).toEqual(['a']);
    });
  });
}

function describeDeploymentContract(makeStore: () => Promise<Store>): void {
  describe('deployments and definitions', () => {
    const store = useFreshStore(makeStore);
    const deploy = (n: number, processId = 'complaint-handling') =>
      store().saveDeployment(
        aDeployment({ id: `deployment-${processId}-${n}`, hash: `${n}`.repeat(64) }),
        [
          aDefinition({
            id: `${processId}:${n}`,
            processId,
            version: n,
            deploymentId: `deployment-${processId}-${n}`,
            warnings: [
              {
                severity: 'warning',
                code: 'unsupported',
                message: 'Ignored',
                elementId: 'x',
                line: n,
              },
            ],
          }),
        ],
      );

    it('reads back a deployment and its definitions', async () => {
      const deployment = aDeployment({ deployedBy: 'alice', source: 'Camunda Modeler' });
      const definitions = [
        aDefinition(),
        aDefinition({ id: 'refund:1:deployment-1', processId: 'refund', name: null }),
      ];
      await store().saveDeployment(deployment, definitions);
      expect(await store().getDeployment('deployment-1')).toEqual(deployment);
      expect(await store().getDefinition('refund:1:deployment-1')).toEqual(definitions[1]);
      expect(await store().getDeployment('missing')).toBeUndefined();
      expect(await store().getDefinition('missing')).toBeUndefined();
    });

    it("changes a version's history time to live after its deployment, and only that version's", async () => {
      const v2 = aDefinition({ id: 'complaint-handling:2', version: 2, historyTimeToLive: 30 });
      await store().saveDeployment(aDeployment(), [aDefinition(), v2]);
      expect(await store().setHistoryTimeToLive(aDefinition().id, 7)).toBe(true);
      expect(await store().getDefinition(aDefinition().id)).toEqual({
        ...aDefinition(),
        historyTimeToLive: 7,
      });
      expect((await store().listDefinitions()).map((d) => [d.id, d.historyTimeToLive])).toEqual([
        [aDefinition().id, 7],
        [v2.id, 30],
      ]);
      expect(await store().setHistoryTimeToLive(v2.id, null)).toBe(true);
      expect((await store().latestDefinition(v2.processId))?.historyTimeToLive).toBeNull();
      expect(await store().setHistoryTimeToLive('missing', 7)).toBe(false);
    });

    it('writes the work a deployment brings (its start timers) in its transaction, and none of it when the deployment conflicts', async () => {
      await store().saveDeployment(aDeployment(), [aDefinition()], {
        jobsToInsert: [aJob({ id: 'start-timer-1', instanceId: null })],
      });
      expect((await store().listJobs({})).map((j) => j.id)).toEqual(['start-timer-1']);
      const clash = store().saveDeployment(
        aDeployment({ id: 'deployment-2' }),
        [aDefinition({ deploymentId: 'deployment-2' })],
        {
          jobsToInsert: [aJob({ id: 'start-timer-2', instanceId: null })],
        },
      );
      await expect(clash).rejects.toThrow();
      expect((await store().listJobs({})).map((j) => j.id)).toEqual(['start-timer-1']);
    });

    it('picks the highest version as the latest definition, whatever the order of deployment', async () => {
      await deploy(1);
      await deploy(3);
      await deploy(2);
      expect(await store().latestDefinition('complaint-handling')).toMatchObject({
        id: 'complaint-handling:3',
        version: 3,
      });
      expect((await store().latestDefinition('complaint-handling'))?.warnings).toEqual([
        { severity: 'warning', code: 'unsupported', message: 'Ignored', elementId: 'x', line: 3 },
      ]);
      expect(await store().latestDefinition('unknown')).toBeUndefined();
    });

    it('lists definitions, all versions or only the latest of each process', async () => {
      await deploy(1);
      await deploy(2);
      await deploy(1, 'refund');
      const ids = async (options?: Parameters<Store['listDefinitions']>[0]) =>
        (await store().listDefinitions(options)).map((d) => d.id).sort();
      expect(await ids()).toEqual(['complaint-handling:1', 'complaint-handling:2', 'refund:1']);
      expect(await ids({ latestOnly: true })).toEqual(['complaint-handling:2', 'refund:1']);
      expect(await ids({ processId: 'complaint-handling' })).toEqual([
        'complaint-handling:1',
        'complaint-handling:2',
      ]);
      expect(await ids({ processId: 'complaint-handling', latestOnly: true })).toEqual([
        'complaint-handling:2',
      ]);
    });

    it('refuses a second definition with the same process and version, keeping nothing of it', async () => {
      await deploy(1);
      const clash = store().saveDeployment(aDeployment({ id: 'deployment-2' }), [
        aDefinition({ id: 'other', deploymentId: 'deployment-2' }),
      ]);
      await expect(clash).rejects.toBeInstanceOf(ConflictError);
      expect(await store().getDeployment('deployment-2')).toBeUndefined();
      expect(await store().listDefinitions()).toHaveLength(1);
    });
  });
}

function describeIncidentAndHistoryContract(makeStore: () => Promise<Store>): void {
  describe('incidents and history', () => {
    const store = useFreshStore(makeStore);

    it('upserts incidents by id and lists open or resolved ones per instance', async () => {
      await store().commit({
        incidents: [
          anIncident({ id: 'x', createdAt: 2 }),
          anIncident({
            id: 'y',
            createdAt: 1,
            type: 'failedExternalTask',
            externalTaskId: 'ext-1',
            jobId: null,
          }),
          anIncident({ id: 'z', instanceId: 'instance-2' }),
        ],
      });
      await store().commit({ incidents: [anIncident({ id: 'x', createdAt: 2, resolvedAt: 9 })] });
      const ids = async (query: Parameters<Store['listIncidents']>[0]) =>
        (await store().listIncidents(query)).map((i) => i.id);

      expect(await ids({ instanceId: 'instance-1' })).toEqual(['y', 'x']);
      expect(await ids({ instanceId: 'instance-1', open: true })).toEqual(['y']);
      expect(await ids({ open: false })).toEqual(['x']);
      expect(await ids({})).toHaveLength(3);
      expect((await store().listIncidents({ open: false }))[0]).toEqual(
        anIncident({ id: 'x', createdAt: 2, resolvedAt: 9 }),
      );
    });

    it('keeps history in commit order with increasing seq, per instance', async () => {
      await store().commit({
        history: [
          {
            instanceId: 'instance-1',
            kind: 'instance.started',
            at: 5,
            data: { variables: { channel: 'phone' } },
          },
          { instanceId: 'instance-2', kind: 'instance.started', at: 5 },
          {
            instanceId: 'instance-1',
            kind: 'activity.started',
            at: 5,
            elementId: 'answer-customer',
            elementType: 'bpmn:UserTask',
            tokenId: 't1',
          },
        ],
      });
      // Same timestamp, later commit: order comes from seq, not from `at`.
      await store().commit({
        history: [{ instanceId: 'instance-1', kind: 'task.claimed', at: 4, userId: 'alice' }],
      });

      const entries = await store().history('instance-1');
      expect(entries.map((e) => e.kind)).toEqual([
        'instance.started',
        'activity.started',
        'task.claimed',
      ]);
      const seqs = entries.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(3);
      expect(entries[0]).toMatchObject({
        data: { variables: { channel: 'phone' } },
        elementId: null,
        userId: null,
      });
      expect(entries[1]).toMatchObject({
        elementId: 'answer-customer',
        elementType: 'bpmn:UserTask',
        tokenId: 't1',
        data: null,
      });
      expect(entries[2]).toMatchObject({ userId: 'alice', at: 4 });
      expect(await store().history('instance-2')).toHaveLength(1);
      expect(await store().history('unknown')).toEqual([]);
    });
  });
}
