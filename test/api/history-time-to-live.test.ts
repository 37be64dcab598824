import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const file = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

/** `camunda:historyTimeToLive` through both APIs: shown on the definition, refused when malformed. */
describe('history time to live of a process definition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is shown in days by /api and by /engine-rest as Camunda shows it', async () => {
    const xml = await file('test/processes/kept-a-month.bpmn');
    await t.json('developer', 'POST', '/api/deployments', { name: 'kept.bpmn', xml }, 201);
    const [mine] = await t.json(
      'developer',
      'GET',
      '/api/process-definitions?processId=kept-a-month',
    );
    expect(mine).toMatchObject({ processId: 'kept-a-month', historyTimeToLive: 30 });
    const camunda = await t.json(
      'developer',
      'GET',
      '/engine-rest/process-definition/key/kept-a-month',
    );
    expect(camunda).toMatchObject({ key: 'kept-a-month', historyTimeToLive: 30 });

    const plain = (await file('test/processes/kept-a-month.bpmn'))
      .replaceAll('kept-a-month', 'kept-by-default')
      .replace(' camunda:historyTimeToLive="P30D"', '');
    await t.json('developer', 'POST', '/api/deployments', { name: 'plain.bpmn', xml: plain }, 201);
    expect(
      await t.json('developer', 'GET', '/engine-rest/process-definition/key/kept-by-default'),
    ).toMatchObject({ historyTimeToLive: null });
  });

  it('refuses a deployment whose time to live Camunda would refuse, naming the process and its line', async () => {
    const xml = (await file('test/processes/kept-a-month.bpmn'))
      .replaceAll('kept-a-month', 'kept-a-while')
      .replace('"P30D"', '"P1M"');
    const line = xml.split('\n').findIndex((l) => l.includes('<bpmn:process')) + 1;
    const res = await t.call('developer', 'POST', '/api/deployments', { name: 'while.bpmn', xml });
    expect(res.status).toBe(422);
    const body: any = await res.json();
    expect(body.details.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-history-time-to-live',
        elementId: 'kept-a-while',
        line,
      }),
    ]);
    expect(await t.engine.listDefinitions({ processId: 'kept-a-while' })).toEqual([]);
  });
});
