import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** `/api/tasks/{id}/comments`: the browser app's side of task comments, on `claim-review.bpmn`. */
describe('task comments in /api', () => {
  let t: TestApp;
  let path: string;
  let taskId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    const instance = await t.engine.start('claim-review');
    const [task] = await t.engine.listTasks({ instanceId: instance.id, elementId: 'review-claim' });
    taskId = task!.id;
    path = `/api/tasks/${taskId}/comments`;
  });
  afterEach(() => t.close());

  it('writes a comment as the caller and lists the comments oldest first, the same ones /engine-rest reads', async () => {
    expect(await t.json('front', 'GET', path)).toEqual([]);
    const written = await t.json(
      'front',
      'POST',
      path,
      { message: '  Called the customer  ' },
      201,
    );
    expect(written).toEqual({
      id: written.id,
      userId: 'front',
      at: '2026-01-05T09:00:00.000Z',
      message: 'Called the customer',
    });
    t.clock.advance('PT1M');
    await t.json('developer', 'POST', path, { message: 'Thanks' }, 201);
    expect((await t.json('front', 'GET', path)).map((c: { message: string }) => c.message)).toEqual(
      ['Called the customer', 'Thanks'],
    );
    const camunda = await t.json('front', 'GET', `/engine-rest/task/${taskId}/comment`);
    expect(camunda.map((c: { id: string }) => c.id)[0]).toBe(written.id);
  });

  it('refuses an empty comment, one by an analyst, one on a task not offered to the caller, and one on an ended task', async () => {
    expect((await t.call('front', 'POST', path, { message: '   ' })).status).toBe(400);
    expect((await t.call('analyst', 'POST', path, { message: 'Noted' })).status).toBe(403);
    expect((await t.call('back', 'POST', path, { message: 'Hello' })).status).toBe(404);
    await t.engine.completeTask(taskId);
    expect((await t.call('front', 'POST', path, { message: 'Late' })).status).toBe(409);
    expect(await t.json('front', 'GET', path)).toEqual([]);
  });
});
