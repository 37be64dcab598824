import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../db/memory/store.ts';
import { createEngine } from '../engine/index.ts';
import { FakeClock } from '../test/support/fake-clock.ts';
import {
  checkCleanupCron,
  DEFAULT_CLEANUP_CRON,
  scheduleHistoryCleanup,
} from './history-cleanup-schedule.ts';
import { configFromEnv } from './server.ts';

/**
 * The clean-up's schedule: node-cron's timers run on vitest's fake timers (no sleeping), the
 * engine on a fake clock 31 days after a request ended, so the run has something to remove.
 */
describe('history clean-up schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function engineWithAnEndedRequest() {
    const clock = new FakeClock();
    const store = createMemoryStore();
    const engine = createEngine({ store, clock });
    const xml = await readFile(
      new URL('../test/processes/kept-a-month.bpmn', import.meta.url),
      'utf8',
    );
    await engine.deploy({ name: 'kept-a-month.bpmn', xml });
    const instance = await engine.start('kept-a-month');
    const [task] = await engine.listTasks({ instanceId: instance.id });
    await engine.completeTask(task!.id);
    clock.advance('P31D');
    return { engine, left: () => engine.countInstances({}) };
  }

  it('runs nightly at 03:00 by default, once a night, and not after stop()', async () => {
    const { engine, left } = await engineWithAnEndedRequest();
    vi.useFakeTimers({
      now: new Date(2026, 0, 5, 2, 59, 30),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const lines: string[] = [];
    const cleanup = scheduleHistoryCleanup(engine, DEFAULT_CLEANUP_CRON, (l) => lines.push(l));

    await vi.advanceTimersByTimeAsync(20_000);
    expect(lines).toEqual([]);
    expect(await left()).toBe(1);

    await vi.advanceTimersByTimeAsync(15_000);
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toMatch(
      /^History clean-up removed 1 ended instance and their \d+ history rows in \d+\.\d s$/,
    );
    expect(await left()).toBe(0);

    await cleanup.stop();
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(lines).toHaveLength(1);
  });

  it('is off with PROMESA_CLEANUP_CRON=off, and a malformed setting stops the start naming it', async () => {
    const { engine, left } = await engineWithAnEndedRequest();
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const cleanup = scheduleHistoryCleanup(engine, 'off', () => undefined);
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(await left()).toBe(1);
    await cleanup.stop();

    expect(() => checkCleanupCron('0 25 * * *')).toThrow(/PROMESA_CLEANUP_CRON '0 25 \* \* \*'/);
    expect(configFromEnv({ PROMESA_CLEANUP_CRON: '*/5 * * * *' }).cleanupCron).toBe('*/5 * * * *');
    expect(configFromEnv({}).cleanupCron).toBe(DEFAULT_CLEANUP_CRON);
    expect(() => configFromEnv({ PROMESA_CLEANUP_CRON: 'nightly' })).toThrow(/nightly/);
  });

  it("reads the server's default time to live as Camunda writes it, and refuses anything else", () => {
    expect(configFromEnv({ PROMESA_HISTORY_TIME_TO_LIVE: 'P180D' }).historyTimeToLive).toBe(180);
    expect(configFromEnv({ PROMESA_HISTORY_TIME_TO_LIVE: '30' }).historyTimeToLive).toBe(30);
    expect(configFromEnv({}).historyTimeToLive).toBeUndefined();
    expect(() => configFromEnv({ PROMESA_HISTORY_TIME_TO_LIVE: '6 months' })).toThrow(
      "PROMESA_HISTORY_TIME_TO_LIVE is '6 months': write whole days, as 30 or P30D",
    );
  });
});
