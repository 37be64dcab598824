import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { freshDatabaseUrl, openTestDatabase } from '../support/test-store.ts';
const xml = readFileSync(new URL('../processes/wait-an-hour.bpmn', import.meta.url), 'utf8');

describe('timers across a restart', () => {
  it('fires each of 1,000 timers exactly once after the engine was down past their due time, with two nodes sharing the store', async () => {
    const databaseUrl = await freshDatabaseUrl();
    const clock = new FakeClock('2026-03-02T08:00:00Z');
    const { store: before } = await openTestDatabase(databaseUrl);
    const engine = createEngine({ store: before, clock });
    await engine.deploy({ name: 'wait-an-hour.bpmn', xml });
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) ids.push((await engine.start('wait-an-hour')).id);
    expect(await before.listJobs({ kind: 'timer' })).toHaveLength(1000);
    await engine.close();
    await before.close();

    clock.advance('PT3H'); // the engine was down while every timer came due
    const stores = [
      (await openTestDatabase(databaseUrl)).store,
      (await openTestDatabase(databaseUrl)).store,
    ];
    const nodes = stores.map((store, i) => createEngine({ store, clock, nodeId: `node-${i}` }));
    const fired = await Promise.all(nodes.map((node) => node.runDueJobs()));
    expect(fired[0]! + fired[1]!).toBe(1000);
    expect(await Promise.all(nodes.map((node) => node.runDueJobs()))).toEqual([0, 0]);

    for (const id of ids) {
      const timerPasses = (await nodes[0]!.history(id)).filter(
        (h) => h.kind === 'activity.completed' && h.elementId === 'one-hour',
      );
      expect(timerPasses).toHaveLength(1);
      expect((await nodes[0]!.getInstance(id)).status).toBe('completed');
    }
    expect(await stores[0]!.listJobs({})).toEqual([]);
    for (const store of stores) await store.close();
  }, 120_000);
});
