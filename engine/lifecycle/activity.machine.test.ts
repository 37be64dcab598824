import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { activityHistoryPath, activityMachine, type ActivityEvent } from './activity.machine.ts';

/** The states an activity passes for these events, and the history lines it writes. */
function run(events: ActivityEvent['type'][]) {
  let [snapshot] = initialTransition(activityMachine);
  const states: unknown[] = [];
  const lines: string[] = [];
  for (const type of events) {
    if (!snapshot.can({ type })) return { states, lines, refused: type };
    const [next, actions] = transition(activityMachine, snapshot, { type });
    snapshot = next;
    states.push(next.value);
    for (const action of actions) lines.push((action.params as { kind: string }).kind);
  }
  return { states, lines };
}

describe('the activity instance machine', () => {
  it('a user task: ready → active → waiting → completing → completed, writing its start and end', () => {
    expect(run(['enter', 'wait', 'leave', 'complete'])).toEqual({
      states: ['active', 'waiting', 'completing', 'completed'],
      lines: ['activity.started', 'activity.completed'],
    });
  });

  it('fails with an incident and goes on from there when retried, or is compensated after completing', () => {
    expect(run(['enter', 'leave', 'fail', 'retry', 'leave', 'complete', 'compensate'])).toEqual({
      states: [
        'active',
        'completing',
        'failed',
        'active',
        'completing',
        'completed',
        'compensated',
      ],
      lines: ['activity.started', 'incident.raised', 'activity.completed'],
    });
  });

  it('is cancelled while waiting, failed, or before it started; nothing happens to it after', () => {
    expect(run(['enter', 'wait', 'cancel']).lines).toEqual([
      'activity.started',
      'activity.cancelled',
    ]);
    expect(run(['enter', 'fail', 'cancel']).states).toEqual(['active', 'failed', 'cancelled']);
    expect(run(['cancel', 'enter'])).toMatchObject({ states: ['cancelled'], refused: 'enter' });
    expect(run(['enter', 'complete', 'cancel'])).toMatchObject({ refused: 'cancel' });
  });

  it('reads a history back, and names the first line the lifecycle does not allow', () => {
    expect(
      activityHistoryPath(['activity.started', 'incident.raised', 'activity.completed']),
    ).toEqual({ states: ['active', 'failed', 'completed'] });
    expect(
      activityHistoryPath(['activity.started', 'activity.completed', 'activity.completed']),
    ).toEqual({ refused: 'activity.completed', after: 'completed' });
  });
});
