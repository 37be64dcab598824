import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJobLoop } from '../../api/job-loop.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('the job loop of a running server', () => {
  let t: TestEngine;
  afterEach(async () => {
    vi.useRealTimers();
    await t.close();
  });

  /** Moves the fake clock and the fake timers together, then lets the loop's passes settle. */
  async function elapse(ms: number) {
    t.clock.advance(ms);
    await vi.advanceTimersByTimeAsync(ms);
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
  }

  it('sleeps until the next job is due, wakes for a sooner one, and fires it without polling', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the store's group commit runs on setImmediate
    t = await startTestEngine();
    await t.deployFiles('test/processes/wait-an-hour.bpmn');
    const runs = vi.spyOn(t.engine, 'runDueJobs');
    const loop = startJobLoop(t.engine, t.store, t.clock);
    await elapse(0);
    const before = runs.mock.calls.length;

    const { id } = await t.engine.start('wait-an-hour');
    await elapse(59 * 60_000);
    expect((await t.engine.getInstance(id)).status).toBe('active');
    // Woken by the new job, then at most every 30 s while it waits: no busy polling.
    expect(runs.mock.calls.length - before).toBeLessThanOrEqual(2 * 60 + 2);

    await elapse(60_000);
    // The firing commits in real time on a store across the network (PostgreSQL): wait for it.
    await vi.waitFor(async () => expect((await t.engine.getInstance(id)).status).toBe('completed'));
    await loop.stop();
  });
});
