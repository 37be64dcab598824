import { describe, expect, it } from 'vitest';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition as xstateInitialTransition,
  transition as xstateTransition,
} from 'xstate';
import { bpmn } from '../model/fixture.ts';
import { loadDefinitions } from '../model/load.ts';
import type { InstanceState } from '../runtime/instance-state.ts';
import { activityMachine } from './activity.machine.ts';
import { notStarted } from './fixture.ts';
import { externalTaskMachine } from './external-task.machine.ts';
import { humanTaskMachine } from './human-task.machine.ts';
import { createInstanceMachine, type InstanceEvent } from './instance.machine.ts';
import { slaMachine } from './sla.machine.ts';
import { initialTransition, transition } from './transition.ts';

type Step = [AnyMachineSnapshot, { type: string; params?: unknown }[]];

/**
 * What a caller reads of a transition: the snapshot's state and each action's name and data, or
 * the error it threw (a step refuses a command by throwing).
 */
function seen(take: () => Step) {
  let step: Step;
  try {
    step = take();
  } catch (error) {
    return { threw: String(error) };
  }
  const [{ value, context, status, output, error }, actions] = step;
  return {
    snapshot: {
      value,
      context,
      status,
      output,
      error: error === undefined ? error : String(error),
    },
    actions: actions.map(({ type, params }) => ({ type, params })),
  };
}

/**
 * Walks every sequence of up to `depth` events from the initial snapshot, taking each step with
 * XState's functions and with ours, and fails at the first step where they differ. Returns how
 * many steps it compared and which states it reached.
 */
function compareWalks(
  machine: AnyStateMachine,
  input: unknown,
  eventsAt: (snapshot: AnyMachineSnapshot) => { type: string }[],
  depth: number,
) {
  const ours = initialTransition(machine, input as never) as Step;
  expect(seen(() => ours)).toEqual(seen(() => xstateInitialTransition(machine, input) as Step));
  let steps = 0;
  const reached = new Set<string>();
  const walk = (snapshot: AnyMachineSnapshot, left: number) => {
    reached.add(JSON.stringify(snapshot.value));
    if (left === 0 || snapshot.status !== 'active') return;
    for (const event of eventsAt(snapshot)) {
      const take = (how: typeof transition) => () =>
        how(machine, snapshot as never, event as never) as Step;
      const actual = seen(take(transition));
      expect(actual, `${JSON.stringify(snapshot.value)} + ${event.type}`).toEqual(
        seen(take(xstateTransition as typeof transition)),
      );
      steps++;
      if ('snapshot' in actual)
        walk(transition(machine, snapshot as never, event as never)[0], left - 1);
    }
  };
  walk(ours[0], depth);
  return { steps, reached };
}

const every =
  <E>(events: E[]) =>
  () =>
    events;

describe('the shared-scope transition', () => {
  it('takes the activity machine through every state as XState does', () => {
    const events = ['enter', 'wait', 'leave', 'complete', 'fail', 'retry', 'cancel', 'compensate'];
    const { reached } = compareWalks(
      activityMachine,
      undefined,
      every(events.map((type) => ({ type }))),
      3,
    );
    expect(reached.size).toBe(8);
  });

  it('takes the human task machine through claims, delegations and refusals as XState does', () => {
    const { reached } = compareWalks(
      humanTaskMachine,
      { assignee: null, owner: null },
      every([
        { type: 'claim', userId: 'ana' },
        { type: 'claim', userId: 'bruno' },
        { type: 'unclaim' },
        { type: 'assign', assignee: 'carla' },
        { type: 'assign', assignee: null },
        { type: 'delegate', assignee: 'bruno', owner: 'ana' },
        { type: 'complete', userId: 'ana' },
        { type: 'complete', userId: 'bruno', onBehalf: true },
        { type: 'complete', userId: null },
        { type: 'cancel' },
      ]),
      3,
    );
    expect(reached.size).toBe(5);
  });

  it('runs the SLA clock through risk, pauses, re-targets and breaches as XState does', () => {
    const clock = {
      startedAt: 0,
      targetAt: 1000,
      atRiskAt: 800,
      pausedAt: null,
      pausedMs: 0,
      atRiskSince: null,
      breachedAt: null,
      closedAt: null,
    };
    const { reached, steps } = compareWalks(
      slaMachine,
      clock,
      every([
        { type: 'check', at: 500 },
        { type: 'check', at: 900 },
        { type: 'check', at: 1500 },
        { type: 'deadline', at: 1200 },
        { type: 'pause', at: 600 },
        { type: 'resume', at: 700 },
        { type: 'retarget', at: 850, durationMs: 5000, atRiskRatio: 0.8 },
        { type: 'complete', at: 950 },
        { type: 'cancel', at: 1100 },
      ]),
      3,
    );
    expect(steps).toBeGreaterThan(500);
    expect([...reached]).toEqual(
      expect.arrayContaining([
        '"met"',
        '"missed"',
        '"cancelled"',
        expect.stringContaining('paused'),
      ]),
    );
    expect([...reached].some((v) => v.includes('breached'))).toBe(true);
  });

  it('moves external-task locks, failures and incidents as XState does', () => {
    const { reached } = compareWalks(
      externalTaskMachine,
      { workerId: null, lockExpiresAt: null, retries: null, availableAt: 0 },
      every([
        { type: 'lock', at: 10, workerId: 'w1', lockDuration: 100 },
        { type: 'lock', at: 500, workerId: 'w2', lockDuration: 100 },
        { type: 'extendLock', at: 50, workerId: 'w1', newDuration: 100 },
        { type: 'unlock', at: 60 },
        { type: 'complete', at: 70, workerId: 'w1' },
        { type: 'bpmnError', at: 70, workerId: 'w2' },
        { type: 'fail', at: 80, workerId: 'w1', retries: 0, retryTimeout: 0 },
        { type: 'fail', at: 80, workerId: 'w1', retries: 2, retryTimeout: 1000 },
        { type: 'retry', at: 90 },
        { type: 'cancel', at: 95 },
      ]),
      3,
    );
    expect(reached.size).toBeGreaterThanOrEqual(5);
  });

  it('steps a process instance, its effects and a failed step as XState does', async () => {
    const [graph] = (
      await loadDefinitions(
        bpmn(`<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="task"/>
          <userTask id="task"/><sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
          <boundaryEvent id="late" attachedToRef="task">
            <timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition>
          </boundaryEvent><sequenceFlow id="f3" sourceRef="late" targetRef="gone"/>
          <endEvent id="gone"><terminateEventDefinition/></endEvent>
          <endEvent id="end"/>`),
      )
    ).graphs;
    const machine = createInstanceMachine(graph!);
    const stamp = { at: 1000 };
    const eventsAt = (snapshot: AnyMachineSnapshot): InstanceEvent[] => {
      const state = snapshot.context as InstanceState;
      if (state.seq === 0) return [{ type: 'instance.start', variables: { n: 1 }, ...stamp }];
      return [
        ...Object.keys(state.tokens).map(
          (tokenId): InstanceEvent => ({ type: 'token.signal', tokenId, variables: {}, ...stamp }),
        ),
        { type: 'token.signal', tokenId: 'nobody', variables: {}, ...stamp },
        { type: 'variables.set', variables: { n: 2 }, ...stamp },
        { type: 'instance.cancel', reason: 'test', ...stamp },
      ];
    };
    const { reached } = compareWalks(machine, notStarted, eventsAt, 3);
    expect([...reached]).toEqual(
      expect.arrayContaining(['"active"', '"completed"', '"cancelled"']),
    );
  });
});
