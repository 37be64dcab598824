import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBrowserApp } from '../../api/static/serve-app.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the browser app at /', () => {
  let t: TestApp;
  let fetch: (request: Request) => Response | Promise<Response>;
  const dir = mkdtempSync(join(tmpdir(), 'promesa-app-'));
  const get = (path: string, init?: RequestInit) =>
    fetch(new Request(`http://localhost${path}`, init));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'main-3f2a1b.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    t = await startTestApp();
    fetch = withBrowserApp((request) => t.app.fetch(request), dir);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets for a year and the page itself fresh on every load', async () => {
    const asset = await get('/assets/main-3f2a1b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('/');
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it("answers the app's own addresses with the page, so a bookmark or reload works", async () => {
    for (const path of ['/processes/customer-request', '/modeler?draft=1', '/sign-in']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>app</title>');
    }
  });

  it('leaves the APIs alone: their routes, their 404s, their writes', async () => {
    const health = await get('/api/health');
    expect(await health.json()).toEqual({ status: 'ok' });
    const missing = await get('/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { type: string }).type).toBe('route-not-found');
    const camunda = await get('/engine-rest/version');
    expect(camunda.headers.get('content-type')).toContain('application/json');
    const write = await get('/anything', { method: 'POST' });
    expect(write.status).toBe(404);
    expect(((await write.json()) as { type: string }).type).toBe('route-not-found');
  });

  it('answers a stale page asking for an asset of an older build with 404, not the page', async () => {
    const res = await get('/assets/main-000000.js');
    expect(res.status).toBe(404);
  });
});
