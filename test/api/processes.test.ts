import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const file = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('deployments, definitions and instances API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ maxBodyBytes: 64 * 1024 });
  });
  afterEach(() => t.close());

  it('deploys a BPMN file by multipart upload, lists it and serves its XML', async () => {
    const xml = await file('processes/customer-request.bpmn');
    const form = new FormData();
    form.append('file', new File([xml], 'customer-request.bpmn', { type: 'application/xml' }));
    const reply = await t.json('developer', 'POST', '/api/deployments', form, 201);
    expect(reply.deployments).toMatchObject([
      { duplicate: false, definitions: [{ processId: 'customer-request', version: 1 }] },
    ]);
    const [deployment] = await t.json('analyst', 'GET', '/api/deployments');
    expect(deployment).toMatchObject({
      name: 'customer-request.bpmn',
      deployedBy: 'developer',
      definitions: [{ version: 1 }],
    });
    const res = await t.call('analyst', 'GET', '/api/process-definitions/customer-request/xml');
    expect(res.headers.get('content-type')).toContain('application/xml');
    expect(await res.text()).toBe(xml);
  });

  it('deploys JSON, marks an identical upload as duplicate and lists latest or all versions', async () => {
    const xml = await file('test/processes/conditional-approval.bpmn');
    await t.json('developer', 'POST', '/api/deployments', { name: 'a.bpmn', xml }, 201);
    const again = await t.json(
      'developer',
      'POST',
      '/api/deployments',
      { name: 'a.bpmn', xml },
      201,
    );
    expect(again.deployments[0].duplicate).toBe(true);
    await t.json(
      'developer',
      'POST',
      '/api/deployments',
      { name: 'a.bpmn', xml: xml.replace('auto-approved" />', 'auto-approved" name="Auto" />') },
      201,
    );
    expect(
      (await t.json('analyst', 'GET', '/api/process-definitions')).map((d: any) => d.version),
    ).toEqual([2]);
    expect(
      (await t.json('analyst', 'GET', '/api/process-definitions?latest=false')).map(
        (d: any) => d.version,
      ),
    ).toEqual([1, 2]);
  });

  it('answers 422 with the validator’s problems, naming elements and lines', async () => {
    const xml = (await file('test/processes/conditional-approval.bpmn')).replace(
      'targetRef="manager-approval"',
      'targetRef="nowhere"',
    );
    const res = await t.call('developer', 'POST', '/api/deployments', { name: 'broken.bpmn', xml });
    expect(res.status).toBe(422);
    const body: any = await res.json();
    expect(body.type).toBeTypeOf('string');
    expect(body.details.problems.length).toBeGreaterThan(0);
    expect(body.details.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
  });

  it('refuses a literal due date that can never parse, naming the task and its line, and deploys nothing', async () => {
    const shipped = await file('processes/customer-request.bpmn');
    const xml = shipped.replace(
      'camunda:dueDate="${promiseDueAt}"',
      'camunda:dueDate="in three minutes"',
    );
    const line = xml.split('\n').findIndex((l) => l.includes('in three minutes')) + 1;
    const res = await t.call('developer', 'POST', '/api/deployments', { name: 'late.bpmn', xml });
    expect(res.status).toBe(422);
    const body: any = await res.json();
    expect(body.details.problems).toEqual([
      expect.objectContaining({ code: 'invalid-due-date', elementId: 'answer-customer', line }),
    ]);
    expect(body.message).toContain("'in three minutes'");
    expect(await t.engine.listDefinitions({ processId: 'customer-request' })).toEqual([]);
  });

  it('answers 413 for a body over the limit and 400 for malformed JSON, in the error shape', async () => {
    const big = await t.call('developer', 'POST', '/api/deployments', {
      name: 'big.bpmn',
      xml: 'x'.repeat(70 * 1024),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({
      type: 'payload-too-large',
      details: { maxBytes: 64 * 1024 },
    });
    const bad = await t.call('developer', 'POST', '/api/deployments', '{"name":', {
      'content-type': 'application/json',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      type: 'invalid-request',
      message: expect.any(String),
      details: {},
    });
    const missing = await t.call('developer', 'POST', '/api/deployments', { name: 'x.bpmn' });
    expect(await missing.json()).toMatchObject({
      type: 'validation-failed',
      details: { in: 'body', field: 'xml' },
    });
  });

  it('starts an instance with a business key, sets variables, lists by filter and cancels it', async () => {
    await t.deployFiles('processes/customer-request.bpmn');
    const instance = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-7', variables: { channel: 'phone' } },
      201,
    );
    expect(instance).toMatchObject({
      businessKey: 'customer-7',
      status: 'active',
      activeElements: ['classify-request'],
      variables: { channel: 'phone' },
    });
    expect(instance.tokens).toEqual([
      { tokenId: expect.any(String), elementId: 'classify-request', state: 'waiting' },
    ]);
    await t.json(
      'developer',
      'POST',
      `/api/process-instances/${instance.id}/variables`,
      { variables: { priority: 'high' } },
      204,
    );
    expect(
      (await t.json('analyst', 'GET', `/api/process-instances/${instance.id}`)).variables,
    ).toEqual({ channel: 'phone', priority: 'high' });
    const found = await t.json(
      'analyst',
      'GET',
      '/api/process-instances?businessKey=customer-7&status=active',
    );
    expect(found.items.map((i: any) => i.id)).toEqual([instance.id]);
    expect(
      (await t.json('analyst', 'GET', '/api/process-instances?startedAfter=2030-01-01T00:00:00Z'))
        .items,
    ).toEqual([]);
    await t.json(
      'developer',
      'POST',
      `/api/process-instances/${instance.id}/cancel`,
      { reason: 'customer withdrew' },
      204,
    );
    expect((await t.json('analyst', 'GET', `/api/process-instances/${instance.id}`)).status).toBe(
      'cancelled',
    );
    expect(
      (await t.call('developer', 'POST', `/api/process-instances/${instance.id}/cancel`)).status,
    ).toBe(409);
  });

  it('deletes a definition version only once no instance runs on it', async () => {
    await t.deployFiles('processes/customer-request.bpmn');
    const [definition] = await t.json('analyst', 'GET', '/api/process-definitions');
    const instance = await t.json(
      'developer',
      'POST',
      `/api/process-definitions/${definition.id}/start`,
      {},
      201,
    );
    const refused = await t.call(
      'developer',
      'DELETE',
      `/api/process-definitions/${definition.id}`,
    );
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ type: 'definition-in-use' });
    await t.json('developer', 'POST', `/api/process-instances/${instance.id}/cancel`, {}, 204);
    await t.json(
      'developer',
      'DELETE',
      `/api/process-definitions/${definition.id}`,
      undefined,
      204,
    );
    expect(await t.json('analyst', 'GET', '/api/process-definitions')).toEqual([]);
    expect(await t.json('analyst', 'GET', '/api/deployments')).toEqual([]);
    expect(
      (await t.call('developer', 'DELETE', `/api/process-definitions/${definition.id}`)).status,
    ).toBe(404);
  });

  it('answers 404 for an unknown definition or instance, and 500 with a request id but no stack when a handler fails', async () => {
    expect(
      (await t.call('developer', 'POST', '/api/process-definitions/nope/start', {})).status,
    ).toBe(404);
    expect(
      await (await t.call('analyst', 'GET', '/api/process-instances/nope')).json(),
    ).toMatchObject({ type: 'instance-not-found' });
    t.engine.listDeployments = async () => {
      throw new Error('disk on fire at /secret/path');
    };
    const original = console.error;
    console.error = () => {};
    const res = await t.call('analyst', 'GET', '/api/deployments', undefined, {
      'x-request-id': 'req-42',
    });
    console.error = original;
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({
      type: 'internal-error',
      message: expect.any(String),
      details: { requestId: 'req-42' },
    });
    expect(body).not.toContain('secret');
  });
});
