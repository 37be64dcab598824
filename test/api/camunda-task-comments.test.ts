import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Task comments through `/engine-rest`, on `claim-review.bpmn` (kept 30 days once ended). */
describe('/engine-rest task comments', () => {
  let t: TestApp;
  let instanceId: string;
  let taskId: string;
  let path: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    instanceId = (await t.engine.start('claim-review')).id;
    const [review] = await t.engine.listTasks({ instanceId, elementId: 'review-claim' });
    taskId = review!.id;
    path = `/engine-rest/task/${taskId}/comment`;
  });
  afterEach(() => t.close());

  const write = (caller: 'front' | 'back' | 'analyst' | 'developer', body: unknown) =>
    t.call(caller, 'POST', `${path}/create`, body);

  it('writes comments as the authenticated user and reads them back, oldest first, also after the task ended', async () => {
    const first = await t.json('front', 'POST', `${path}/create`, {
      message: 'Customer sent the receipt by post',
    });
    expect(first).toEqual({
      links: [
        {
          method: 'GET',
          href: `http://localhost/engine-rest/task/${taskId}/comment/${first.id}`,
          rel: 'self',
        },
      ],
      id: first.id,
      userId: 'front',
      taskId,
      time: '2026-01-05T09:00:00.000+0000',
      message: 'Customer sent the receipt by post',
      removalTime: null,
      rootProcessInstanceId: null,
    });
    t.clock.advance('PT5M');
    // Those who steer the lane may comment too; their processInstanceId must be the task's.
    const second = await t.json('developer', 'POST', `${path}/create`, {
      message: 'Pay it today, please',
      processInstanceId: instanceId,
    });
    const comments = await t.json('front', 'GET', path);
    expect(comments.map((c: { userId: string; time: string }) => [c.userId, c.time])).toEqual([
      ['front', '2026-01-05T09:00:00.000+0000'],
      ['developer', '2026-01-05T09:05:00.000+0000'],
    ]);
    expect(await t.json('front', 'GET', `${path}/${second.id}`)).toEqual({ ...second, links: [] });
    const missing = await t.call('front', 'GET', `${path}/no-such-comment`);
    expect(missing.status).toBe(404);
    expect((await read(missing)).message).toContain('no-such-comment');

    await t.engine.completeTask(taskId);
    expect(await t.json('front', 'GET', path)).toEqual(comments);
    expect((await write('front', { message: 'Too late' })).status).toBe(400);
  });

  it('refuses a comment from someone the task is not offered to, one with no message, or under another name', async () => {
    // Not offered to the back office: as for an unknown task, Camunda's 400.
    const hidden = await write('back', { message: 'Hello' });
    expect(hidden.status).toBe(400);
    expect((await read(hidden)).message).toBe(`No task found for task id ${taskId}`);
    expect((await t.call('back', 'GET', path)).status).toBe(404);
    // Analysts read every task and its comments, but write none.
    expect((await write('analyst', { message: 'Noted' })).status).toBe(403);
    expect(await t.json('analyst', 'GET', path)).toEqual([]);
    for (const [body, words] of [
      [{}, 'message'],
      [{ message: '' }, 'message'],
      [{ message: 'Hi', userId: 'back' }, 'userId'],
      [{ message: 'Hi', processInstanceId: 'another' }, 'processInstanceId'],
      [{ message: 'Hi', fullMessage: 'Hi' }, 'fullMessage'],
    ] as const) {
      const res = await write('front', body);
      expect(res.status, words).toBe(400);
      expect((await read(res)).message, words).toContain(words);
    }
    expect(await t.store.listTaskComments(taskId)).toEqual([]);
  });

  it('goes with its instance when the history clean-up removes it', async () => {
    expect((await write('front', { message: 'Fraud? No.' })).status).toBe(200);
    await t.engine.completeTask(taskId);
    await t.engine.completeTask(
      (await t.engine.listTasks({ instanceId, elementId: 'verify-documents' }))[0]!.id,
    );
    const [pay] = await t.engine.listTasks({ instanceId, elementId: 'pay-claim' });
    await t.engine.completeTask(pay!.id);
    expect((await t.engine.getInstance(instanceId)).status).toBe('completed');
    t.clock.advance('P29D');
    await t.engine.cleanUpHistory();
    expect(await t.store.listTaskComments(taskId)).toHaveLength(1);
    t.clock.advance('P2D');
    await t.engine.cleanUpHistory();
    expect(await t.store.listTaskComments(taskId)).toEqual([]);
  });
});
