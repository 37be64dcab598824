import { describe, expect, it } from 'vitest';
import { aTask } from '../../test/contract/store-fixtures.ts';
import type { TaskRecord } from '../ports/store.ts';
import { humanTaskAfter, humanTaskState, type HumanTaskEvent } from './human-task.machine.ts';

/** Applies events one after the other, as commands would, and returns each state on the way. */
function walk(task: TaskRecord, events: HumanTaskEvent[]) {
  const states: unknown[] = [];
  for (const event of events) {
    task = { ...task, ...humanTaskAfter(task, event) };
    states.push(humanTaskState(task).value);
  }
  return { task, states };
}

describe('the human task machine', () => {
  it('walks created → claimed → delegated → claimed → completed', () => {
    const { task, states } = walk(aTask(), [
      { type: 'claim', userId: 'ana' },
      { type: 'delegate', assignee: 'bob', owner: 'ana' },
      { type: 'assign', assignee: 'carla' },
      { type: 'complete', userId: 'carla' },
    ]);
    expect(states).toEqual([
      { open: 'claimed' },
      { open: 'delegated' },
      { open: 'claimed' },
      'completed',
    ]);
    expect(task).toMatchObject({ state: 'completed', assignee: 'carla', owner: null });
  });

  it('keeps the owner while delegated, and an unclaim gives the task back to its candidates', () => {
    const { task, states } = walk(aTask({ assignee: 'ana' }), [
      { type: 'delegate', assignee: 'bob', owner: 'ana' },
      { type: 'unclaim' },
    ]);
    expect(states).toEqual([{ open: 'delegated' }, { open: 'created' }]);
    expect(task).toMatchObject({ assignee: null, owner: null, state: 'open' });
  });

  it('refuses a claim of a task someone else holds, and a completion by someone else', () => {
    const held = aTask({ assignee: 'ana' });
    expect(() => humanTaskAfter(held, { type: 'claim', userId: 'bob' })).toThrow(
      expect.objectContaining({ code: 'task-claimed' }),
    );
    expect(() => humanTaskAfter(held, { type: 'complete', userId: 'bob' })).toThrow(
      expect.objectContaining({ code: 'task-claimed' }),
    );
    expect(humanTaskAfter(held, { type: 'claim', userId: 'ana' }).assignee).toBe('ana');
    expect(humanTaskAfter(held, { type: 'complete', userId: 'bob', onBehalf: true }).state).toBe(
      'completed',
    );
    expect(humanTaskAfter(aTask(), { type: 'complete', userId: 'bob' }).state).toBe('completed');
  });

  it('ends cancelled with its activity, and takes nothing after it ended', () => {
    const cancelled = { ...aTask(), ...humanTaskAfter(aTask(), { type: 'cancel' }) };
    expect(cancelled.state).toBe('cancelled');
    expect(() => humanTaskAfter(cancelled, { type: 'claim', userId: 'ana' })).toThrow(
      expect.objectContaining({ code: 'task-not-open' }),
    );
  });
});
