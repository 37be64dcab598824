import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine.ts';
import { runInLanes } from '../../engine/jobs/lanes.ts';
import type { Store } from '../../engine/ports/store.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { openTestStore } from '../support/test-store.ts';

describe('runInLanes', () => {
  it('keeps the order within a key, overlaps different keys, and never runs more than the width', async () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'b2', 'a3', 'd1'];
    const log: string[] = [];
    let inFlight = 0;
    let most = 0;
    await runInLanes(
      items,
      (item) => item[0]!,
      2,
      async (item) => {
        most = Math.max(most, ++inFlight);
        log.push(`start ${item}`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`end ${item}`);
        inFlight -= 1;
      },
    );
    expect(most).toBe(2);
    for (const lane of ['a', 'b']) {
      const ends = log.filter((line) => line.startsWith(`end ${lane}`));
      expect(ends).toEqual(ends.slice().sort());
      // The next item of a lane starts only after the one before it ended.
      for (let i = 1; i < ends.length; i++)
        expect(log.indexOf(`start ${lane}${i + 1}`)).toBeGreaterThan(
          log.indexOf(`end ${lane}${i}`),
        );
    }
    expect(log.filter((line) => line.startsWith('end'))).toHaveLength(items.length);
  });
});

describe('the job runner', () => {
  it('fires the due timers of different instances concurrently, so their commits overlap (one SQLite group commit, several PostgreSQL connections)', async () => {
    const { store: real } = await openTestStore();
    let inFlight = 0;
    let most = 0;
    const store: Store = {
      ...real,
      async commit(work) {
        most = Math.max(most, ++inFlight);
        try {
          await real.commit(work);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const clock = new FakeClock();
    const engine = createEngine({ store, clock });
    await engine.deploy({
      name: 'wait-an-hour.bpmn',
      xml: await readFile(new URL('../processes/wait-an-hour.bpmn', import.meta.url), 'utf8'),
    });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await engine.start('wait-an-hour')).id);
    most = 0;

    clock.advance(60 * 60_000);
    expect(await engine.runDueJobs()).toBe(20);
    expect(most).toBeGreaterThan(1);
    for (const id of ids) expect((await engine.getInstance(id)).status).toBe('completed');
    await real.close();
  });
});
