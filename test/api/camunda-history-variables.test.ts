import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * `/engine-rest/history/variable-instance`: the variables of claim reviews, set at the start,
 * on completing a task and by hand through the REST API, stay readable after their instance
 * is deleted, each with its last value.
 */
describe('/engine-rest/history/variable-instance', () => {
  let t: TestApp;
  let paid: string;
  let withdrawn: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    paid = (await t.engine.start('claim-review', { variables: { amount: 1200 } })).id;
    withdrawn = (await t.engine.start('claim-review', { variables: { amount: 50 } })).id;
    t.clock.advance('PT10M');
    const [review] = await t.json(
      'analyst',
      'GET',
      `/engine-rest/task?processInstanceId=${paid}&taskDefinitionKey=review-claim`,
    );
    const done = await t.call('front', 'POST', `/engine-rest/task/${review.id}/complete`, {
      variables: { checked: { value: true, type: 'Boolean' } },
    });
    expect(done.status).toBe(204);
    const changed = await t.call(
      'admin',
      'PUT',
      `/engine-rest/process-instance/${paid}/variables/amount`,
      { value: 1500, type: 'Integer' },
    );
    expect(changed.status).toBe(204);
    const deleted = await t.call('admin', 'DELETE', `/engine-rest/process-instance/${withdrawn}`);
    expect(deleted.status).toBe(204);
  });
  afterEach(() => t.close());

  const list = (query: string) =>
    t.json('analyst', 'GET', `/engine-rest/history/variable-instance?${query}`);

  it('lists the variables of running and deleted instances with their last values', async () => {
    const amounts = await list('variableName=amount&sortBy=instanceId&sortOrder=asc');
    expect(amounts.map((v: any) => [v.processInstanceId, v.value, v.type])).toEqual(
      [
        [paid, 1500, 'Integer'],
        [withdrawn, 50, 'Integer'],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
    const [kept] = await list(`processInstanceId=${withdrawn}`);
    expect(kept).toMatchObject({
      name: 'amount',
      value: 50,
      processDefinitionKey: 'claim-review',
      processInstanceId: withdrawn,
      state: 'CREATED',
      createTime: '2026-01-05T09:00:00.000+0000',
    });
    // The runtime resource no longer has it.
    expect(
      await t.json(
        'analyst',
        'GET',
        `/engine-rest/variable-instance?processInstanceIdIn=${withdrawn}`,
      ),
    ).toEqual([]);
    expect(
      (await t.json('analyst', 'GET', '/engine-rest/history/variable-instance/count')).count,
    ).toBe(3);
    expect((await list('variableTypeIn=Boolean')).map((v: any) => v.name)).toEqual(['checked']);
    expect(
      (
        await t.json('analyst', 'POST', '/engine-rest/history/variable-instance/count', {
          variableNameLike: 'am%',
          processDefinitionKey: 'claim-review',
        })
      ).count,
    ).toBe(2);
    const posted = await t.json(
      'analyst',
      'POST',
      '/engine-rest/history/variable-instance?maxResults=1',
      { processInstanceIdIn: [paid], sorting: [{ sortBy: 'variableName', sortOrder: 'desc' }] },
    );
    expect(posted.map((v: any) => v.name)).toEqual(['checked']);
  });

  it('reads one by id, refuses binary reads, unknown ids and staff', async () => {
    const [checked] = await list('variableName=checked');
    expect(
      await t.json('analyst', 'GET', `/engine-rest/history/variable-instance/${checked.id}`),
    ).toEqual(checked);
    const data = await t.call(
      'analyst',
      'GET',
      `/engine-rest/history/variable-instance/${checked.id}/data`,
    );
    expect(data.status).toBe(400);
    const missing = await t.call('analyst', 'GET', '/engine-rest/history/variable-instance/nope');
    expect(missing.status).toBe(404);
    expect((await read(missing)).type).toBe('InvalidRequestException');
    expect((await t.call('front', 'GET', '/engine-rest/history/variable-instance')).status).toBe(
      403,
    );
    const refused = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/variable-instance?variableValue=1',
    );
    expect(refused.status).toBe(400);
    expect((await read(refused)).message).toContain('variableValue');
  });
});
