import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../api/middleware/json-depth.ts';
import { DEFAULT_LIMITS } from '../../engine/limits.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** `{ a: { a: ... } }` nested `depth` levels. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('variables past the limits', () => {
  let t: TestApp;
  let taskId: string;
  let instanceId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
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

  it('refuses a variable nested 3,500 levels deep with a 400 naming the limit, and the instance still works', async () => {
    const res = await t.call('front', 'POST', `/api/tasks/${taskId}/complete`, {
      variables: { solvableNow: true, deep: nested(3500) },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'json-too-deep',
      details: { limit: MAX_JSON_DEPTH },
    });
    const deeper = await t.call('front', 'POST', `/api/tasks/${taskId}/complete`, {
      variables: { solvableNow: true, deep: nested(DEFAULT_LIMITS.variableDepth + 1) },
    });
    expect(deeper.status).toBe(400);
    expect(await deeper.json()).toMatchObject({
      type: 'variable-too-deep',
      details: { field: 'variables.deep', limit: DEFAULT_LIMITS.variableDepth },
    });
    // Nothing was written: the task is still open and can be completed.
    await t.json(
      'front',
      'POST',
      `/api/tasks/${taskId}/complete`,
      { variables: { solvableNow: true } },
      204,
    );
    expect((await t.json('analyst', 'GET', `/api/process-instances/${instanceId}`)).status).toBe(
      'active',
    );
  });

  it('refuses deep and oversized values through every door: start, variables, Camunda typed Json', async () => {
    const start = await t.call(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { variables: { deep: nested(DEFAULT_LIMITS.variableDepth + 1) } },
    );
    expect(start.status).toBe(400);
    const large = await t.call(
      'developer',
      'POST',
      `/api/process-instances/${instanceId}/variables`,
      { variables: { notes: 'x'.repeat(DEFAULT_LIMITS.variableLength + 1) } },
    );
    expect(large.status).toBe(400);
    expect(((await large.json()) as { type: string }).type).toBe('variable-too-large');

    const typed = await t.call('front', 'PUT', `/engine-rest/task/${taskId}/variables/deep`, {
      type: 'Json',
      value: JSON.stringify(nested(3500)),
    });
    expect(typed.status).toBe(400);
    expect(((await typed.json()) as { message: string }).message).toMatch(/limit of 1000 levels/);
    const typedDeep = await t.call('front', 'PUT', `/engine-rest/task/${taskId}/variables/deep`, {
      type: 'Json',
      value: JSON.stringify(nested(DEFAULT_LIMITS.variableDepth + 1)),
    });
    expect(typedDeep.status).toBe(400);
    expect(((await typedDeep.json()) as { message: string }).message).toMatch(
      /limit of 100 levels/,
    );
    // A value at the limit is fine.
    await t.json(
      'front',
      'POST',
      `/api/tasks/${taskId}/complete`,
      { variables: { solvableNow: true, deep: nested(DEFAULT_LIMITS.variableDepth) } },
      204,
    );
  });

  it('answers a body of five million open brackets with a 400 at once, without parsing it', async () => {
    const body = '['.repeat(5_000_000);
    const started = performance.now();
    const res = await t.call('front', 'POST', `/api/tasks/${taskId}/complete`, body, {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
