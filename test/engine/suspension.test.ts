import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SuspendedError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/**
 * Suspension as Camunda 7 has it, on `held-request.bpmn`: a request waiting at a user task (due
 * in an hour, escalated to the back office after 30 minutes), an external task, a message and a
 * signal, all at once.
 */
describe('a suspended instance', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/held-request.bpmn', 'test/processes/every-minute.bpmn');
  });
  afterEach(() => t.close());

  const start = (businessKey: string) => t.engine.start('held-request', { businessKey });
  const openTask = async (instanceId: string, elementId = 'answer-customer') => {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    return task!;
  };

  it('fires a timer that fell due while it was suspended only once it is resumed', async () => {
    const { id } = await start('C-1');
    await t.engine.setInstanceSuspended(id, true);
    t.clock.advance('PT45M');
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).not.toContain('back-office-review');
    expect(await t.store.nextJobDueAt()).toBeGreaterThan(t.clock.now());

    await t.engine.setInstanceSuspended(id, false);
    expect(await t.store.nextJobDueAt()).toBeLessThanOrEqual(t.clock.now());
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).toContain('back-office-review');
    expect(await t.engine.history(id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'instance.suspended' }),
        expect.objectContaining({ kind: 'instance.activated' }),
      ]),
    );
  });

  it('refuses to claim or complete its task until resumed, and still takes variables, as Camunda', async () => {
    const { id } = await start('C-2');
    const task = await openTask(id);
    await t.engine.setInstanceSuspended(id, true);
    expect(await t.engine.getTask(task.id)).toMatchObject({ suspended: true });
    expect((await t.engine.getInstance(id)).suspended).toBe(true);

    const claim = t.engine.claimTask(task.id, 'ana');
    await expect(claim).rejects.toBeInstanceOf(SuspendedError);
    await expect(claim).rejects.toMatchObject({ code: 'suspended', entity: 'task' });
    await expect(t.engine.completeTask(task.id, { userId: 'ana' })).rejects.toMatchObject({
      code: 'suspended',
    });
    // Camunda's testTaskNonLifecycleOperationsSucceedAfterProcessInstanceSuspend.
    await t.engine.setVariables(id, { note: 'called twice' });
    expect((await t.engine.getInstance(id)).variables).toMatchObject({ note: 'called twice' });

    await t.engine.setInstanceSuspended(id, false);
    await t.engine.completeTask(task.id, { userId: 'ana' });
    expect((await t.engine.getInstance(id)).activeElements).not.toContain('answer-customer');
  });

  it("hides its external task from fetchAndLock, and refuses a worker's completion until resumed", async () => {
    const first = await start('C-3');
    const second = await start('C-4');
    await t.engine.setInstanceSuspended(second.id, true);
    const fetch = () =>
      t.engine.fetchAndLock({
        workerId: 'worker-1',
        maxTasks: 10,
        topics: [{ topicName: 'notify-customer', lockDuration: 60_000 }],
      });
    const fetched = await fetch();
    expect(fetched.map((task) => task.instanceId)).toEqual([first.id]);

    // Camunda's ExternalTaskEntity.ensureActive: a task locked before the suspension waits too.
    await t.engine.setInstanceSuspended(first.id, true);
    await expect(
      t.engine.completeExternalTask(fetched[0]!.id, { workerId: 'worker-1' }),
    ).rejects.toMatchObject({ code: 'suspended', entity: 'external task' });
    await expect(
      t.engine.extendExternalTaskLock(fetched[0]!.id, { workerId: 'worker-1', newDuration: 1 }),
    ).rejects.toMatchObject({ code: 'suspended' });

    await t.engine.setInstanceSuspended(first.id, false);
    await t.engine.setInstanceSuspended(second.id, false);
    expect((await fetch()).map((task) => task.instanceId)).toEqual([second.id]);
    await t.engine.completeExternalTask(fetched[0]!.id, { workerId: 'worker-1' });
    expect((await t.engine.getInstance(first.id)).activeElements).not.toContain('notify-customer');
  });

  it('is passed by messages and signals, which reach it again once resumed', async () => {
    const { id } = await start('C-5');
    await t.engine.setInstanceSuspended(id, true);
    await expect(
      t.engine.correlateMessage({ messageName: 'customer-replied', businessKey: 'C-5' }),
    ).rejects.toMatchObject({ code: 'message-not-correlated' });
    expect(await t.engine.broadcastSignal({ signalName: 'store-closing' })).toBe(0);
    expect((await t.engine.getInstance(id)).activeElements).toContain('store-closed');

    await t.engine.setInstanceSuspended(id, false);
    await t.engine.correlateMessage({ messageName: 'customer-replied', businessKey: 'C-5' });
    expect(await t.engine.broadcastSignal({ signalName: 'store-closing' })).toBe(1);
    const { activeElements } = await t.engine.getInstance(id);
    expect(activeElements).not.toContain('reply-received');
    expect(activeElements).not.toContain('store-closed');
  });

  it('keeps its promise counting: the SLA turns breached while the work is held', async () => {
    const { id } = await start('C-6');
    await t.engine.setInstanceSuspended(id, true);
    t.clock.advance('PT61M');
    await t.engine.runDueJobs();
    const slas = await t.engine.listSlas({ instanceId: id });
    expect(slas.find((s) => s.elementId === 'answer-customer')).toMatchObject({
      state: 'breached',
    });
    // The escalation moves work, so it waits for the resumption.
    expect((await t.engine.getInstance(id)).activeElements).toContain('answer-customer');
  });

  it('can be cancelled while suspended, and then holds nothing', async () => {
    const { id } = await start('C-7');
    await t.engine.setInstanceSuspended(id, true);
    await t.engine.cancelInstance(id, 'customer withdrew');
    expect(await t.engine.getInstance(id)).toMatchObject({ status: 'cancelled', suspended: false });
    expect(await t.engine.listJobs({ instanceId: id })).toEqual([]);
    await expect(t.engine.setInstanceSuspended(id, false)).rejects.toMatchObject({
      code: 'instance-ended',
    });
  });

  it('changes nothing when suspended twice, and suspends and resumes instances by process', async () => {
    const a = await start('C-8');
    const b = await start('C-9');
    await t.engine.setInstanceSuspended(a.id, true);
    await t.engine.setInstanceSuspended(a.id, true);
    expect(
      (await t.engine.history(a.id)).filter((h) => h.kind === 'instance.suspended'),
    ).toHaveLength(1);
    expect(await t.engine.setInstancesSuspended({ processId: 'held-request' }, true)).toBe(1);
    expect((await t.engine.getInstance(b.id)).suspended).toBe(true);
    expect(await t.engine.setInstancesSuspended({ processId: 'held-request' }, false)).toBe(2);
    expect(await t.engine.countInstances({ match: { suspended: true } })).toBe(0);
  });
});

