import { describe, expect, it } from 'vitest';
import { bpmn } from '../model/fixture.ts';
import { loadDefinitions } from '../model/load.ts';
import { stepNew, stepStored, type StepResult } from '../runtime/step.ts';
import { notStarted } from './fixture.ts';
import { createInstanceMachine, type InstanceEvent } from './instance.machine.ts';

/** A user task, then an end event that completes or terminates the instance. */
async function machineOf(end: 'plain' | 'terminate') {
  const terminate = end === 'terminate' ? '<terminateEventDefinition/>' : '';
  const [graph] = (
    await loadDefinitions(
      bpmn(`<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="task"/>
        <userTask id="task"/><sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
        <endEvent id="end">${terminate}</endEvent>`),
    )
  ).graphs;
  return createInstanceMachine(graph!);
}

const initial = notStarted;

const start: InstanceEvent = { type: 'instance.start', variables: {}, at: 1000 };

/** Starts an instance, then completes the user task it waits at. */
function startAndComplete(machine: Awaited<ReturnType<typeof machineOf>>): StepResult {
  const started = stepNew(machine, initial, start);
  const tokenId = Object.values(started.state.tokens)[0]!.id;
  return stepStored(machine, started.snapshot, {
    type: 'token.signal',
    tokenId,
    variables: {},
    at: 2000,
  });
}

describe('the process instance machine', () => {
  it('stays active while a token waits, and names the effects of each step as data', async () => {
    const machine = await machineOf('plain');
    const started = stepNew(machine, initial, start);
    expect(started.snapshot).toMatchObject({ value: 'active', context: { status: 'active' } });
    expect(started.effects.map((e) => e.type)).toContain('task.created');
  });

  it('ends completed when the last token is consumed', async () => {
    const ended = startAndComplete(await machineOf('plain'));
    expect(ended.snapshot.value).toBe('completed');
    expect(ended.effects.map((e) => e.type === 'history' && e.entry.kind)).toContain(
      'instance.completed',
    );
  });

  it('ends terminated at a terminate end event', async () => {
    expect(startAndComplete(await machineOf('terminate')).snapshot.value).toBe('terminated');
  });

  it('ends cancelled when cancelled, with its task, and takes no command after it ended', async () => {
    const machine = await machineOf('plain');
    const started = stepNew(machine, initial, start);
    const cancelled = stepStored(machine, started.snapshot, {
      type: 'instance.cancel',
      reason: 'customer withdrew',
      at: 2000,
    });
    expect(cancelled.snapshot.value).toBe('cancelled');
    expect(cancelled.effects.map((e) => e.type)).toContain('task.cancelled');
    const after = stepStored(machine, cancelled.snapshot, {
      type: 'variables.set',
      variables: { late: true },
      at: 3000,
    });
    expect(after).toMatchObject({ snapshot: cancelled.snapshot, effects: [] });
  });
});
