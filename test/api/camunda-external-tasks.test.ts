import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('/engine-rest external tasks', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/external-work.bpmn');
  });
  afterEach(() => t.close());

  const topic = { topicName: 'credit-check', lockDuration: 60_000 };
  const start = (variables: Record<string, unknown> = { amount: 10, channel: 'phone' }) =>
    t.engine.start('external-work', { businessKey: 'customer-1', variables });
  const fetchAndLock = (body: Record<string, unknown> = {}) =>
    t.call('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
      workerId: 'w1',
      maxTasks: 5,
      usePriority: true,
      topics: [topic],
      ...body,
    });
  const post = (path: string, body?: unknown) =>
    t.call('developer', 'POST', `/engine-rest/external-task${path}`, body);

  it('answers fetchAndLock with a bare array of LockedExternalTaskDto and exactly `application/json`, as the JS client needs', async () => {
    const instance = await start();
    const res = await fetchAndLock({ topics: [{ ...topic, variables: ['amount', 'missing'] }] });
    expect(res.headers.get('content-type')).toBe('application/json');
    const [task] = await read(res);
    expect(task).toMatchObject({
      topicName: 'credit-check',
      workerId: 'w1',
      activityId: 'check-credit',
      processInstanceId: instance.id,
      executionId: instance.id,
      processDefinitionId: instance.definitionId,
      processDefinitionKey: 'external-work',
      businessKey: 'customer-1',
      retries: null,
      suspended: false,
      tenantId: null,
      lockExpirationTime: '2026-01-05T09:01:00.000+0000',
      variables: { amount: { type: 'Integer', value: 10, valueInfo: {} } },
    });
    expect(await read(fetchAndLock())).toEqual([]);
    expect(
      (await post(`/${task.id}/complete`, { workerId: 'w1' })).headers.get('content-type'),
    ).toBeNull();
  });

  it("fetches only the activity's own input mappings with localVariables", async () => {
    await t.deployFiles('test/processes/mapped-external-work.bpmn');
    await t.engine.start('mapped-external-work', { variables: { customer: 'c-1' } });
    const notify = { topicName: 'notify', lockDuration: 60_000 };
    const [local] = await read(fetchAndLock({ topics: [{ ...notify, localVariables: true }] }));
    expect(Object.keys(local.variables)).toEqual(['template']);
    await post(`/${local.id}/unlock`);
    const [all] = await read(fetchAndLock({ topics: [notify] }));
    expect(Object.keys(all.variables)).toEqual(['template', 'customer']);
  });

  it('parks a long poll until an instance creates work, and caps asyncResponseTimeout at 30 minutes', async () => {
    const parked = fetchAndLock({ asyncResponseTimeout: 10_000 });
    await new Promise((resolve) => setImmediate(resolve));
    await start();
    expect((await read(parked)).map((x: any) => x.activityId)).toEqual(['check-credit']);
    const tooLong = await fetchAndLock({ asyncResponseTimeout: 1_800_001 });
    expect(tooLong.status).toBe(400);
    expect((await read(tooLong)).message).toContain(
      'cannot be set to a value greater than 1800000 milliseconds',
    );
  });

  it('applies processDefinitionKeyIn and tenant filters, and refuses filters it cannot apply rather than ignoring them', async () => {
    await start();
    expect(await read(fetchAndLock({ topics: [{ ...topic, tenantIdIn: ['tenant-a'] }] }))).toEqual(
      [],
    );
    expect(
      await read(fetchAndLock({ topics: [{ ...topic, processDefinitionKeyIn: ['other'] }] })),
    ).toEqual([]);
    const refused = await fetchAndLock({
      topics: [{ ...topic, processVariables: { amount: 10 } }],
    });
    expect(refused.status).toBe(400);
    expect(
      await read(
        fetchAndLock({
          topics: [{ ...topic, processDefinitionKeyIn: ['other', 'external-work'] }],
        }),
      ),
    ).toHaveLength(1);
  });

  it('checks the lock owner (400 BadUserRequestException) and the task (404) on complete, failure, bpmnError and extendLock', async () => {
    await start();
    const [task] = await read(fetchAndLock());
    for (const [action, body] of [
      ['complete', {}],
      ['failure', { errorMessage: 'x', retries: 1, retryTimeout: 0 }],
      ['bpmnError', { errorCode: 'CREDIT_REFUSED' }],
      ['extendLock', { newDuration: 1000 }],
    ] as const) {
      const wrongWorker = await post(`/${task.id}/${action}`, { workerId: 'w2', ...body });
      expect([action, wrongWorker.status, (await read(wrongWorker)).type]).toEqual([
        action,
        400,
        'BadUserRequestException',
      ]);
      const missing = await post(`/no-such-task/${action}`, { workerId: 'w1', ...body });
      expect([action, missing.status, (await read(missing)).type]).toEqual([
        action,
        404,
        'InvalidRequestException',
      ]);
    }
    expect((await post(`/${task.id}/extendLock`, { workerId: 'w1', newDuration: 0 })).status).toBe(
      400,
    );
    expect(
      (
        await post(`/${task.id}/complete`, {
          workerId: 'w1',
          localVariables: { x: { value: 1, type: 'Integer' } },
        })
      ).status,
    ).toBe(400);
  });

  it('extends a lock, unlocks for any worker, and completes with typed variables', async () => {
    const instance = await start();
    const [task] = await read(fetchAndLock());
    expect(
      (await post(`/${task.id}/extendLock`, { workerId: 'w1', newDuration: 120_000 })).status,
    ).toBe(204);
    t.clock.advance(90_000);
    expect(await read(fetchAndLock({ workerId: 'w2' }))).toEqual([]);
    expect((await post(`/${task.id}/unlock`)).status).toBe(204);
    const [again] = await read(fetchAndLock({ workerId: 'w2' }));
    expect(again.id).toBe(task.id);
    const variables = {
      score: { value: 700, type: 'integer' },
      report: { value: '{"ok":true}', type: 'json' },
      checkedAt: { value: '2026-01-05T09:30:00.000+0000', type: 'date' },
    };
    expect((await post(`/${task.id}/complete`, { workerId: 'w2', variables })).status).toBe(204);
    expect(await t.engine.getInstance(instance.id)).toMatchObject({
      status: 'completed',
      variables: { score: 700, report: { ok: true }, checkedAt: '2026-01-05T09:30:00.000Z' },
    });
  });
});
