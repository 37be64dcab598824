import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awaitPayment, deployDiagrams } from '../support/camunda-diagrams.ts';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('/engine-rest definitions, instances, messages, signals, history and incidents', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'test/processes/order-intake.bpmn',
      'test/processes/store-closing.bpmn',
      'test/processes/external-work.bpmn',
    );
    await deployDiagrams(t.engine, { 'await-payment.bpmn': awaitPayment });
  });
  afterEach(() => t.close());

  it('starts the latest version by key with typed variables and returns them when asked', async () => {
    const started = await t.json(
      'developer',
      'POST',
      '/engine-rest/process-definition/key/await-payment/start',
      {
        businessKey: 'order-1',
        variables: {
          amount: { value: 12.5, type: 'Double' },
          dueOn: { value: '2026-01-06T10:00:00.000+0100', type: 'Date' },
          customer: { value: '{"name":"Ana"}', type: 'Json' },
          vip: { value: true, type: 'boolean' },
        },
        withVariablesInReturn: true,
      },
    );
    expect(started).toMatchObject({
      definitionKey: 'await-payment',
      businessKey: 'order-1',
      ended: false,
      tenantId: null,
    });
    expect(started.variables).toEqual({
      amount: { type: 'Double', value: 12.5, valueInfo: {} },
      dueOn: { type: 'String', value: '2026-01-06T09:00:00.000Z', valueInfo: {} },
      customer: { type: 'Json', value: '{"name":"Ana"}', valueInfo: {} },
      vip: { type: 'Boolean', value: true, valueInfo: {} },
    });
    expect(
      await t.json('analyst', 'GET', '/engine-rest/process-instance?businessKey=order-1'),
    ).toMatchObject([{ id: started.id }]);
    expect(
      await t.json('analyst', 'GET', `/engine-rest/process-instance/${started.id}/variables`),
    ).toHaveProperty('vip');
    const noKey = await t.call(
      'developer',
      'POST',
      '/engine-rest/process-definition/key/no-such-process/start',
      {},
    );
    expect(noKey.status).toBe(404);
    expect(await read(noKey)).toEqual({
      type: 'InvalidRequestException',
      message: 'No matching process definition with key: no-such-process and no tenant-id',
    });
    const badValue = await t.call(
      'developer',
      'POST',
      '/engine-rest/process-definition/key/await-payment/start',
      { variables: { n: { value: 'many', type: 'Integer' } } },
    );
    expect(badValue.status).toBe(400);
    expect(
      (
        await t.call(
          'analyst',
          'POST',
          '/engine-rest/process-definition/key/await-payment/start',
          {},
        )
      ).status,
    ).toBe(403);
  });

  it('correlates a message to a waiting instance or a message start, answers results when asked, and refuses a mismatch with 400', async () => {
    const waiting = await t.engine.start('await-payment', { businessKey: 'order-2' });
    const delivered = await t.json('developer', 'POST', '/engine-rest/message', {
      messageName: 'payment-received',
      businessKey: 'order-2',
      processVariables: { paidAmount: { value: 99, type: 'Integer' } },
      resultEnabled: true,
      variablesInResultEnabled: true,
    });
    expect(delivered).toEqual([
      {
        resultType: 'Execution',
        execution: { id: waiting.id, processInstanceId: waiting.id, ended: true, tenantId: null },
        processInstance: null,
        variables: { paidAmount: { type: 'Integer', value: 99, valueInfo: {} } },
      },
    ]);
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/process-instance/${waiting.id}`)).status,
    ).toBe(404);

    const [startedByMessage] = await t.json('developer', 'POST', '/engine-rest/message', {
      messageName: 'order-placed',
      businessKey: 'order-3',
      resultEnabled: true,
    });
    expect(startedByMessage).toMatchObject({
      resultType: 'ProcessDefinition',
      execution: null,
      processInstance: { definitionKey: 'order-intake', businessKey: 'order-3' },
    });
    expect(
      (await t.call('developer', 'POST', '/engine-rest/message', { messageName: 'order-placed' }))
        .status,
    ).toBe(204);

    const mismatch = await t.call('developer', 'POST', '/engine-rest/message', {
      messageName: 'payment-received',
      businessKey: 'nobody',
    });
    expect(mismatch.status).toBe(400);
    expect(await read(mismatch)).toMatchObject({
      type: 'RestException',
      message: expect.stringMatching(
        /^org\.camunda\.bpm\.engine\.MismatchingMessageCorrelationException: /,
      ),
    });
    expect((await t.call('developer', 'POST', '/engine-rest/message', {})).status).toBe(400);
  });

  it('sets processVariablesLocal on the execution that receives the message: its output mapping reads them, then they end with it (MessageCorrelationTest#testCorrelationBySettingLocalVariables)', async () => {
    await t.deployFiles('test/processes/confirm-appointment.bpmn');
    const { id } = await t.engine.start('confirm-appointment', { businessKey: 'visit-1' });
    await t.json(
      'developer',
      'POST',
      '/engine-rest/message',
      {
        messageName: 'appointment-confirmed',
        businessKey: 'visit-1',
        processVariablesLocal: { chosenSlot: { value: 'monday 9:00', type: 'String' } },
        processVariables: { confirmedBy: { value: 'phone' } },
      },
      204,
    );
    const variables = (await t.engine.getInstance(id)).variables;
    expect(variables).toEqual({ slot: 'monday 9:00', confirmedBy: 'phone' });

    // Without a scope of its own, the receiving execution is the process (Camunda's root execution).
    const [started] = await t.json('developer', 'POST', '/engine-rest/message', {
      messageName: 'payment-received',
      processInstanceId: (await t.engine.start('await-payment')).id,
      processVariablesLocal: { receipt: { value: 'R-7' } },
      resultEnabled: true,
      variablesInResultEnabled: true,
    });
    expect(started.variables).toEqual({ receipt: { type: 'String', value: 'R-7', valueInfo: {} } });

    // A boundary event's execution is cancelled with its activity: refused, not dropped.
    const other = await t.engine.start('confirm-appointment', { businessKey: 'visit-2' });
    const refused = await t.call('developer', 'POST', '/engine-rest/message', {
      messageName: 'appointment-cancelled',
      businessKey: 'visit-2',
      processVariablesLocal: { reason: { value: 'ill' } },
    });
    expect(refused.status).toBe(400);
    expect((await t.engine.getInstance(other.id)).activeElements).toEqual(['await-confirmation']);
  });

  it('finds instances by variable conditions, in the store, in the GET and POST query forms and their counts', async () => {
    const x = await t.engine.start('await-payment', {
      businessKey: 'order-41',
      variables: { orderId: 'X', amount: 120 },
    });
    await t.engine.start('await-payment', {
      businessKey: 'order-42',
      variables: { orderId: 'Y', amount: 80 },
    });
    const ids = async (query: string) =>
      (await t.json('analyst', 'GET', `/engine-rest/process-instance?${query}`)).map(
        (i: any) => i.businessKey,
      );
    expect(await ids('variables=orderId_eq_X')).toEqual(['order-41']);
    expect(
      (await t.json('analyst', 'GET', '/engine-rest/process-instance?variables=orderId_eq_X'))[0]
        .id,
    ).toBe(x.id);
    expect(await ids('variables=amount_gt_100')).toEqual([]); // GET values are strings, as in Camunda
    expect(await ids('businessKeyLike=order-4%25&sortBy=businessKey&sortOrder=desc')).toEqual([
      'order-42',
      'order-41',
    ]);
    expect(await ids('processDefinitionKeyNotIn=await-payment')).toEqual([]);
    expect(
      await t.json('analyst', 'GET', '/engine-rest/process-instance/count?variables=orderId_neq_X'),
    ).toEqual({ count: 1 });
    const posted = await t.json('analyst', 'POST', '/engine-rest/process-instance?maxResults=5', {
      variables: [{ name: 'amount', operator: 'gteq', value: 100 }],
      sorting: [{ sortBy: 'instanceId', sortOrder: 'asc' }],
    });
    expect(posted.map((i: any) => i.businessKey)).toEqual(['order-41']);
    expect(
      await t.json('analyst', 'POST', '/engine-rest/process-instance/count', {
        processDefinitionKeyIn: ['await-payment'],
      }),
    ).toEqual({ count: 2 });
    const bad = await t.call(
      'analyst',
      'GET',
      '/engine-rest/process-instance?variables=orderId_is_X',
    );
    expect(bad.status).toBe(400);
    const unknownField = await t.call('analyst', 'POST', '/engine-rest/process-instance', {
      tenantIdIn: ['acme'],
    });
    expect(unknownField.status).toBe(400);
    expect(await read(unknownField)).toMatchObject({
      message: expect.stringContaining('tenantIdIn'),
    });
  });

  it('broadcasts a signal to every waiting catch', async () => {
    const a = await t.engine.start('store-closing');
    const b = await t.engine.start('store-closing');
    await t.json(
      'developer',
      'POST',
      '/engine-rest/signal',
      { name: 'store-closed', variables: { closedBy: { value: 'night shift', type: 'String' } } },
      204,
    );
    for (const id of [a.id, b.id])
      expect(await t.engine.getInstance(id)).toMatchObject({
        status: 'completed',
        variables: { closedBy: 'night shift' },
      });
    expect((await t.call('developer', 'POST', '/engine-rest/signal', {})).status).toBe(400);
  });

  it('lists historic instances with Camunda states and open incidents with what failed', async () => {
    const running = await t.engine.start('external-work', { businessKey: 'customer-5' });
    await t.json(
      'developer',
      'POST',
      '/engine-rest/message',
      { messageName: 'order-placed', businessKey: 'customer-6' },
      204,
    );
    const [locked] = await t.json('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'credit-check', lockDuration: 1000 }],
    });
    await t.json(
      'developer',
      'POST',
      `/engine-rest/external-task/${locked.id}/failure`,
      { workerId: 'w', errorMessage: 'bureau down', retries: 0 },
      204,
    );

    expect(
      await t.json('analyst', 'GET', `/engine-rest/incident?processInstanceId=${running.id}`),
    ).toMatchObject([
      {
        incidentType: 'failedExternalTask',
        activityId: 'check-credit',
        configuration: locked.id,
        incidentMessage: 'bureau down',
        processDefinitionId: running.definitionId,
      },
    ]);
    expect(await t.json('analyst', 'GET', '/engine-rest/incident?incidentType=failedJob')).toEqual(
      [],
    );
    const historic = await t.json(
      'analyst',
      'GET',
      '/engine-rest/history/process-instance?unfinished=true&sortBy=businessKey&sortOrder=asc',
    );
    expect(historic.map((h: any) => [h.businessKey, h.state])).toEqual([
      ['customer-5', 'ACTIVE'],
      ['customer-6', 'ACTIVE'],
    ]);
    const activities = await t.json(
      'analyst',
      'GET',
      `/engine-rest/history/activity-instance?processInstanceId=${running.id}&unfinished=true`,
    );
    expect(activities).toMatchObject([
      {
        activityId: 'check-credit',
        activityType: 'serviceTask',
        endTime: null,
        processInstanceId: running.id,
      },
    ]);
    expect((await t.call('anonymous', 'GET', '/engine-rest/incident')).status).toBe(401);
    expect((await t.call('front', 'GET', '/engine-rest/incident')).status).toBe(403);
  });

  it("answers errors in Camunda's shape: 401, 403 with the user, 400 naming the field, 404 for unknown ids and paths", async () => {
    const unauthenticated = await t.app.request('/engine-rest/process-definition', {
      headers: { authorization: 'Bearer pmt_wrong' },
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toContain('Basic');
    expect(await read(unauthenticated)).toMatchObject({ type: 'AuthenticationException' });
    const forbidden = await t.call(
      'front',
      'POST',
      '/engine-rest/deployment/create',
      new FormData(),
    );
    expect(await read(forbidden)).toMatchObject({
      type: 'AuthorizationException',
      userId: 'front',
      missingAuthorizations: [],
    });
    const invalid = await t.call('developer', 'POST', '/engine-rest/external-task/fetchAndLock', {
      workerId: 'w',
      topics: [],
    });
    expect(invalid.status).toBe(400);
    expect(await read(invalid)).toMatchObject({
      type: 'InvalidRequestException',
      message: expect.stringContaining('maxTasks'),
    });
    const small = await startTestApp({ maxBodyBytes: 1000 });
    const tooLarge = await small.call('developer', 'POST', '/engine-rest/message', {
      messageName: 'x'.repeat(2000),
    });
    expect([tooLarge.status, (await read(tooLarge)).type]).toEqual([
      413,
      'InvalidRequestException',
    ]);
    await small.close();
    for (const path of [
      '/engine-rest/process-definition/nope:1:x',
      '/engine-rest/process-instance/nope',
      '/engine-rest/deployment/nope',
      '/engine-rest/no-such-resource',
    ]) {
      const res = await t.call('admin', 'GET', path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await read(res)).toMatchObject({ type: 'InvalidRequestException' });
    }
  });
});
