import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { Identity } from '../../api/auth/identity.ts';
import { openStores } from '../../api/server.ts';
import { createEngine } from '../../engine/engine.ts';

/** Runs the distribution child on the database; resolves when it said `done`. */
function runChild(databaseUrl: string, count: number, review: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL('../support/distribution-child.ts', import.meta.url).pathname,
        databaseUrl,
        String(count),
        review ? 'review' : 'claim',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) =>
      code === 0 && output.includes('done')
        ? resolve()
        : reject(new Error(`distribution child ended with ${code}`)),
    );
  });
}

/**
 * Two engine processes share one database and create tasks of the same lanes at once: the
 * claims lane (round-robin, one of three away) splits 30 cases 15/15, and case review
 * (least-busy) keeps its three members' open work within one.
 */
export function itHandsOutWorkFromTwoEngines(freshDatabaseUrl: () => Promise<string>): void {
  it('hands work out fairly when two engine processes share the store', async () => {
    const databaseUrl = await freshDatabaseUrl();
    const setup = await openStores(databaseUrl, { poolSize: 2 });
    const identity = new Identity(setup.identityStore);
    const engine = createEngine({ store: setup.store });
    const xml = await readFile(
      new URL('../processes/handed-out-work.bpmn', import.meta.url),
      'utf8',
    );
    await engine.deploy({ name: 'handed-out-work.bpmn', xml });
    for (const username of ['ana', 'luis', 'marta'])
      await identity.addUser({ username, role: 'staff', groups: ['claims'] });
    await identity.updateUser('marta', { absent: true });
    for (const username of ['pedro', 'rosa', 'sol'])
      await identity.addUser({ username, role: 'staff', groups: ['case-review'] });

    await Promise.all([runChild(databaseUrl, 15, false), runChild(databaseUrl, 15, false)]);
    await Promise.all([runChild(databaseUrl, 15, true), runChild(databaseUrl, 15, true)]);

    const tally = async (elementId: string) => {
      const counts: Record<string, number> = {};
      for (const task of await setup.store.listTasks({ elementId, state: 'open' }))
        counts[String(task.assignee)] = (counts[String(task.assignee)] ?? 0) + 1;
      return counts;
    };
    expect(await tally('handle-case')).toEqual({ ana: 15, luis: 15 });
    expect(await tally('review-case')).toEqual({ pedro: 10, rosa: 10, sol: 10 });
    await engine.close();
    await setup.store.close();
  }, 120_000);
}
