import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { read } from '../support/camunda-server.ts';

/**
 * The query forms scripts use beside the lists: counts and POST bodies of history, event
 * subscriptions, tasks, and redeploying a deployment.
 */
describe('/engine-rest history, subscriptions, task queries and redeployment', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/await-reply.bpmn', 'test/processes/wait-an-hour.bpmn');
  });
  afterEach(() => t.close());

  it('counts and queries historic instances by status, end and variables in both forms', async () => {
    const waiting = await t.engine.start('await-reply', {
      businessKey: 'c-1',
      variables: { orderId: 'X' },
    });
    const done = await t.engine.start('wait-an-hour', {
      businessKey: 'c-2',
      variables: { orderId: 'Y' },
    });
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    const count = (path: string, body?: unknown) =>
      t.json(
        'analyst',
        body ? 'POST' : 'GET',
        `/engine-rest/history/process-instance/count${path}`,
        body,
      );
    expect(await count('?completed=true')).toEqual({ count: 1 });
    expect(await count('?finished=true&active=true')).toEqual({ count: 0 });
    expect(await count('?finishedAfter=2026-01-05T09:30:00.000%2B0000')).toEqual({ count: 1 });
    expect(await count('?variables=orderId_eq_X')).toEqual({ count: 1 });
    expect(
      await count('', { variables: [{ name: 'orderId', operator: 'eq', value: 'Y' }] }),
    ).toEqual({ count: 1 });
    const listed = await t.json(
      'analyst',
      'POST',
      '/engine-rest/history/process-instance?maxResults=1',
      {
        sorting: [{ sortBy: 'endTime', sortOrder: 'desc' }],
      },
    );
    // A running instance's end sorts as the largest value.
    expect(listed.map((i: any) => i.id)).toEqual([waiting.id]);
    expect(await count('?tenantIdIn=acme')).toEqual({ count: 0 });

    const activities = await t.json('analyst', 'POST', '/engine-rest/history/activity-instance', {
      processInstanceId: done.id,
      finished: true,
      sorting: [{ sortBy: 'occurrence', sortOrder: 'asc' }],
    });
    expect(activities.map((a: any) => a.activityId)).toEqual(['start', 'one-hour', 'end']);
    expect(
      await t.json(
        'analyst',
        'GET',
        `/engine-rest/history/activity-instance/count?processInstanceId=${done.id}&activityType=intermediateCatchEvent`,
      ),
    ).toEqual({ count: 1 });
    expect(
      await t.json('analyst', 'GET', `/engine-rest/history/activity-instance/${activities[1].id}`),
    ).toMatchObject({ activityId: 'one-hour', processInstanceId: done.id });
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/history/activity-instance/one-hour:nobody-1'))
        .status,
    ).toBe(404);
  });

  it("deletes an ended instance's history on request, and refuses a running one", async () => {
    const waiting = await t.engine.start('await-reply', { businessKey: 'c-1' });
    const done = await t.engine.start('wait-an-hour', { businessKey: 'c-2' });
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    const remove = (id: string, query = '', caller: 'developer' | 'analyst' = 'developer') =>
      t.call(caller, 'DELETE', `/engine-rest/history/process-instance/${id}${query}`);
    const historic = (id: string) =>
      t.call('analyst', 'GET', `/engine-rest/history/process-instance/${id}`);

    expect((await remove(done.id, '', 'analyst')).status).toBe(403);
    const running = await remove(waiting.id);
    expect(running.status).toBe(404);
    expect((await read(running)).message).toContain('still running');
    expect((await historic(waiting.id)).status).toBe(200);

    expect((await remove(done.id)).status).toBe(204);
    expect((await historic(done.id)).status).toBe(404);
    expect(await t.engine.history(done.id)).toEqual([]);
    expect((await remove(done.id)).status).toBe(404);
    expect((await remove(done.id, '?failIfNotExists=false')).status).toBe(204);
  });

  it('lists the message a running instance waits for', async () => {
    const waiting = await t.engine.start('await-reply');
    const subscriptions = await t.json(
      'analyst',
      'GET',
      `/engine-rest/event-subscription?processInstanceId=${waiting.id}`,
    );
    expect(subscriptions).toMatchObject([
      {
        eventType: 'message',
        eventName: 'reply',
        activityId: 'reply-received',
        executionId: waiting.id,
      },
    ]);
    expect(
      await t.json('analyst', 'GET', '/engine-rest/event-subscription/count?eventType=signal'),
    ).toEqual({ count: 0 });
    expect((await t.call('front', 'GET', '/engine-rest/event-subscription')).status).toBe(403);
  });

  it('queries tasks by POST body within what the caller may see', async () => {
    await t.deployFiles('test/processes/case-review.bpmn');
    await t.engine.start('case-review', {
      businessKey: 'case-1',
      variables: { reviewers: ['ana'] },
    });
    await t.engine.start('case-review', {
      businessKey: 'case-2',
      variables: { reviewers: ['bo'] },
    });
    const byBody = (caller: 'back' | 'front', body: unknown, path = '') =>
      t.json(caller, 'POST', `/engine-rest/task${path}`, body);
    const newestFirst = await byBody('back', {
      sorting: [{ sortBy: 'created', sortOrder: 'desc' }],
      processInstanceBusinessKeyIn: ['case-1', 'case-2'],
    });
    expect(newestFirst).toHaveLength(2);
    expect(await byBody('back', { processInstanceBusinessKey: 'case-1' }, '/count')).toEqual({
      count: 1,
    });
    expect(await byBody('front', {}, '/count')).toEqual({ count: 0 });
    expect(await byBody('front', { processInstanceBusinessKey: 'case-1' })).toEqual([]);
    const refused = await t.call('back', 'POST', '/engine-rest/task', { tenantIdIn: ['acme'] });
    expect(refused.status).toBe(400);
  });

  it('redeploys a deployment as a new version', async () => {
    const [deployment] = await t.json(
      'developer',
      'GET',
      '/engine-rest/deployment?nameLike=await%25',
    );
    const again = await t.json(
      'developer',
      'POST',
      `/engine-rest/deployment/${deployment.id}/redeploy`,
      {},
    );
    expect(Object.values(again.deployedProcessDefinitions)).toMatchObject([
      { key: 'await-reply', version: 2 },
    ]);
    expect(
      (
        await t.call('developer', 'POST', `/engine-rest/deployment/${deployment.id}/redeploy`, {
          resourceNames: ['nope.bpmn'],
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.call('analyst', 'POST', `/engine-rest/deployment/${deployment.id}/redeploy`, {}))
        .status,
    ).toBe(403);
  });
});
