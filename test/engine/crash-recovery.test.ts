import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine.ts';
import { freshDatabaseUrl, openTestDatabase } from '../support/test-store.ts';

/** Runs the child until it has reported `killAfter` instances, then kills it with SIGKILL. */
function startAndKill(
  databaseUrl: string,
  killAfter: number,
  concurrency: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL('../support/crash-child.ts', import.meta.url).pathname,
        databaseUrl,
        '1000',
        `${concurrency}`,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const reported: string[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line !== 'ready' && line !== 'done') reported.push(line);
      if (reported.length >= killAfter) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(reported)
        : reject(new Error(`child ended without being killed (${signal})`)),
    );
  });
}

describe('crash recovery', () => {
  // SQLite: one caller commits each unit with SQLite's own sync; 16 share batches whose WAL sync
  // runs on another thread, and are answered only after it. PostgreSQL: the engine process dies,
  // the database server goes on; every acknowledged commit must be there, whole.
  it.each([1, 16])(
    'keeps every reported instance, whole, after a SIGKILL mid-way, and runs them to the end (%i callers)',
    async (concurrency) => {
      const databaseUrl = await freshDatabaseUrl();
      const reported = await startAndKill(databaseUrl, 300, concurrency);
      expect(reported.length).toBeGreaterThanOrEqual(300);

      const { store } = await openTestDatabase(databaseUrl);
      const engine = createEngine({ store });
      const stored = await store.listInstances({ limit: 10_000 });
      expect(stored.length).toBeLessThan(1000);
      const storedIds = new Set(stored.map((i) => i.id));
      for (const id of reported) expect(storedIds.has(id)).toBe(true);

      // Nothing half-written: every stored instance waits at its first task, and that task exists.
      for (const instance of stored) {
        const tasks = await engine.listTasks({ instanceId: instance.id, state: 'open' });
        expect(tasks.map((task) => task.elementId)).toEqual(['classify-request']);
      }
      for (const id of reported) {
        const [classify] = await engine.listTasks({ instanceId: id, state: 'open' });
        await engine.completeTask(classify!.id, { variables: { solvableNow: true } });
        const [answer] = await engine.listTasks({ instanceId: id, state: 'open' });
        await engine.completeTask(answer!.id);
        expect((await engine.getInstance(id)).status).toBe('completed');
      }
      await store.close();
    },
    120_000,
  );
});
