import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../api/backup.ts';
import { startServer } from '../../api/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const serverOn = async (file: string) => {
  const server = await startServer(
    {
      port: 0,
      hostname: '127.0.0.1',
      databaseUrl: `sqlite:${file}`,
      allowJavaScript: false,
      adminPassword: 'backup-password',
      appDir: 'no-browser-app',
    },
    () => {},
  );
  if (!server.server.listening) await once(server.server, 'listening');
  return server;
};

describe('backup and restore', () => {
  it('backs up a server under load, refuses to restore over a store in use, and the restored store resumes every instance', async () => {
    const live = join(dir, 'live.db');
    const backup = join(dir, 'backup.db');
    const server = await serverOn(live);
    await server.engine.deploy({
      name: 'customer-request.bpmn',
      xml: (await import('node:fs')).readFileSync(
        new URL('../../processes/customer-request.bpmn', import.meta.url),
        'utf8',
      ),
    });
    // Load: four callers start instances while the backup is taken.
    let loading = true;
    let started = 0;
    const load = Array.from({ length: 4 }, async () => {
      while (loading) {
        await server.engine.start('customer-request', { businessKey: `customer-${started++}` });
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { pages } = await backupDatabase(live, backup);
    loading = false;
    await Promise.all(load);
    expect(pages).toBeGreaterThan(0);
    await expect(backupDatabase(live, backup)).rejects.toThrow(/never overwrites/);

    // The live store is open in the running server: restoring over it is refused.
    expect(() => restoreDatabase(backup, live)).toThrow(/in use/);
    await server.stop();

    const restoredFile = join(dir, 'restored.db');
    restoreDatabase(backup, restoredFile);
    expect(existsSync(restoredFile)).toBe(true);
    const restored = await serverOn(restoredFile);
    try {
      const instances = await restored.engine.listInstances({ limit: 100_000 });
      expect(instances.length).toBeGreaterThan(0);
      expect(instances.length).toBeLessThanOrEqual(started);
      // Every instance in the backup is whole and runs on to its end.
      for (const instance of instances) {
        const [classify] = await restored.engine.listTasks({
          instanceId: instance.id,
          state: 'open',
        });
        await restored.engine.completeTask(classify!.id, { variables: { solvableNow: true } });
        const [answer] = await restored.engine.listTasks({
          instanceId: instance.id,
          state: 'open',
        });
        await restored.engine.completeTask(answer!.id);
        expect((await restored.engine.getInstance(instance.id)).status).toBe('completed');
      }
    } finally {
      await restored.stop();
    }
  }, 120_000);

  it('refuses a file that is not a Promesa database', async () => {
    const other = join(dir, 'other.db');
    const Database = (await import('better-sqlite3')).default;
    new Database(other).exec('CREATE TABLE notes (text TEXT)');
    expect(() => restoreDatabase(other, join(dir, 'target.db'))).toThrow(/not a Promesa database/);
  });
});
