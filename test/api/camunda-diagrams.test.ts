import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** A version's diagram image, deployed beside its BPMN file. */
describe('/engine-rest process definition diagrams', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const xml = readFileSync('test/processes/wait-an-hour.bpmn', 'utf8');
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
  const deploy = (files: Record<string, string>) => {
    const form = new FormData();
    for (const [name, content] of Object.entries(files))
      form.append(name, new Blob([content], { type: 'text/plain' }), name);
    return t.json('developer', 'POST', '/engine-rest/deployment/create', form);
  };

  it('answers the SVG named after the file and process, and 204 without one', async () => {
    const first = await deploy({ 'wait.bpmn': xml });
    const [plain] = Object.keys(first.deployedProcessDefinitions);
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/process-definition/${plain}/diagram`)).status,
    ).toBe(204);

    await deploy({ 'wait.bpmn': xml, 'wait.wait-an-hour.svg': svg, 'wait.svg': '<svg/>' });
    const res = await t.call(
      'analyst',
      'GET',
      '/engine-rest/process-definition/key/wait-an-hour/diagram',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toBe(svg);
    expect(
      (await t.call('front', 'GET', '/engine-rest/process-definition/key/wait-an-hour/diagram'))
        .status,
    ).toBe(403);
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/process-definition/nope/diagram')).status,
    ).toBe(404);
  });
});
