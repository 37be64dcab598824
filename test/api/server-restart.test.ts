import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../api/server.ts';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a server starting on the file of one that was killed', () => {
  it('frees the jobs the killed server held locked, instead of leaving them for their 5-minute lock', async () => {
    const filename = join(dir, 'promesa.db');
    const store = openSqliteStore({ filename });
    const engine = createEngine({ store });
    const xml = readFileSync(new URL('../processes/wait-an-hour.bpmn', import.meta.url), 'utf8');
    await engine.deploy({ name: 'wait-an-hour.bpmn', xml });
    await engine.start('wait-an-hour');
    // The killed server had acquired the timer when it died.
    const [locked] = await store.acquireJobs({
      now: Date.now() + 2 * 3_600_000,
      owner: 'killed-server',
      lockUntil: Date.now() + 5 * 60_000,
      limit: 10,
    });
    expect(locked?.lockedBy).toBe('killed-server');
    await store.close();

    const server = await startServer(
      {
        port: 0,
        hostname: '127.0.0.1',
        databaseUrl: `sqlite:${filename}`,
        allowJavaScript: false,
        adminPassword: 'restart-password',
        appDir: 'no-browser-app',
      },
      () => {},
    );
    try {
      const [job] = await server.engine.listJobs({});
      expect(job).toMatchObject({ id: locked!.id, lockedBy: null, lockedUntil: null });
    } finally {
      await server.stop();
    }
  });
});
