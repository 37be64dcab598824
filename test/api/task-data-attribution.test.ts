import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('who changes task data', () => {
  let t: TestApp;
  let taskId: string;
  let instanceId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
    // A second member of the front office, who will hold the task.
    await t.identity.addUser({ username: 'rosa', role: 'staff', groups: ['front-office'] });
    await t.identity.addUser({ username: 'gone', role: 'staff', groups: ['front-office'] });
    await t.identity.updateUser('gone', { disabled: true });
    ({ id: instanceId } = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-1' },
      201,
    ));
    [{ id: taskId }] = (await t.json('front', 'GET', '/api/tasks')).items;
  });
  afterEach(() => t.close());

  const history = async (kind: string) =>
    (await t.engine.history(instanceId)).filter((entry) => entry.kind === kind);

  it("refuses a group member's variable writes on a task another member holds, and names who wrote otherwise", async () => {
    await t.engine.claimTask(taskId, 'rosa');
    const put = await t.call('front', 'PUT', `/engine-rest/task/${taskId}/variables/priority`, {
      value: 'low',
      type: 'String',
    });
    expect(put.status).toBe(403);
    const modify = await t.call('front', 'POST', `/engine-rest/task/${taskId}/variables`, {
      modifications: { priority: { value: 'low', type: 'String' } },
    });
    expect(modify.status).toBe(403);
    expect((await t.engine.getInstance(instanceId)).variables.priority).toBeUndefined();

    await t.engine.unclaimTask(taskId);
    await t.json(
      'front',
      'PUT',
      `/engine-rest/task/${taskId}/variables/priority`,
      { value: 'high', type: 'String' },
      204,
    );
    await t.json(
      'developer',
      'POST',
      `/api/process-instances/${instanceId}/variables`,
      { variables: { channel: 'phone' } },
      204,
    );
    expect((await history('variable.set')).map((e) => [e.data?.name, e.userId])).toEqual([
      ['priority', 'front'],
      ['channel', 'developer'],
    ]);
  });

  it('records who unclaimed a task, on both APIs', async () => {
    await t.json('front', 'POST', `/api/tasks/${taskId}/claim`, undefined, 204);
    await t.json('front', 'POST', `/api/tasks/${taskId}/unclaim`, undefined, 204);
    await t.json('front', 'POST', `/engine-rest/task/${taskId}/claim`, {}, 204);
    await t.json('front', 'POST', `/engine-rest/task/${taskId}/unclaim`, undefined, 204);
    expect((await history('task.unclaimed')).map((e) => e.userId)).toEqual(['front', 'front']);
  });

  it('assigns and delegates only to existing, enabled users who may work the task', async () => {
    for (const assignee of ['nobody', 'gone', 'back']) {
      const res = await t.call('front', 'POST', `/api/tasks/${taskId}/assign`, { assignee });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { type: string }).type).toBe('invalid-assignee');
    }
    expect((await t.engine.getTask(taskId)).assignee).toBeNull();
    await t.json('front', 'POST', `/api/tasks/${taskId}/claim`, undefined, 204);
    const delegated = await t.call('front', 'POST', `/api/tasks/${taskId}/delegate`, {
      assignee: 'nobody',
    });
    expect(delegated.status).toBe(400);
    const claimedFor = await t.call('admin', 'POST', `/engine-rest/task/${taskId}/unclaim`);
    expect(claimedFor.status).toBe(204);
    const forGhost = await t.call('admin', 'POST', `/engine-rest/task/${taskId}/claim`, {
      userId: 'nobody',
    });
    expect(forGhost.status).toBe(400);
    await t.json('front', 'POST', `/api/tasks/${taskId}/assign`, { assignee: 'rosa' }, 204);
    expect((await t.engine.getTask(taskId)).assignee).toBe('rosa');
  });
});

describe('typed variables with hostile names and types', () => {
  let t: TestApp;
  let taskId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-1' },
      201,
    );
    [{ id: taskId }] = (await t.json('front', 'GET', '/api/tasks')).items;
  });
  afterEach(() => t.close());

  it.each(['__proto__', 'toString', 'constructor'])(
    'answers a value of type %s with a 400, not a 500',
    async (type) => {
      const res = await t.call('front', 'PUT', `/engine-rest/task/${taskId}/variables/x`, {
        value: 1,
        type,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/Unsupported value type/);
    },
  );

  it('refuses a variable named __proto__ with a 400 instead of dropping it, through every door', async () => {
    const one = await t.call('front', 'PUT', `/engine-rest/task/${taskId}/variables/__proto__`, {
      value: 'x',
      type: 'String',
    });
    expect(one.status).toBe(400);
    const modify = await t.call(
      'front',
      'POST',
      `/engine-rest/task/${taskId}/variables`,
      '{"modifications":{"__proto__":{"value":"x","type":"String"}}}',
      { 'content-type': 'application/json' },
    );
    expect(modify.status).toBe(400);
    const complete = await t.call(
      'front',
      'POST',
      `/api/tasks/${taskId}/complete`,
      '{"variables":{"solvableNow":true,"__proto__":{"polluted":true}}}',
      { 'content-type': 'application/json' },
    );
    expect(complete.status).toBe(400);
  });
});
