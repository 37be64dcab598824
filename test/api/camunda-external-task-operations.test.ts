import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../engine/index.ts';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** What an operator does to external tasks through `/engine-rest`: find them, retry, reprioritise. */
describe('/engine-rest external tasks for operators', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/external-work.bpmn');
  });
  afterEach(() => t.close());

  const fetchOne = async (workerId = 'w1') =>
    (
      await t.json('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
        workerId,
        maxTasks: 1,
        topics: [{ topicName: 'credit-check', lockDuration: 60_000 }],
      })
    )[0];
  const failLast = (id: string) =>
    t.json(
      'developer',
      'POST',
      `/engine-rest/external-task/${id}/failure`,
      { workerId: 'w1', errorMessage: 'CRM down', errorDetails: 'at crm.ts:12', retries: 0 },
      204,
    );
  const openIncidents = async () =>
    (await t.engine.listIncidents({ open: true })).map((i) => i.externalTaskId);

  it('retrying a failed task resolves its incident, and the task can be fetched again', async () => {
    await t.engine.start('external-work', { variables: { amount: 10 } });
    const task = await fetchOne();
    await failLast(task.id);
    expect(await openIncidents()).toEqual([task.id]);
    expect(await fetchOne()).toBeUndefined();
    const failed = await t.json('analyst', 'GET', '/engine-rest/external-task?noRetriesLeft=true');
    expect(failed).toMatchObject([{ id: task.id, retries: 0, errorMessage: 'CRM down' }]);
    const details = await t.call(
      'analyst',
      'GET',
      `/engine-rest/external-task/${task.id}/errorDetails`,
    );
    expect(await details.text()).toBe('at crm.ts:12');

    await t.json(
      'developer',
      'PUT',
      `/engine-rest/external-task/${task.id}/retries`,
      { retries: 2 },
      204,
    );
    expect(await openIncidents()).toEqual([]);
    expect(await t.json('analyst', 'GET', `/engine-rest/external-task/${task.id}`)).toMatchObject({
      retries: 2,
    });
    expect((await fetchOne('w2')).id).toBe(task.id);
  });

  it('retries 0 raises an incident; the batch form names tasks by instance; unknown ids are 404', async () => {
    const a = await t.engine.start('external-work', { variables: { amount: 1 } });
    const b = await t.engine.start('external-work', { variables: { amount: 2 } });
    await t.json(
      'developer',
      'PUT',
      '/engine-rest/external-task/retries',
      { retries: 0, processInstanceIds: [a.id, b.id] },
      204,
    );
    expect(await openIncidents()).toHaveLength(2);
    expect(
      await t.json('analyst', 'GET', '/engine-rest/external-task/count?withRetriesLeft=true'),
    ).toEqual({ count: 0 });
    const refused = await t.call('developer', 'PUT', '/engine-rest/external-task/retries', {
      retries: 1,
      externalTaskQuery: { topicName: 'credit-check' },
    });
    expect(refused.status).toBe(400);
    expect((await read(refused)).message).toContain('externalTaskQuery');
    const unknown = await t.call('developer', 'PUT', '/engine-rest/external-task/retries', {
      retries: 1,
      externalTaskIds: ['no-such-task'],
    });
    expect(unknown.status).toBe(404);
    expect(await openIncidents()).toHaveLength(2);
  });

  it('sets the retries of many tasks in one transaction: when one cannot change, none does', async () => {
    const a = await t.engine.start('external-work', { variables: { amount: 1 } });
    const b = await t.engine.start('external-work', { variables: { amount: 2 } });
    const [taskA] = await t.engine.listExternalTasks({ instanceId: a.id });
    const [taskB] = await t.engine.listExternalTasks({ instanceId: b.id });
    // The database refuses any write of b's task (as when a worker completed it meanwhile).
    const commit = t.store.commit.bind(t.store);
    t.store.commit = async (work) => {
      if (work.externalTasks?.some((x) => x.id === taskB!.id))
        throw new ConflictError('external-task-changed', `External task ${taskB!.id} changed`);
      return commit(work);
    };
    const refused = await t.call('developer', 'PUT', '/engine-rest/external-task/retries', {
      retries: 0,
      externalTaskIds: [taskA!.id, taskB!.id],
    });
    // Camunda's answer to a concurrent change: 500 with an OptimisticLockingException.
    expect(refused.status).toBe(500);
    expect((await read(refused)).type).toBe('OptimisticLockingException');
    t.store.commit = commit;
    expect(await openIncidents()).toEqual([]);
    expect(await t.engine.getExternalTask(taskA!.id)).toEqual(taskA);
    expect(await t.engine.getExternalTask(taskB!.id)).toEqual(taskB);
    await t.json(
      'developer',
      'PUT',
      '/engine-rest/external-task/retries',
      { retries: 0, externalTaskIds: [taskA!.id, taskB!.id] },
      204,
    );
    expect((await openIncidents()).sort()).toEqual([taskA!.id, taskB!.id].sort());
  });

  it('lists, counts, sorts and pages open tasks in both query forms, and names their topics', async () => {
    for (const amount of [1, 2, 3])
      await t.engine.start('external-work', { variables: { amount } });
    const all = await t.json('analyst', 'GET', '/engine-rest/external-task');
    expect(all).toHaveLength(3);
    const [high] = all;
    await t.json(
      'developer',
      'PUT',
      `/engine-rest/external-task/${high.id}/priority`,
      { priority: 90 },
      204,
    );
    const byPriority = await t.json('analyst', 'POST', '/engine-rest/external-task?maxResults=2', {
      sorting: [{ sortBy: 'taskPriority', sortOrder: 'desc' }],
      topicName: 'credit-check',
    });
    expect(byPriority.map((x: any) => x.priority)).toEqual([90, 0]);
    expect(
      await t.json('analyst', 'POST', '/engine-rest/external-task/count', {
        priorityHigherThanOrEquals: 50,
      }),
    ).toEqual({ count: 1 });
    await fetchOne();
    expect(await t.json('analyst', 'GET', '/engine-rest/external-task/count?locked=true')).toEqual({
      count: 1,
    });
    expect(await t.json('analyst', 'GET', '/engine-rest/external-task?tenantIdIn=acme')).toEqual(
      [],
    );
    expect(
      await t.json(
        'analyst',
        'GET',
        '/engine-rest/external-task/topic-names?withUnlockedTasks=true',
      ),
    ).toEqual(['credit-check']);
  });

  it('refuses staff, and analysts on changes', async () => {
    await t.engine.start('external-work', { variables: { amount: 1 } });
    expect((await t.call('front', 'GET', '/engine-rest/external-task')).status).toBe(403);
    const [task] = await t.json('analyst', 'GET', '/engine-rest/external-task');
    expect(
      (
        await t.call('analyst', 'PUT', `/engine-rest/external-task/${task.id}/retries`, {
          retries: 1,
        })
      ).status,
    ).toBe(403);
  });
});
