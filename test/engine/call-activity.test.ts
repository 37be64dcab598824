import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine.ts';
import type { Store } from '../../engine/ports/store.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { openTestStore } from '../support/test-store.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const read = (file: string) => readFile(new URL(`../processes/${file}`, import.meta.url), 'utf8');

/** Calls ship-order with no boundary event: nothing catches the child's error. */
const RELAY = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:test">
  <process id="relay" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="ship" />
    <callActivity id="ship" calledElement="ship-order" />
    <sequenceFlow id="f2" sourceRef="ship" targetRef="after" />
    <userTask id="after" />
  </process>
</definitions>`;

/** Ships every order of the collection in parallel, one called instance each. */
const SHIP_ALL = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="urn:test">
  <process id="ship-all" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="ship" />
    <callActivity id="ship" calledElement="ship-order">
      <extensionElements><camunda:in source="order" target="shipmentOf" /></extensionElements>
      <multiInstanceLoopCharacteristics camunda:collection="orders" camunda:elementVariable="order" />
    </callActivity>
    <sequenceFlow id="f2" sourceRef="ship" targetRef="after" />
    <userTask id="after" />
  </process>
</definitions>`;

describe('call activities', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
  });
  afterEach(() => t.close());

  const children = (parentInstanceId: string) => t.store.listInstances({ parentInstanceId });
  const completePack = async (instanceId: string, damaged: boolean) => {
    const [pack] = await t.engine.listTasks({ instanceId, elementId: 'pack', state: 'open' });
    await t.engine.completeTask(pack!.id, { variables: { damaged } });
  };

  describe('bound to a version (camunda:calledElementBinding)', () => {
    /** The file again with the called process changed, so it deploys its version 2 and 3. */
    const redeploy = async (times: number) => {
      const xml = await read('bound-calls.bpmn');
      for (let v = 2; v <= times + 1; v++)
        await t.engine.deploy({
          name: 'bound-calls.bpmn',
          xml: xml.replace('Call the customer back', `Call the customer back (v${v})`),
        });
    };
    const calledVersion = async (parentId: string) => {
      const [child] = await children(parentId);
      return child?.definitionId.split(':')[1];
    };

    it('starts the version deployed with the caller, or the version the expression names', async () => {
      await t.deployFiles('test/processes/bound-calls.bpmn');
      const first = await t.engine.start('calls-same-deployment');
      await redeploy(2);
      // Version 1 of the caller was deployed with version 1 of the called process.
      const old = await t.engine.start('calls-same-deployment', {
        definitionId: first.definitionId,
      });
      expect(await calledVersion(old.id)).toBe('1');
      expect(await calledVersion((await t.engine.start('calls-same-deployment')).id)).toBe('3');
      expect(
        await calledVersion(
          (await t.engine.start('calls-a-version', { variables: { escalationVersion: 2 } })).id,
        ),
      ).toBe('2');
      expect(
        await calledVersion(
          (await t.engine.start('calls-a-version', { variables: { escalationVersion: '1' } })).id,
        ),
      ).toBe('1');
    });

    it('raises an incident on the call activity for a version that is not deployed or not a number', async () => {
      await t.deployFiles('test/processes/bound-calls.bpmn');
      for (const escalationVersion of [7, 'two']) {
        const parent = await t.engine.start('calls-a-version', {
          variables: { escalationVersion },
        });
        expect(await children(parent.id)).toEqual([]);
        const [incident] = await t.engine.listIncidents({ instanceId: parent.id, open: true });
        expect(incident).toMatchObject({ elementId: 'call-version' });
        expect(incident!.message).toMatch(
          escalationVersion === 7
            ? /Version 7 of process 'escalate-complaint' is not deployed/
            : /not a version number: "two"/,
        );
      }
    });

    it('refuses to deploy a binding by version tag, naming the call activity', async () => {
      const xml = (await read('bound-calls.bpmn')).replace(
        'camunda:calledElementBinding="deployment"',
        'camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="v1"',
      );
      await expect(t.engine.deploy({ name: 'tagged.bpmn', xml })).rejects.toThrow(
        /Call activity 'call-deployed' binds its called process by a version tag/,
      );
    });
  });

  it('starts the latest version of the called process with the in mappings and maps the out variables back', async () => {
    await t.deployFiles('test/processes/order-fulfilment.bpmn', 'test/processes/ship-order.bpmn');
    await t.engine.deploy({
      name: 'ship-order.bpmn',
      xml: `${await read('ship-order.bpmn')}<!-- v2 -->`,
    });
    const parent = await t.engine.start('order-fulfilment', {
      businessKey: 'order-7',
      variables: { orderId: 'A-7', weight: 3 },
    });
    expect(parent.activeElements).toEqual(['ship']);

    const [child] = await children(parent.id);
    expect(child).toMatchObject({
      processId: 'ship-order',
      businessKey: 'order-7',
      parentInstanceId: parent.id,
      status: 'active',
    });
    expect(child!.definitionId).toMatch(/^ship-order:2:/);
    expect((await t.engine.getInstance(child!.id)).variables).toEqual({
      shipmentOf: 'A-7',
      parcels: 6,
    });

    await t.engine.setVariables(child!.id, { trackingNumber: 'T-1' });
    await completePack(child!.id, false);
    expect((await t.engine.getInstance(child!.id)).status).toBe('completed');
    const after = await t.engine.getInstance(parent.id);
    expect(after.activeElements).toEqual(['confirm']);
    expect(after.variables).toMatchObject({ tracking: 'T-1', labels: 7 });
    expect(await t.store.listJobs({})).toEqual([]);
  });

  it("catches the called instance's BPMN error on the call activity's boundary event and cancels the called instance", async () => {
    await t.deployFiles('test/processes/order-fulfilment.bpmn', 'test/processes/ship-order.bpmn');
    const parent = await t.engine.start('order-fulfilment', {
      variables: { orderId: 'A-8', weight: 1 },
    });
    const [child] = await children(parent.id);
    await completePack(child!.id, true);
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['refund']);
    expect((await t.engine.getInstance(child!.id)).status).toBe('cancelled');
    expect(await t.store.listJobs({})).toEqual([]);
  });

  it('ends an error nobody catches, in the caller either, like a none end event (Camunda)', async () => {
    await t.deployFiles('test/processes/ship-order.bpmn');
    await t.engine.deploy({ name: 'relay.bpmn', xml: RELAY });
    const parent = await t.engine.start('relay');
    const [child] = await children(parent.id);
    await completePack(child!.id, true);
    expect((await t.engine.getInstance(child!.id)).status).toBe('completed');
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['after']);
  });

  it('calls once per instance of a multi-instance call activity and leaves when every called instance ended', async () => {
    await t.deployFiles('test/processes/ship-order.bpmn');
    await t.engine.deploy({ name: 'ship-all.bpmn', xml: SHIP_ALL });
    const parent = await t.engine.start('ship-all', { variables: { orders: ['A-1', 'A-2'] } });
    const called = await children(parent.id);
    const shipped = await Promise.all(
      called.map(async (c) => (await t.engine.getInstance(c.id)).variables.shipmentOf),
    );
    expect(shipped.sort()).toEqual(['A-1', 'A-2']);
    await completePack(called[0]!.id, false);
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['ship']);
    await completePack(called[1]!.id, false);
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['after']);
  });

  it('cancels the called instance, and its tasks, with its caller', async () => {
    await t.deployFiles('test/processes/order-fulfilment.bpmn', 'test/processes/ship-order.bpmn');
    const parent = await t.engine.start('order-fulfilment', {
      variables: { orderId: 'A-9', weight: 1 },
    });
    const [child] = await children(parent.id);
    await t.engine.cancelInstance(parent.id);
    expect((await t.engine.getInstance(child!.id)).status).toBe('cancelled');
    expect(await t.engine.listTasks({ instanceId: child!.id, state: 'open' })).toEqual([]);
    expect(await t.store.listJobs({})).toEqual([]);
  });

  it('raises an incident when the called process is not deployed, and calls it once deployed and retried', async () => {
    await t.deployFiles('test/processes/order-fulfilment.bpmn');
    const parent = await t.engine.start('order-fulfilment', {
      variables: { orderId: 'A-10', weight: 1 },
    });
    const [incident] = await t.engine.listIncidents({ instanceId: parent.id, open: true });
    expect(incident).toMatchObject({ elementId: 'ship' });
    expect(incident!.message).toContain('ship-order');

    await t.deployFiles('test/processes/ship-order.bpmn');
    await t.engine.retryIncident(incident!.id);
    expect(await children(parent.id)).toHaveLength(1);
    expect(await t.engine.listIncidents({ instanceId: parent.id, open: true })).toEqual([]);
  });
});

