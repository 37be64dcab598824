import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Executions and variable instances through `/engine-rest`. */
describe('/engine-rest executions and variable instances', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/await-reply.bpmn', 'test/processes/case-review.bpmn');
  });
  afterEach(() => t.close());
  const status = async (id: string) => (await t.engine.getInstance(id)).status;

  it('finds the execution waiting for a message and delivers it there', async () => {
    const waiting = await t.engine.start('await-reply', {
      businessKey: 'c-1',
      variables: { orderId: 'X' },
    });
    await t.engine.start('await-reply', { businessKey: 'c-2', variables: { orderId: 'Y' } });
    const found = await t.json(
      'analyst',
      'GET',
      '/engine-rest/execution?messageEventSubscriptionName=reply&variables=orderId_eq_X',
    );
    expect(found).toEqual([
      { id: waiting.id, processInstanceId: waiting.id, ended: false, tenantId: null },
    ]);
    expect(
      await t.json('analyst', 'POST', '/engine-rest/execution/count', { businessKey: 'c-2' }),
    ).toEqual({ count: 1 });
    expect(
      await t.json(
        'analyst',
        'GET',
        `/engine-rest/execution/${waiting.id}/messageSubscriptions/reply`,
      ),
    ).toMatchObject({ eventType: 'message', eventName: 'reply', activityId: 'reply-received' });
    await t.json(
      'developer',
      'POST',
      `/engine-rest/execution/${waiting.id}/messageSubscriptions/reply/trigger`,
      { variables: { answer: { value: 'yes', type: 'String' } } },
      204,
    );
    expect(await status(waiting.id)).toBe('completed');
    expect((await t.call('analyst', 'GET', `/engine-rest/execution/${waiting.id}`)).status).toBe(
      404,
    );
  });

  it('signals an execution at its one wait state, and refuses one at a task', async () => {
    const waiting = await t.engine.start('await-reply');
    await t.json('developer', 'POST', `/engine-rest/execution/${waiting.id}/signal`, {}, 204);
    expect(await status(waiting.id)).toBe('completed');
    const review = await t.engine.start('case-review', { variables: { reviewers: ['ana'] } });
    const refused = await t.call(
      'developer',
      'POST',
      `/engine-rest/execution/${review.id}/signal`,
      {},
    );
    expect(refused.status).toBe(400);
    expect((await read(refused)).message).toContain('task');
  });

  it('lists variables of every scope, reads one back by id, and sets local variables', async () => {
    const review = await t.engine.start('case-review', { variables: { reviewers: ['ana'] } });
    const variables = await t.json(
      'analyst',
      'GET',
      `/engine-rest/variable-instance?processInstanceIdIn=${review.id}&sortBy=variableName&sortOrder=asc`,
    );
    expect(variables.map((v: any) => [v.name, v.type])).toEqual([
      ['caseNote', 'String'],
      // The multi-instance body's own, as Camunda keeps them.
      ['loopCounter', 'Integer'],
      ['nrOfActiveInstances', 'Integer'],
      ['nrOfCompletedInstances', 'Integer'],
      ['nrOfInstances', 'Integer'],
      ['reviewer', 'String'],
      ['reviewers', 'Json'],
    ]);
    const note = variables[0];
    expect(note.activityInstanceId).not.toBe(review.id);
    expect(
      await t.json('analyst', 'GET', `/engine-rest/variable-instance/${note.id}`),
    ).toMatchObject({
      name: 'caseNote',
      value: 'opened for review',
      processInstanceId: review.id,
    });
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/variable-instance/${note.id}/data`)).status,
    ).toBe(400);
    expect((await t.call('analyst', 'GET', '/engine-rest/variable-instance/bm9wZQ')).status).toBe(
      404,
    );
    expect(
      await t.json('analyst', 'POST', '/engine-rest/variable-instance/count', {
        variableNameLike: 'review%',
      }),
    ).toEqual({ count: 2 });

    await t.json(
      'developer',
      'PUT',
      `/engine-rest/execution/${review.id}/localVariables/priority`,
      { value: 3, type: 'Integer' },
      204,
    );
    expect(
      await t.json('analyst', 'GET', `/engine-rest/execution/${review.id}/localVariables/priority`),
    ).toEqual({ value: 3, type: 'Integer', valueInfo: {} });
    expect((await t.call('front', 'GET', '/engine-rest/variable-instance')).status).toBe(403);
    expect((await t.call('front', 'GET', '/engine-rest/execution')).status).toBe(403);
  });
});
