import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BpmnError, InvalidRequestError, NotFoundError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const topics = [{ topicName: 'credit-check', lockDuration: 60_000 }];

describe('external service tasks', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/external-work.bpmn');
  });
  afterEach(() => t.close());

  it('lets a worker fetch, lock and complete a task, which moves the instance on', async () => {
    const instance = await t.engine.start('external-work', { businessKey: 'customer-7' });
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 5, topics });
    expect(task).toMatchObject({
      topic: 'credit-check',
      elementId: 'check-credit',
      businessKey: 'customer-7',
      workerId: 'w1',
    });
    expect(await t.engine.fetchAndLock({ workerId: 'w2', maxTasks: 5, topics })).toEqual([]);
    await t.engine.completeExternalTask(task!.id, { workerId: 'w1', variables: { score: 720 } });
    const ended = await t.engine.getInstance(instance.id);
    expect(ended).toMatchObject({ status: 'completed', variables: { score: 720 } });
  });

  it('refuses a completion from a worker that does not hold the lock', async () => {
    await t.engine.start('external-work');
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await expect(
      t.engine.completeExternalTask(task!.id, { workerId: 'w2' }),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(
      t.engine.completeExternalTask('missing', { workerId: 'w1' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('hands an expired lock to another worker', async () => {
    await t.engine.start('external-work');
    await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    t.clock.advance(60_001);
    const [again] = await t.engine.fetchAndLock({ workerId: 'w2', maxTasks: 1, topics });
    expect(again?.workerId).toBe('w2');
  });

  it('retries a failure after its timeout and raises an incident when no retries are left', async () => {
    const instance = await t.engine.start('external-work');
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await t.engine.failExternalTask(task!.id, {
      workerId: 'w1',
      errorMessage: 'bureau down',
      retries: 1,
      retryTimeout: 30_000,
    });
    expect(await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics })).toEqual([]);
    t.clock.advance(30_000);
    const [retry] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await t.engine.failExternalTask(retry!.id, {
      workerId: 'w1',
      errorMessage: 'bureau still down',
      retries: 0,
      retryTimeout: 0,
    });
    const incidents = await t.engine.listIncidents({ instanceId: instance.id, open: true });
    expect(incidents).toMatchObject([
      { type: 'failedExternalTask', elementId: 'check-credit', message: 'bureau still down' },
    ]);
    expect(await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics })).toEqual([]);
    expect((await t.engine.getInstance(instance.id)).activeElements).toEqual(['check-credit']);

    await t.engine.retryIncident(incidents[0]!.id);
    const [afterRetry] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await t.engine.completeExternalTask(afterRetry!.id, { workerId: 'w1' });
    expect((await t.engine.getInstance(instance.id)).status).toBe('completed');
    expect(await t.engine.listIncidents({ instanceId: instance.id, open: true })).toEqual([]);
  });

  it('catches a BPMN error thrown by the worker on the error boundary event', async () => {
    const instance = await t.engine.start('external-work');
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await t.engine.bpmnErrorExternalTask(task!.id, {
      workerId: 'w1',
      errorCode: 'CREDIT_REFUSED',
      variables: { reason: 'debt' },
    });
    const view = await t.engine.getInstance(instance.id);
    expect(view).toMatchObject({
      activeElements: ['call-customer'],
      variables: { reason: 'debt' },
    });
  });

  it('runs handlers registered in code as workers, after the creating command committed', async () => {
    t.engine.registerHandler('credit-check', ({ businessKey }) => ({ checkedFor: businessKey }));
    const instance = await t.engine.start('external-work', { businessKey: 'customer-9' });
    expect(await t.engine.getInstance(instance.id)).toMatchObject({
      status: 'completed',
      variables: { checkedFor: 'customer-9' },
    });
  });

  it('turns a BpmnError thrown by an in-process handler into the boundary path', async () => {
    t.engine.registerHandler('credit-check', () => {
      throw new BpmnError('CREDIT_REFUSED', 'refused');
    });
    const instance = await t.engine.start('external-work');
    expect((await t.engine.getInstance(instance.id)).activeElements).toEqual(['call-customer']);
  });

  it('raises an incident when an in-process handler keeps failing', async () => {
    let calls = 0;
    t.engine.registerHandler('credit-check', () => {
      calls += 1;
      throw new Error('bureau down');
    });
    const instance = await t.engine.start('external-work');
    expect(calls).toBe(3);
    expect(await t.engine.listIncidents({ instanceId: instance.id })).toMatchObject([
      { type: 'failedExternalTask', message: 'bureau down' },
    ]);
  });

  it('keeps a completion and an unlock racing on one task from resurrecting it', async () => {
    const instance = await t.engine.start('external-work');
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    const results = await Promise.allSettled([
      t.engine.completeExternalTask(task!.id, { workerId: 'w1' }),
      t.engine.unlockExternalTask(task!.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    const stored = await t.engine.listInstances({ processId: 'external-work' });
    const after = await t.store.getExternalTask(task!.id);
    // Either the completion won (task completed, instance ended) or the unlock did (task open again, instance waiting).
    if (after!.state === 'completed') expect(stored[0]!.status).toBe('completed');
    else expect((await t.engine.getInstance(instance.id)).activeElements).toEqual(['check-credit']);
  });

  it('locks one task by id for a worker, and not one another worker holds', async () => {
    await t.engine.start('external-work');
    const [task] = await t.engine.fetchAndLock({ workerId: 'w1', maxTasks: 1, topics });
    await expect(
      t.engine.lockExternalTask(task!.id, { workerId: 'w2', lockDuration: 1000 }),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    await t.engine.unlockExternalTask(task!.id);
    expect(
      await t.engine.lockExternalTask(task!.id, { workerId: 'w2', lockDuration: 1000 }),
    ).toMatchObject({ workerId: 'w2' });
    await t.engine.completeExternalTask(task!.id, { workerId: 'w2' });
  });
});