describe('call activities across a crash', () => {
  it('starts the called instance exactly once when a crash hit between the caller commit and the child start', async () => {
    const { store } = await openTestStore();
    const clock = new FakeClock();
    let crashed = false;
    // The first node dies as it writes the child: that write and everything after it fail.
    const dying: Store = {
      ...store,
      async commit(work) {
        if (crashed || work.instance?.record.parentInstanceId) {
          crashed = true;
          throw new Error('node died');
        }
        return store.commit(work);
      },
    };
    let a = 0;
    let b = 0;
    const first = createEngine({
      store: dying,
      clock,
      ids: { next: () => `a-${++a}` },
      nodeId: 'first',
    });
    const second = createEngine({
      store,
      clock,
      ids: { next: () => `b-${++b}` },
      nodeId: 'second',
    });
    for (const file of ['order-fulfilment.bpmn', 'ship-order.bpmn'])
      await second.deploy({ name: file, xml: await read(file) });

    await expect(
      first.start('order-fulfilment', { variables: { orderId: 'A-11', weight: 1 } }),
    ).rejects.toThrow('node died');
    const [parent] = await store.listInstances({ processId: 'order-fulfilment' });
    expect(parent).toMatchObject({ status: 'active' });
    expect(await store.listInstances({ parentInstanceId: parent!.id })).toEqual([]);
    const [start] = await store.listJobs({ kind: 'internal' });
    expect(start).toMatchObject({ lockedBy: 'first' });

    // The dead node's lock runs out; the second node runs the job: one child.
    clock.advance('PT5M');
    await second.runDueJobs();
    const called = await store.listInstances({ parentInstanceId: parent!.id });
    expect(called).toHaveLength(1);
    expect(await second.listTasks({ instanceId: called[0]!.id, elementId: 'pack' })).toHaveLength(
      1,
    );
    expect(await store.listJobs({})).toEqual([]);

    // The same job delivered again (a node that still held it) starts nothing more.
    await store.commit({ jobsToInsert: [{ ...start!, lockedBy: null, lockedUntil: null }] });
    await second.runDueJobs();
    expect(await store.listInstances({ parentInstanceId: parent!.id })).toHaveLength(1);
    expect(await store.listJobs({})).toEqual([]);
    await store.close();
  });

  it('starts no called instance when the caller was cancelled before the start job ran', async () => {
    const { store } = await openTestStore();
    // Internal jobs wait for the job loop instead of running after each command.
    const slow: Store = {
      ...store,
      acquireJobs: async (request) => (request.kinds ? [] : store.acquireJobs(request)),
    };
    const engine = createEngine({ store: slow, clock: new FakeClock() });
    for (const file of ['order-fulfilment.bpmn', 'ship-order.bpmn'])
      await engine.deploy({ name: file, xml: await read(file) });
    const parent = await engine.start('order-fulfilment', {
      variables: { orderId: 'A-12', weight: 1 },
    });
    await engine.cancelInstance(parent.id);
    expect((await store.listJobs({ kind: 'internal' })).map((j) => j.payload.type)).toEqual([
      'call-start',
      'call-cancel',
    ]);

    await engine.runDueJobs();
    expect(await store.listInstances({ parentInstanceId: parent.id })).toEqual([]);
    expect(await store.listJobs({})).toEqual([]);
    await store.close();
  });
});
