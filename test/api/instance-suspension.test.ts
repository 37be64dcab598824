import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** `/api`: developers suspend and resume an instance; its tasks answer 409 meanwhile. */
describe('/api instance suspension', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/held-request.bpmn');
  });
  afterEach(() => t.close());

  it('suspends and resumes an instance; its task refuses claim and completion with a 409 meanwhile', async () => {
    const { id } = await t.engine.start('held-request', { businessKey: 'C-1' });
    const [task] = await t.engine.listTasks({ instanceId: id, elementId: 'answer-customer' });

    await t.json('developer', 'POST', `/api/process-instances/${id}/suspend`, undefined, 204);
    expect(await t.json('developer', 'GET', `/api/process-instances/${id}`)).toMatchObject({
      status: 'active',
      suspended: true,
    });
    for (const action of ['claim', 'complete']) {
      const refused = await t.call('front', 'POST', `/api/tasks/${task!.id}/${action}`, {});
      expect(refused.status, action).toBe(409);
      expect(await refused.json()).toMatchObject({ type: 'suspended' });
    }
    // Twice is once.
    await t.json('developer', 'POST', `/api/process-instances/${id}/suspend`, undefined, 204);

    await t.json('developer', 'POST', `/api/process-instances/${id}/resume`, undefined, 204);
    expect(await t.json('developer', 'GET', `/api/process-instances/${id}`)).toMatchObject({
      suspended: false,
    });
    await t.json('front', 'POST', `/api/tasks/${task!.id}/claim`, {}, 204);
    await t.json('front', 'POST', `/api/tasks/${task!.id}/complete`, {}, 204);
  });

  it('leaves suspending to developers, and answers 404 and 409 for unknown and ended instances', async () => {
    const { id } = await t.engine.start('held-request', { businessKey: 'C-2' });
    for (const caller of ['front', 'supervisor', 'analyst'] as const)
      expect((await t.call(caller, 'POST', `/api/process-instances/${id}/suspend`)).status).toBe(
        403,
      );
    expect((await t.call('developer', 'POST', '/api/process-instances/nope/suspend')).status).toBe(
      404,
    );
    await t.engine.cancelInstance(id);
    const ended = await t.call('developer', 'POST', `/api/process-instances/${id}/resume`);
    expect(ended.status).toBe(409);
    expect(await ended.json()).toMatchObject({ type: 'instance-ended' });
  });
});
