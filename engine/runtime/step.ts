import type { AnyMachineSnapshot } from 'xstate';
import { initialTransition, transition } from '../lifecycle/transition.ts';
import { EngineError } from '../errors.ts';
import type { InstanceEvent, InstanceMachine } from '../lifecycle/instance.machine.ts';
import type { Effect } from './effects.ts';
import type { InstanceState } from './instance-state.ts';
import { writeSnapshot, type StoredSnapshot } from './snapshot-format.ts';

export interface StepResult {
  state: InstanceState;
  /** What the store keeps and resumes from. */
  snapshot: StoredSnapshot;
  effects: Effect[];
}

/** Creates an instance from its initial state and applies the first event, purely. */
export function stepNew(
  machine: InstanceMachine,
  initial: InstanceState,
  event: InstanceEvent,
): StepResult {
  const [snapshot] = initialTransition(machine, initial);
  return stepFrom(machine, snapshot, event);
}

/** Resumes a stored snapshot and applies one event: snapshot + event → next snapshot + effects. */
export function stepStored(
  machine: InstanceMachine,
  stored: StoredSnapshot,
  event: InstanceEvent,
): StepResult {
  const snapshot = machine.resolveState({ value: stored.value, context: stored.context });
  return stepFrom(machine, snapshot, event);
}

function stepFrom(
  machine: InstanceMachine,
  snapshot: AnyMachineSnapshot,
  event: InstanceEvent,
): StepResult {
  const [next, actions] = transition(machine, snapshot as never, event);
  if (next.status === 'error') {
    const error = next.error;
    throw error instanceof Error ? error : new EngineError('step-failed', String(error));
  }
  const effects = actions
    .filter((action) => action.type === 'effect')
    .map((action) => action.params as Effect);
  return {
    state: next.context,
    snapshot: writeSnapshot(next.value as string, next.context),
    effects,
  };
}
