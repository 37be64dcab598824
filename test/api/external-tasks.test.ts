import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('external tasks API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/external-work.bpmn');
  });
  afterEach(() => t.close());

  const topics = [{ topicName: 'credit-check', lockDuration: 60_000 }];
  const start = (variables: Record<string, unknown> = { amount: 10 }) =>
    t.json(
      'developer',
      'POST',
      '/api/process-definitions/external-work/start',
      { businessKey: 'customer-1', variables },
      201,
    );
  const fetchTasks = (body: Record<string, unknown> = {}) =>
    t.json('developer', 'POST', '/api/external-tasks/fetch-and-lock', {
      workerId: 'w1',
      maxTasks: 5,
      topics,
      ...body,
    });

  it('completes a fetched task with variables, and the instance ends', async () => {
    const instance = await start();
    const [task] = await fetchTasks();
    expect(task).toMatchObject({
      topic: 'credit-check',
      workerId: 'w1',
      elementId: 'check-credit',
      businessKey: 'customer-1',
      variables: { amount: 10 },
    });
    expect(task.lockExpiresAt).toBe(new Date(t.clock.now() + 60_000).toISOString());
    expect(await fetchTasks()).toEqual([]);
    const wrongWorker = await t.call(
      'developer',
      'POST',
      `/api/external-tasks/${task.id}/complete`,
      { workerId: 'w2' },
    );
    expect(wrongWorker.status).toBe(400);
    await t.json(
      'developer',
      'POST',
      `/api/external-tasks/${task.id}/complete`,
      { workerId: 'w1', variables: { score: 700 } },
      204,
    );
    expect(await t.json('analyst', 'GET', `/api/process-instances/${instance.id}`)).toMatchObject({
      status: 'completed',
      variables: { amount: 10, score: 700 },
    });
  });

  it('returns only the variables a topic asks for', async () => {
    await start({ amount: 10, secret: 'x' });
    const [task] = await fetchTasks({
      topics: [{ ...topics[0], variables: ['amount', 'missing'] }],
    });
    expect(task.variables).toEqual({ amount: 10 });
  });

  it('holds a long poll open until the engine announces new work', async () => {
    const waiting = fetchTasks({ asyncResponseTimeout: 10_000 });
    await new Promise((resolve) => setImmediate(resolve));
    await start();
    const tasks = await waiting;
    expect(tasks.map((x: any) => x.elementId)).toEqual(['check-credit']);
  });

  it('answers an empty list once asyncResponseTimeout passes without work', async () => {
    expect(await fetchTasks({ asyncResponseTimeout: 20 })).toEqual([]);
  });

  it('moves the instance to the error boundary on a BPMN error from the worker', async () => {
    const instance = await start();
    const [task] = await fetchTasks();
    await t.json(
      'developer',
      'POST',
      `/api/external-tasks/${task.id}/bpmn-error`,
      { workerId: 'w1', errorCode: 'CREDIT_REFUSED' },
      204,
    );
    expect(
      (await t.json('analyst', 'GET', `/api/process-instances/${instance.id}`)).activeElements,
    ).toEqual(['call-customer']);
  });

  it('raises an incident when a failure leaves no retries, and a developer retries it', async () => {
    await start();
    const [task] = await fetchTasks();
    await t.json(
      'developer',
      'POST',
      `/api/external-tasks/${task.id}/failure`,
      { workerId: 'w1', errorMessage: 'bureau down', retries: 0, retryTimeout: 0 },
      204,
    );
    const [incident] = await t.json('analyst', 'GET', '/api/incidents');
    expect(incident).toMatchObject({
      type: 'failedExternalTask',
      elementId: 'check-credit',
      message: 'bureau down',
      resolvedAt: null,
    });
    expect(await fetchTasks()).toEqual([]);
    expect((await t.call('analyst', 'POST', `/api/incidents/${incident.id}/retry`)).status).toBe(
      403,
    );
    await t.json('developer', 'POST', `/api/incidents/${incident.id}/retry`, undefined, 204);
    expect(await t.json('analyst', 'GET', '/api/incidents')).toEqual([]);
    expect(await fetchTasks()).toHaveLength(1);
  });

  it('extends a lock for its worker only, and unlocks a task for any worker', async () => {
    await start();
    const [task] = await fetchTasks();
    await t.json(
      'developer',
      'POST',
      `/api/external-tasks/${task.id}/extend-lock`,
      { workerId: 'w1', newDuration: 120_000 },
      204,
    );
    expect(
      (
        await t.call('developer', 'POST', `/api/external-tasks/${task.id}/extend-lock`, {
          workerId: 'w2',
          newDuration: 1,
        })
      ).status,
    ).toBe(400);
    t.clock.advance(90_000);
    expect(await fetchTasks({ workerId: 'w2' })).toEqual([]);
    await t.json('developer', 'POST', `/api/external-tasks/${task.id}/unlock`, undefined, 204);
    expect((await fetchTasks({ workerId: 'w2' })).map((x: any) => x.id)).toEqual([task.id]);
    expect(
      (await t.call('developer', 'POST', '/api/external-tasks/no-such-task/unlock')).status,
    ).toBe(404);
  });
});
