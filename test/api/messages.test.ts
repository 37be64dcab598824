import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('messages and signals API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'test/processes/complaint-with-reply.bpmn',
      'test/processes/store-closing.bpmn',
      'test/processes/order-intake.bpmn',
    );
  });
  afterEach(() => t.close());

  /** A complaint whose back office asked the customer and now waits for the reply. */
  async function waitingForReply(businessKey: string, variables: Record<string, unknown> = {}) {
    const { id } = await t.engine.start('complaint-with-reply', { businessKey, variables });
    for (const [elementId, vars] of [
      ['analyse-complaint', { needsInformation: true }],
      ['ask-customer', {}],
    ] as const) {
      const [task] = await t.engine.listTasks({ instanceId: id, elementId, state: 'open' });
      await t.engine.completeTask(task!.id, { variables: vars });
    }
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['customer-reply']);
    return id;
  }

  it("delivers a customer's reply to the instance waiting for it, with its variables", async () => {
    const id = await waitingForReply('customer-7');
    await waitingForReply('customer-8');
    const reply = await t.json('developer', 'POST', '/api/messages', {
      messageName: 'customer-reply',
      businessKey: 'customer-7',
      variables: { reply: 'order 1234' },
    });
    expect(reply).toEqual({ results: [{ resultType: 'Execution', instanceId: id }] });
    const instance = await t.json('analyst', 'GET', `/api/process-instances/${id}`);
    expect(instance).toMatchObject({
      activeElements: ['resolve-complaint'],
      variables: { needsInformation: true, reply: 'order 1234' },
    });
  });

  it('answers 400 with the reason when a message matches nothing, or several executions without all', async () => {
    const first = await waitingForReply('customer-7', { ticket: 1 });
    const second = await waitingForReply('customer-8', { ticket: 2 });
    const nothing = await t.call('developer', 'POST', '/api/messages', {
      messageName: 'customer-reply',
      businessKey: 'customer-9',
    });
    expect(nothing.status).toBe(400);
    expect(await nothing.json()).toMatchObject({
      type: 'message-not-correlated',
      message: expect.stringContaining("'customer-reply'"),
    });
    const ambiguous = await t.call('developer', 'POST', '/api/messages', {
      messageName: 'customer-reply',
    });
    expect(ambiguous.status).toBe(400);
    expect(await ambiguous.json()).toMatchObject({
      type: 'message-ambiguous',
      message: expect.stringContaining('2 executions'),
    });

    const byKey = await t.json('developer', 'POST', '/api/messages', {
      messageName: 'customer-reply',
      correlationKeys: { ticket: 2 },
    });
    expect(byKey.results).toEqual([{ resultType: 'Execution', instanceId: second }]);
    await waitingForReply('customer-10');
    const all = await t.json('developer', 'POST', '/api/messages', {
      messageName: 'customer-reply',
      all: true,
    });
    expect(all.results.map((r: { instanceId: string }) => r.instanceId)).toContain(first);
    expect(all.results).toHaveLength(2);
  });

  it('starts an instance by a message start event, with the business key', async () => {
    const started = await t.json('developer', 'POST', '/api/messages', {
      messageName: 'order-placed',
      businessKey: 'customer-3',
      variables: { orderId: 'o-1' },
    });
    expect(started.results).toEqual([
      { resultType: 'ProcessDefinition', instanceId: expect.any(String) },
    ]);
    const instance = await t.json(
      'analyst',
      'GET',
      `/api/process-instances/${started.results[0].instanceId}`,
    );
    expect(instance).toMatchObject({
      processId: 'order-intake',
      businessKey: 'customer-3',
      activeElements: ['check-order'],
      variables: { orderId: 'o-1' },
    });
  });

  it('broadcasts a signal to every waiting catch and says how many it reached', async () => {
    const a = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/store-closing/start',
      {},
      201,
    );
    const b = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/store-closing/start',
      {},
      201,
    );
    expect(
      await t.json('developer', 'POST', '/api/signals', {
        signalName: 'store-closed',
        variables: { closedBy: 'ops' },
      }),
    ).toEqual({ reached: 2 });
    for (const { id } of [a, b]) {
      expect(await t.json('analyst', 'GET', `/api/process-instances/${id}`)).toMatchObject({
        status: 'completed',
        variables: { closedBy: 'ops' },
      });
    }
    expect(
      await t.json('developer', 'POST', '/api/signals', { signalName: 'store-closed' }),
    ).toEqual({ reached: 0 });
  });

  it('takes signals and messages to waiting executions only from developers, and names a missing field', async () => {
    for (const caller of ['front', 'analyst'] as const) {
      expect(
        (await t.call(caller, 'POST', '/api/messages', { messageName: 'customer-reply' })).status,
      ).toBe(403);
      expect(
        (await t.call(caller, 'POST', '/api/signals', { signalName: 'store-closed' })).status,
      ).toBe(403);
    }
    const missing = await t.call('developer', 'POST', '/api/signals', { variables: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      type: 'validation-failed',
      details: { field: 'signalName' },
    });
  });
});
