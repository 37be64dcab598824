import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

/**
 * Who may start what: `customer-request` names the front office as candidate starters,
 * `callback-request` the front office and the user ana (with a start form and a message start),
 * `complaint-with-reply` nobody (developers only).
 */
describe('candidate starters', () => {
  let t: TestApp;
  const basic = (username: string, password: string) =>
    `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const nora = { username: 'nora', password: 'front office password' };
  const bruno = { username: 'bruno', password: 'back office password' };

  beforeAll(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'processes/customer-request.bpmn',
      'test/processes/complaint-with-reply.bpmn',
      'test/processes/callback-request.bpmn',
    );
    await t.identity.addUser({ ...nora, role: 'staff', groups: ['front-office'] });
    await t.identity.addUser({ ...bruno, role: 'staff', groups: ['back-office'] });
  });
  afterAll(() => t.close());

  const startThroughApi = (caller: Caller, processId: string, body: object = {}) =>
    t.call(caller, 'POST', `/api/process-definitions/${processId}/start`, body);

  /** `/engine-rest` with HTTP Basic and a password, as Camunda's Tasklist and scripts call it. */
  const engineRest = (user: { username: string; password: string }, path: string, body?: object) =>
    t.app.request(`/engine-rest${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        authorization: basic(user.username, user.password),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('lets front-office staff start a customer request through /api, and refuses back-office staff with 403', async () => {
    const res = await startThroughApi('front', 'customer-request', { businessKey: 'customer-1' });
    expect(res.status).toBe(201);
    const instance = (await res.json()) as { id: string };
    expect(instance).toMatchObject({ processId: 'customer-request', businessKey: 'customer-1' });
    const history = await t.engine.history(instance.id);
    expect(history.find((h) => h.kind === 'instance.started')?.userId).toBe('front');

    for (const caller of ['back', 'supervisor'] as const) {
      const refused = await startThroughApi(caller, 'customer-request', { businessKey: 'x' });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({
        type: 'not-a-starter',
        message: `${caller} may not start process customer-request: it is started by group front-office`,
      });
    }
    expect((await t.engine.listInstances({ businessKey: 'x' })).length).toBe(0);
  });

  it('lets front-office staff start a customer request through /engine-rest with HTTP Basic, and refuses back-office staff with 403', async () => {
    const res = await engineRest(nora, '/process-definition/key/customer-request/start', {
      businessKey: 'customer-2',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      definitionId: expect.stringMatching(/^customer-request:/),
      businessKey: 'customer-2',
    });
    const refused = await engineRest(bruno, '/process-definition/key/customer-request/start', {
      businessKey: 'customer-3',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: 'AuthorizationException' });
    const [definition] = await t.engine.listDefinitions({
      latestOnly: true,
      processId: 'customer-request',
    });
    const byId = await engineRest(bruno, `/process-definition/${definition!.id}/start`, {});
    expect(byId.status).toBe(403);
  });

  it('keeps a process that names no starters to developers', async () => {
    const refused = await startThroughApi('front', 'complaint-with-reply');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain(
      'only developers start it',
    );
    expect((await startThroughApi('analyst', 'complaint-with-reply')).status).toBe(403);
    expect((await startThroughApi('developer', 'complaint-with-reply')).status).toBe(201);
  });

  it('answers "what can I start" with the processes naming the caller or their groups, and their start forms', async () => {
    const startable = async (caller: Caller) =>
      (await t.json(caller, 'GET', '/api/process-definitions/startable')).map(
        (p: { processId: string }) => p.processId,
      );
    expect(await startable('front')).toEqual(['callback-request', 'customer-request']);
    expect(await startable('back')).toEqual([]);
    expect(await startable('developer')).toEqual([
      'callback-request',
      'complaint-with-reply',
      'customer-request',
    ]);
    const [callback] = await t.json('front', 'GET', '/api/process-definitions/startable');
    expect(callback).toMatchObject({
      name: 'Callback request',
      version: 1,
      startForm: [
        { id: 'phone', label: 'Phone number', type: 'string', required: true, minlength: 6 },
        { id: 'channel', type: 'enum', values: [{ id: 'phone' }, { id: 'shop' }] },
      ],
    });
    const [definition] = await t.json(
      'analyst',
      'GET',
      '/api/process-definitions?processId=callback-request',
    );
    expect(definition).toMatchObject({
      candidateStarterGroups: ['front-office'],
      candidateStarterUsers: ['ana'],
      startableInTasklist: true,
    });
  });

  it("answers Camunda's startable filters on /engine-rest/process-definition", async () => {
    const keys = async (user: { username: string; password: string }, query: string) =>
      ((await (await engineRest(user, `/process-definition?${query}`)).json()) as { key: string }[])
        .map((d) => d.key)
        .sort();
    const tasklist = 'latestVersion=true&startableInTasklist=true&startablePermissionCheck=true';
    expect(await keys(nora, tasklist)).toEqual(['callback-request', 'customer-request']);
    expect(await keys(bruno, tasklist)).toEqual([]);
    // Staff read no other definitions, even without the permission check.
    expect(await keys(bruno, 'latestVersion=true')).toEqual([]);
    const analyst = (query: string) =>
      t
        .call('analyst', 'GET', `/engine-rest/process-definition?${query}`)
        .then(async (r) => ((await r.json()) as { key: string }[]).map((d) => d.key).sort());
    expect(await analyst('latestVersion=true')).toEqual([
      'callback-request',
      'complaint-with-reply',
      'customer-request',
    ]);
    expect(await analyst('latestVersion=true&startablePermissionCheck=true')).toEqual([]);

    const hidden = (
      await readFile(new URL('../processes/callback-request.bpmn', import.meta.url), 'utf8')
    )
      .replaceAll('callback-request', 'shop-callback')
      .replace('callback-requested', 'shop-callback-requested')
      .replace('camunda:candidateStarterUsers="ana"', 'camunda:isStartableInTasklist="false"');
    await t.engine.deploy({ name: 'shop-callback.bpmn', xml: hidden });
    expect(await keys(nora, 'latestVersion=true&startableInTasklist=true')).toEqual([
      'callback-request',
      'customer-request',
    ]);
    expect(await keys(nora, 'latestVersion=true&notStartableInTasklist=true')).toEqual([
      'shop-callback',
    ]);
  });

  it('checks a start against the start form, through /api and through submit-form', async () => {
    const missing = await startThroughApi('front', 'callback-request', { variables: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      type: 'form-invalid',
      // The rule broken, so a page can say it in the user's language.
      details: { field: 'phone', rule: 'required' },
    });
    const short = await startThroughApi('front', 'callback-request', {
      variables: { phone: '123' },
    });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { details: object }).details).toMatchObject({
      field: 'phone',
      rule: 'minlength',
      limit: 6,
    });
    const started = await startThroughApi('front', 'callback-request', {
      variables: { phone: '+34 600 000 000', channel: 'phone' },
    });
    expect(started.status).toBe(201);

    const submit = (variables: object) =>
      engineRest(nora, '/process-definition/key/callback-request/submit-form', { variables });
    const refused = await submit({ channel: { value: 'fax', type: 'String' } });
    expect(refused.status).toBe(400);
    const ok = await submit({ phone: { value: '+34 600 000 001', type: 'String' } });
    expect(ok.status).toBe(200);
    expect(
      (
        await engineRest(bruno, '/process-definition/key/callback-request/submit-form', {
          variables: { phone: { value: '+34 600 000 002', type: 'String' } },
        })
      ).status,
    ).toBe(403);
  });

  it('lets a candidate starter correlate the start message of their process and nothing else', async () => {
    const correlate = (caller: Caller, messageName: string, extra: object = {}) =>
      t.call(caller, 'POST', '/api/messages', { messageName, businessKey: 'shop-7', ...extra });
    const started = await correlate('front', 'callback-requested');
    expect(started.status).toBe(200);
    expect(((await started.json()) as { results: unknown[] }).results).toMatchObject([
      { resultType: 'ProcessDefinition' },
    ]);
    const refused = await correlate('back', 'callback-requested');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: 'not-a-starter' });

    // A message an instance waits for is for workers and other systems, not for staff.
    const complaint = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/complaint-with-reply/start',
      { businessKey: 'complaint-1' },
      201,
    );
    const openTask = async () =>
      (await t.engine.listTasks({ instanceId: complaint.id, state: 'open' }))[0]!;
    await t.engine.completeTask((await openTask()).id, { variables: { needsInformation: true } });
    await t.engine.completeTask((await openTask()).id); // ask the customer
    expect(await t.engine.listEventSubscriptions({ instanceId: complaint.id })).toHaveLength(1);
    const notForStaff = await t.call('front', 'POST', '/api/messages', {
      messageName: 'customer-reply',
      businessKey: 'complaint-1',
    });
    expect(notForStaff.status).toBe(403);
    expect(await notForStaff.json()).toMatchObject({
      type: 'not-a-starter',
      message:
        "front may only correlate messages that start a process; 'customer-reply' starts none",
    });
    expect(await t.engine.listEventSubscriptions({ instanceId: complaint.id })).toHaveLength(1);

    const camunda = await engineRest(nora, '/message', {
      messageName: 'callback-requested',
      businessKey: 'shop-8',
    });
    expect(camunda.status).toBe(204);
    const camundaRefused = await engineRest(bruno, '/message', {
      messageName: 'callback-requested',
      businessKey: 'shop-9',
    });
    expect(camundaRefused.status).toBe(403);
    expect(
      (await t.engine.listInstances({ processId: 'callback-request' }))
        .map((i) => i.businessKey)
        .sort(),
    ).toEqual(expect.arrayContaining(['shop-7', 'shop-8']));
  });
});
