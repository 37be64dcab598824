import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { testStoreKind } from '../support/test-store.ts';

describe('health and readiness', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('answers /api/health and /api/ready without credentials while the store can serve', async () => {
    t = await startTestApp();
    expect(await t.json('anonymous', 'GET', '/api/health')).toEqual({ status: 'ok' });
    expect(await t.json('anonymous', 'GET', '/api/ready')).toEqual({ status: 'ready' });
  });

  it('is no longer ready once a shutdown has begun, so a load balancer sends nothing new', async () => {
    const shutdown = new AbortController();
    t = await startTestApp({ shutdown: shutdown.signal });
    shutdown.abort();
    expect(await t.json('anonymous', 'GET', '/api/ready', undefined, 503)).toEqual({
      status: 'unavailable',
    });
    expect(await t.json('anonymous', 'GET', '/api/health')).toEqual({ status: 'ok' });
  });

  // SQLite is embedded: there is no server whose loss readiness could report.
  it.runIf(testStoreKind === 'postgres')('is not ready once the database is gone', async () => {
    t = await startTestApp();
    await t.store.close();
    expect(await t.json('anonymous', 'GET', '/api/ready', undefined, 503)).toEqual({
      status: 'unavailable',
    });
  });
});
