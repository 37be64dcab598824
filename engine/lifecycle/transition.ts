import {
  type AnyActorScope,
  type AnyStateMachine,
  createActor,
  type EventFromLogic,
  type ExecutableActionsFrom,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';

/**
 * XState's pure `transition()` and `initialTransition()`, without their cost per call: XState
 * builds a new inert actor and actor system for every call (a human-task claim took 27 to 32 µs
 * through XState's and 10 to 11 µs through this, back to back on a loaded machine), which the
 * engine pays on every step, SLA change, task claim and external-task lock. These machines spawn no children, schedule no delays and run no actions, so one inert
 * scope per machine serves every call; the next snapshot and the actions named are the same
 * (`transition.test.ts` compares both with XState's own).
 */
export function transition<T extends AnyStateMachine>(
  machine: T,
  snapshot: SnapshotFrom<T>,
  event: EventFromLogic<T>,
): [SnapshotFrom<T>, ExecutableActionsFrom<T>[]] {
  return collecting(machine, (scope) => machine.transition(snapshot, event, scope));
}

/** The initial snapshot of `machine` for `input`, and the actions it names. */
export function initialTransition<T extends AnyStateMachine>(
  machine: T,
  input: InputFrom<T>,
): [SnapshotFrom<T>, ExecutableActionsFrom<T>[]] {
  return collecting(machine, (scope) => machine.getInitialSnapshot(scope, input));
}

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * Runs `call` with the machine's inert scope, collecting the actions it names. The previous
 * collector is put back afterwards, so a transition of a machine inside its own step (none
 * today) would still hand each call its own actions.
 */
function collecting<T extends AnyStateMachine>(
  machine: T,
  call: (scope: AnyActorScope) => unknown,
): [SnapshotFrom<T>, ExecutableActionsFrom<T>[]] {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: () => {},
    };
    scopes.set(machine, scope);
  }
  const actions: ExecutableActionsFrom<T>[] = [];
  const previous = scope.actionExecutor;
  scope.actionExecutor = (action) => actions.push(action as ExecutableActionsFrom<T>);
  try {
    return [call(scope) as SnapshotFrom<T>, actions];
  } finally {
    scope.actionExecutor = previous;
  }
}