describe('a suspended caller', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/order-fulfilment.bpmn', 'test/processes/ship-order.bpmn');
  });
  afterEach(() => t.close());

  it("lets its called instance end, and takes the report once it is resumed, without spending the job's retries", async () => {
    const parent = await t.engine.start('order-fulfilment', {
      variables: { orderId: 'A-7', weight: 3 },
    });
    const [child] = await t.store.listInstances({ parentInstanceId: parent.id });
    await t.engine.setInstanceSuspended(parent.id, true);
    const [pack] = await t.engine.listTasks({ instanceId: child!.id, elementId: 'pack' });
    await t.engine.completeTask(pack!.id, { variables: { damaged: false } });
    expect((await t.engine.getInstance(child!.id)).status).toBe('completed');
    // The report waits, parked and suspended, instead of failing against the suspended caller.
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['ship']);
    expect(await t.store.listJobs({ instanceId: parent.id })).toMatchObject([
      { kind: 'internal', suspended: true, attempts: 0, lockedBy: null },
    ]);
    expect(await t.engine.runDueJobs()).toBe(0);

    await t.engine.setInstanceSuspended(parent.id, false);
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(parent.id)).activeElements).toEqual(['confirm']);
    expect(await t.store.listJobs({})).toEqual([]);
  });
});

describe('a suspended definition', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/held-request.bpmn', 'test/processes/every-minute.bpmn');
  });
  afterEach(() => t.close());

  it('refuses new instances, and with includeInstances holds the running ones too', async () => {
    const running = await t.engine.start('held-request', { businessKey: 'C-1' });
    const [version] = await t.engine.setDefinitionsSuspended({ processId: 'held-request' }, true, {
      includeInstances: true,
    });
    expect(version).toMatchObject({ suspended: true });
    expect(await t.engine.getDefinition(version!.id)).toMatchObject({ suspended: true });
    const refused = t.engine.start('held-request', { businessKey: 'C-2' });
    await expect(refused).rejects.toBeInstanceOf(SuspendedError);
    await expect(refused).rejects.toMatchObject({ entity: 'process definition' });
    expect((await t.engine.getInstance(running.id)).suspended).toBe(true);

    await t.engine.setDefinitionsSuspended({ definitionId: version!.id }, false);
    // Activating the version alone leaves its instances as they are (Camunda's default).
    expect((await t.engine.getInstance(running.id)).suspended).toBe(true);
    await t.engine.start('held-request', { businessKey: 'C-2' });
    expect(await t.engine.countInstances({ processId: 'held-request' })).toBe(2);
  });

  it('holds its start timer, which fires once the definition is active again', async () => {
    await t.engine.setDefinitionsSuspended({ processId: 'every-minute' }, true);
    t.clock.advance('PT2M');
    expect(await t.engine.runDueJobs()).toBe(0);
    expect(await t.engine.countInstances({ processId: 'every-minute' })).toBe(0);

    await t.engine.setDefinitionsSuspended({ processId: 'every-minute' }, false);
    await t.engine.runDueJobs();
    expect(await t.engine.countInstances({ processId: 'every-minute' })).toBeGreaterThan(0);
  });
});
