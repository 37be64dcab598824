import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { FakeClock } from '../../test/support/fake-clock.ts';
import {
  slaMachine,
  slaStateValue,
  storedSlaState,
  type SlaClock,
  type SlaEvent,
  type SlaSnapshot,
} from './sla.machine.ts';

const MINUTE = 60_000;

/** An SLA of 10 minutes, at risk after 8, started at the clock's now. */
function openSla(clock: FakeClock) {
  const startedAt = clock.now();
  const input: SlaClock = {
    startedAt,
    targetAt: startedAt + 10 * MINUTE,
    atRiskAt: startedAt + 8 * MINUTE,
    pausedAt: null,
    pausedMs: 0,
    atRiskSince: null,
    breachedAt: null,
    closedAt: null,
  };
  let [snapshot] = initialTransition(slaMachine, input);
  /** Sends an event stamped with the clock's now; returns the effects the transition asked for. */
  const send = (event: Omit<SlaEvent, 'at'> & Partial<SlaEvent>) => {
    const [next, actions] = transition(slaMachine, snapshot, {
      ...event,
      at: clock.now(),
    } as SlaEvent);
    snapshot = next;
    return actions.map((a) => (a.params === undefined ? a.type : { [a.type]: a.params }));
  };
  return { send, now: () => snapshot as SlaSnapshot, startedAt };
}

describe('the SLA machine', () => {
  it('walks on time → at risk → paused → resumed → breached, and stays breached when the work completes late', () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const sla = openSla(clock);
    expect(storedSlaState(sla.now())).toBe('on-time');

    clock.advance('PT8M');
    expect(sla.send({ type: 'check' })).toEqual([
      { record: { kind: 'sla.at-risk' } },
      { scheduleCheck: { dueAt: sla.startedAt + 10 * MINUTE } },
    ]);
    expect(storedSlaState(sla.now())).toBe('at-risk');
    expect(sla.now().context.atRiskSince).toBe(clock.now());

    clock.advance('PT1M');
    expect(sla.send({ type: 'pause' })).toEqual([
      'cancelCheck',
      'pauseTimers',
      { record: { kind: 'sla.paused' } },
    ]);
    expect(sla.now().matches({ open: { promise: 'atRisk', clock: 'paused' } })).toBe(true);
    // A check that fires while paused (it was withdrawn) finds the promise where it was.
    clock.advance('PT5M');
    sla.send({ type: 'check' });
    expect(storedSlaState(sla.now())).toBe('at-risk');

    expect(sla.send({ type: 'resume' })).toEqual([
      { moveTimers: { delta: 5 * MINUTE, resuming: true } },
      { scheduleCheck: { dueAt: sla.startedAt + 15 * MINUTE } },
      { record: { kind: 'sla.resumed' } },
    ]);
    expect(sla.now().context).toMatchObject({
      pausedAt: null,
      pausedMs: 5 * MINUTE,
      targetAt: sla.startedAt + 15 * MINUTE,
    });

    clock.advance('PT30S');
    expect(sla.send({ type: 'check' })).toEqual([
      { scheduleCheck: { dueAt: sla.startedAt + 15 * MINUTE } },
    ]);
    clock.advance('PT30S');
    expect(sla.send({ type: 'check' })).toEqual([{ record: { kind: 'sla.breached' } }]);
    expect(storedSlaState(sla.now())).toBe('breached');
    expect(sla.now().context.breachedAt).toBe(clock.now());

    clock.advance('PT3M');
    expect(sla.send({ type: 'complete' })).toEqual(['cancelCheck']);
    expect(sla.now().value).toBe('missed');
    expect(storedSlaState(sla.now())).toBe('breached');
    expect(sla.now().context.closedAt).toBe(clock.now());
  });

  it('walks on time → met', () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const sla = openSla(clock);
    clock.advance('PT4M');
    expect(sla.send({ type: 'complete' })).toEqual([
      'cancelCheck',
      { record: { kind: 'sla.met' } },
    ]);
    expect(storedSlaState(sla.now())).toBe('met');
    expect(sla.now().status).toBe('done');
  });

  it('breaks at once when the activity’s interrupting timer fires, and ends cancelled only when on time', () => {
    const clock = new FakeClock();
    const late = openSla(clock);
    expect(late.send({ type: 'deadline' })).toEqual([{ record: { kind: 'sla.breached' } }]);
    late.send({ type: 'cancel' });
    expect(storedSlaState(late.now())).toBe('breached');

    const dropped = openSla(clock);
    dropped.send({ type: 'cancel' });
    expect(storedSlaState(dropped.now())).toBe('cancelled');
  });

  it('re-targets from the start: time spent and paused stays spent, and an at-risk SLA with time left is on time again', () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const sla = openSla(clock);
    clock.advance('PT8M');
    sla.send({ type: 'check' });
    clock.advance('PT1M');
    sla.send({ type: 'pause' });
    clock.advance('PT2M');
    expect(
      sla.send({ type: 'retarget', durationMs: 30 * MINUTE, atRiskRatio: 0.8 } as SlaEvent),
    ).toEqual([
      { moveTimers: { delta: 22 * MINUTE, resuming: false } },
      { scheduleCheck: { dueAt: null } },
      { record: { kind: 'sla.retargeted' } },
    ]);
    expect(sla.now().context).toMatchObject({
      targetAt: sla.startedAt + 32 * MINUTE,
      atRiskAt: sla.startedAt + 26 * MINUTE,
      atRiskSince: null,
    });
    expect(storedSlaState(sla.now())).toBe('on-time');
  });

  it('reads a stored record back into the same state', () => {
    const clock = new FakeClock();
    const sla = openSla(clock);
    clock.advance('PT8M');
    sla.send({ type: 'check' });
    sla.send({ type: 'pause' });
    const { context } = sla.now();
    const value = slaStateValue(storedSlaState(sla.now()), context);
    expect(slaMachine.resolveState({ value, context }).value).toEqual(sla.now().value);
  });
});
