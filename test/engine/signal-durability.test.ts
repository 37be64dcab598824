import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine.ts';
import type { Store } from '../../engine/ports/store.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { openTestStore } from '../support/test-store.ts';

const xml = readFileSync(new URL('../processes/store-closing-alert.bpmn', import.meta.url), 'utf8');

describe('a thrown signal', () => {
  it('is committed with the step that throws it, so a crash before the broadcast only delays it', async () => {
    const { store } = await openTestStore();
    const clock = new FakeClock();
    const healthy = createEngine({ store, clock });
    await healthy.deploy({ name: 'store-closing-alert.bpmn', xml });
    const waiting = await healthy.start('wait-for-closing');

    // This node "crashes" right after the throwing step commits: it can run no job.
    const crashing: Store = {
      ...store,
      acquireJobs: () => Promise.reject(new Error('node went down')),
    };
    const doomed = createEngine({ store: crashing, clock });
    await expect(doomed.start('announce-closing')).rejects.toThrow('node went down');
    expect((await healthy.getInstance(waiting.id)).activeElements).toEqual(['closing-announced']);

    // Another node runs the pending broadcast.
    expect(await healthy.runDueJobs()).toBe(1);
    expect((await healthy.getInstance(waiting.id)).status).toBe('completed');
    await store.close();
  });
});
