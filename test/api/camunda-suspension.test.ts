import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Suspension through `/engine-rest`, as the scripts of Camunda 7 users call it. */
describe('/engine-rest suspension', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/held-request.bpmn');
  });
  afterEach(() => t.close());

  const start = (businessKey: string) => t.engine.start('held-request', { businessKey });
  const suspendInstance = (id: string, suspended: boolean) =>
    t.json('developer', 'PUT', `/engine-rest/process-instance/${id}/suspended`, { suspended }, 204);

  it('suspends an instance and shows it in every list: instances, tasks, external tasks, jobs', async () => {
    const held = await start('C-1');
    const free = await start('C-2');
    await suspendInstance(held.id, true);

    expect(
      await t.json('analyst', 'GET', `/engine-rest/process-instance/${held.id}`),
    ).toMatchObject({ id: held.id, suspended: true });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(
      ids(await t.json('analyst', 'GET', '/engine-rest/process-instance?suspended=true')),
    ).toEqual([held.id]);
    expect(
      ids(await t.json('analyst', 'GET', '/engine-rest/process-instance?active=true')),
    ).toEqual([free.id]);
    expect(
      await t.json('analyst', 'POST', '/engine-rest/process-instance/count', { suspended: true }),
    ).toEqual({ count: 1 });

    const tasks = await t.json('admin', 'GET', '/engine-rest/task?suspended=true');
    expect(tasks).toMatchObject([{ processInstanceId: held.id, suspended: true }]);
    expect(await t.json('admin', 'GET', '/engine-rest/task?active=true')).toMatchObject([
      { processInstanceId: free.id, suspended: false },
    ]);
    expect(
      await t.json('analyst', 'GET', '/engine-rest/external-task?suspended=true'),
    ).toMatchObject([{ processInstanceId: held.id, suspended: true }]);
    const jobs = await t.json('analyst', 'GET', '/engine-rest/job?suspended=true&timers=true');
    expect(jobs).toMatchObject([{ processInstanceId: held.id, suspended: true }]);
    // Both escalation timers fall due; only the active instance's may run.
    t.clock.advance('PT35M');
    expect(await t.json('analyst', 'GET', '/engine-rest/job?executable=true')).toMatchObject([
      { processInstanceId: free.id, suspended: false },
    ]);
    expect(
      await t.json('analyst', 'GET', `/engine-rest/history/process-instance/${held.id}`),
    ).toMatchObject({ state: 'SUSPENDED' });
  });

  it("answers work on a suspended instance with Camunda's statuses and messages", async () => {
    const { id } = await start('C-3');
    const [task] = await t.engine.listTasks({ instanceId: id, elementId: 'answer-customer' });
    const [locked] = await t.json('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
      workerId: 'w1',
      maxTasks: 5,
      topics: [{ topicName: 'notify-customer', lockDuration: 60_000 }],
    });
    await suspendInstance(id, true);

    const claim = await t.call('admin', 'POST', `/engine-rest/task/${task!.id}/claim`, {
      userId: 'admin',
    });
    expect(claim.status).toBe(400);
    expect(await read(claim)).toMatchObject({
      type: 'SuspendedEntityInteractionException',
      message: `ENGINE-03043 task with id '${task!.id}' is suspended.`,
    });
    const complete = await t.call('admin', 'POST', `/engine-rest/task/${task!.id}/complete`, {});
    expect(complete.status).toBe(500);
    expect(await read(complete)).toMatchObject({
      type: 'RestException',
      message: `Cannot complete task ${task!.id}: ENGINE-03043 task with id '${task!.id}' is suspended.`,
    });

    const workerDone = await t.call(
      'developer',
      'POST',
      `/engine-rest/external-task/${locked.id}/complete`,
      { workerId: 'w1' },
    );
    expect(workerDone.status).toBe(400);
    expect(await read(workerDone)).toMatchObject({
      type: 'RestException',
      message: `ENGINE-03043 ExternalTask with id '${locked.id}' is suspended.`,
    });
    expect(
      await t.json('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
        workerId: 'w2',
        maxTasks: 5,
        topics: [{ topicName: 'notify-customer', lockDuration: 60_000 }],
      }),
    ).toEqual([]);

    const message = await t.call('developer', 'POST', '/engine-rest/message', {
      messageName: 'customer-replied',
      businessKey: 'C-3',
    });
    expect(message.status).toBe(400);
    expect((await read(message)).message).toContain('MismatchingMessageCorrelationException');

    await suspendInstance(id, false);
    await t.json('admin', 'POST', `/engine-rest/task/${task!.id}/complete`, {}, 204);
    await t.json(
      'developer',
      'POST',
      `/engine-rest/external-task/${locked.id}/complete`,
      { workerId: 'w1' },
      204,
    );
  });

  it('suspends the instances of a process at once, and refuses an unclear selection', async () => {
    const a = await start('C-4');
    const b = await start('C-5');
    await t.json(
      'developer',
      'PUT',
      '/engine-rest/process-instance/suspended',
      { processDefinitionKey: 'held-request', suspended: true },
      204,
    );
    expect((await t.engine.getInstance(a.id)).suspended).toBe(true);
    expect((await t.engine.getInstance(b.id)).suspended).toBe(true);
    await t.json(
      'developer',
      'PUT',
      '/engine-rest/process-instance/suspended',
      { processInstanceIds: [b.id], suspended: false },
      204,
    );
    expect((await t.engine.getInstance(b.id)).suspended).toBe(false);

    const both = await t.call('developer', 'PUT', '/engine-rest/process-instance/suspended', {
      processDefinitionKey: 'held-request',
      processDefinitionId: a.definitionId,
      suspended: true,
    });
    expect(both.status).toBe(400);
    expect((await read(both)).message).toBe(
      'Only one of processDefinitionId or processDefinitionKey or processInstanceIds should be set to update the suspension state.',
    );
    const none = await t.call('developer', 'PUT', '/engine-rest/process-instance/suspended', {
      suspended: true,
    });
    expect(none.status).toBe(400);
    const notRunning = await t.call(
      'developer',
      'PUT',
      '/engine-rest/process-instance/no-such-instance/suspended',
      { suspended: true },
    );
    expect(notRunning.status).toBe(404);
    // Suspending is a developer's act, like setting retries.
    expect(
      (
        await t.call('analyst', 'PUT', `/engine-rest/process-instance/${a.id}/suspended`, {
          suspended: false,
        })
      ).status,
    ).toBe(403);
  });

  it('suspends a definition: starts are refused, its instances follow when asked', async () => {
    const running = await start('C-6');
    const definitionId = running.definitionId;
    await t.json(
      'developer',
      'PUT',
      `/engine-rest/process-definition/${definitionId}/suspended`,
      { suspended: true, includeProcessInstances: true },
      204,
    );
    expect(
      await t.json('analyst', 'GET', `/engine-rest/process-definition/${definitionId}`),
    ).toMatchObject({ suspended: true });
    expect(
      await t.json('analyst', 'GET', '/engine-rest/process-definition?suspended=true'),
    ).toMatchObject([{ id: definitionId, suspended: true }]);
    expect(await t.json('analyst', 'GET', '/engine-rest/process-definition?active=true')).toEqual(
      [],
    );
    expect((await t.engine.getInstance(running.id)).suspended).toBe(true);

    const refused = await t.call(
      'developer',
      'POST',
      '/engine-rest/process-definition/key/held-request/start',
      {},
    );
    expect(refused.status).toBe(500);
    expect(await read(refused)).toMatchObject({
      type: 'RestException',
      message: `Cannot instantiate process definition ${definitionId}: ENGINE-03043 Process Definition with id '${definitionId}' is suspended.`,
    });

    const delayed = await t.call(
      'developer',
      'PUT',
      '/engine-rest/process-definition/key/held-request/suspended',
      { suspended: false, executionDate: '2026-02-01T00:00:00.000+0000' },
    );
    expect(delayed.status).toBe(400);
    expect((await read(delayed)).message).toContain('executionDate');

    await t.json(
      'developer',
      'PUT',
      '/engine-rest/process-definition/suspended',
      { processDefinitionKey: 'held-request', suspended: false },
      204,
    );
    await t.json('developer', 'POST', '/engine-rest/process-definition/key/held-request/start', {});
    // The running instance stays suspended: only includeProcessInstances takes it along.
    expect((await t.engine.getInstance(running.id)).suspended).toBe(true);
  });

  it('suspends a single job, which then does not run', async () => {
    const { id } = await start('C-7');
    const timer = (await t.engine.listJobs({ instanceId: id })).find(
      (job) => job.payload.type === 'timer-boundary',
    )!;
    await t.json(
      'developer',
      'PUT',
      `/engine-rest/job/${timer.id}/suspended`,
      { suspended: true },
      204,
    );
    expect(await t.json('analyst', 'GET', `/engine-rest/job/${timer.id}`)).toMatchObject({
      suspended: true,
    });
    t.clock.advance('PT31M');
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).not.toContain('back-office-review');
    await t.json(
      'developer',
      'PUT',
      '/engine-rest/job/suspended',
      { processInstanceId: id, suspended: false },
      204,
    );
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).toContain('back-office-review');
  });
});
