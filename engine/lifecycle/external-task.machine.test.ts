import { describe, expect, it } from 'vitest';
import { anExternalTask } from '../../test/contract/store-fixtures.ts';
import { FakeClock } from '../../test/support/fake-clock.ts';
import type { ExternalTaskRecord } from '../ports/store.ts';
import { externalTaskAfter, externalTaskState } from './external-task.machine.ts';

const MINUTE = 60_000;

describe('the external-task lock machine', () => {
  const clock = new FakeClock('2026-03-02T10:00:00Z');
  const open = (overrides: Partial<ExternalTaskRecord> = {}) =>
    anExternalTask({ availableAt: clock.now(), ...overrides });
  const lock = (task: ExternalTaskRecord, workerId: string) =>
    externalTaskAfter(task, { type: 'lock', at: clock.now(), workerId, lockDuration: MINUTE });

  it('locks an available task for a worker, who completes it', () => {
    const locked = lock(open(), 'worker-a');
    expect(externalTaskState(locked).value).toEqual({ open: 'locked' });
    expect(locked).toMatchObject({ workerId: 'worker-a', lockExpiresAt: clock.now() + MINUTE });
    const done = externalTaskAfter(locked, {
      type: 'complete',
      at: clock.now(),
      workerId: 'worker-a',
    });
    expect(done).toMatchObject({ state: 'completed', workerId: 'worker-a', lockExpiresAt: null });
  });

  it('refuses another worker while the lock runs, and lets it take over once the lock expired', () => {
    const locked = lock(open(), 'worker-a');
    expect(() => lock(locked, 'worker-b')).toThrow(/cannot be locked now/);
    expect(() =>
      externalTaskAfter(locked, { type: 'complete', at: clock.now(), workerId: 'worker-b' }),
    ).toThrow(/not locked by worker worker-b/);
    const later = clock.now() + 2 * MINUTE;
    const taken = externalTaskAfter(locked, {
      type: 'lock',
      at: later,
      workerId: 'worker-b',
      lockDuration: MINUTE,
    });
    expect(taken).toMatchObject({ workerId: 'worker-b' });
    // Worker A's lock is gone: it can no longer complete, extend or fail the task.
    for (const event of [
      { type: 'complete', at: later, workerId: 'worker-a' },
      { type: 'extendLock', at: later, workerId: 'worker-a', newDuration: MINUTE },
      { type: 'fail', at: later, workerId: 'worker-a', retries: 1, retryTimeout: 0 },
    ] as const)
      expect(() => externalTaskAfter(taken, event)).toThrow(/not locked by worker worker-a/);
  });

  it('a failure with retries left unlocks the task until its retry timeout; none left is an incident until retried', () => {
    const locked = lock(open(), 'worker-a');
    const failed = externalTaskAfter(locked, {
      type: 'fail',
      at: clock.now(),
      workerId: 'worker-a',
      retries: 2,
      retryTimeout: 5 * MINUTE,
    });
    expect(failed).toMatchObject({
      retries: 2,
      workerId: null,
      availableAt: clock.now() + 5 * MINUTE,
    });
    expect(() => lock(failed, 'worker-a')).toThrow(/cannot be locked now/);

    const again = externalTaskAfter(failed, {
      type: 'lock',
      at: clock.now() + 5 * MINUTE,
      workerId: 'worker-a',
      lockDuration: MINUTE,
    });
    const stuck = externalTaskAfter(again, {
      type: 'fail',
      at: clock.now() + 5 * MINUTE,
      workerId: 'worker-a',
      retries: 0,
      retryTimeout: 0,
    });
    expect(externalTaskState(stuck).value).toEqual({ open: 'incident' });
    expect(() => lock(stuck, 'worker-a')).toThrow(/cannot be locked now/);
    const retried = externalTaskAfter(stuck, { type: 'retry', at: clock.now() + 6 * MINUTE });
    expect(externalTaskState(retried).value).toEqual({ open: 'available' });
    expect(retried).toMatchObject({ retries: 1, availableAt: clock.now() + 6 * MINUTE });
  });

  it('extends only the holder’s lock, unlocks whoever held it, and ends cancelled with its activity', () => {
    const locked = lock(open(), 'worker-a');
    const extended = externalTaskAfter(locked, {
      type: 'extendLock',
      at: clock.now(),
      workerId: 'worker-a',
      newDuration: 10 * MINUTE,
    });
    expect(extended.lockExpiresAt).toBe(clock.now() + 10 * MINUTE);
    const unlocked = externalTaskAfter(extended, { type: 'unlock', at: clock.now() });
    expect(unlocked).toMatchObject({ workerId: null, lockExpiresAt: null, state: 'open' });
    const cancelled = externalTaskAfter(lock(unlocked, 'worker-b'), {
      type: 'cancel',
      at: clock.now(),
    });
    expect(cancelled).toMatchObject({ state: 'cancelled', workerId: null });
    expect(() => lock(cancelled, 'worker-b')).toThrow(/does not exist/);
  });
});
