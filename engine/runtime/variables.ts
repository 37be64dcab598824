import type { Variables } from '../engine-interface.ts';
import type { InstanceState, ScopeState } from './instance-state.ts';

/** The scopes a scope sees, innermost first. */
function* chain(state: InstanceState, scope: ScopeState): Generator<ScopeState> {
  for (
    let s: ScopeState | undefined = scope;
    s;
    s = s.parentId ? state.scopes[s.parentId] : undefined
  )
    yield s;
}

/** A variable as the scope sees it: its own, else the nearest enclosing scope's. */
export function lookupVariable(
  state: InstanceState,
  scope: ScopeState,
  name: string,
): { found: boolean; value?: unknown } {
  for (const s of chain(state, scope))
    if (Object.hasOwn(s.variables, name)) return { found: true, value: s.variables[name] };
  return { found: false };
}

/** Every variable a scope sees, inner ones shadowing outer ones. */
export function visibleVariables(state: InstanceState, scope: ScopeState): Variables {
  return Object.assign({}, ...[...chain(state, scope)].reverse().map((s) => s.variables));
}

/**
 * Where Camunda's `setVariable` writes: the nearest scope where the variable already lives;
 * undefined when it lives nowhere yet (the caller then writes on the process scope).
 */
export function scopeDefining(
  state: InstanceState,
  scope: ScopeState,
  name: string,
): ScopeState | undefined {
  for (const s of chain(state, scope)) if (Object.hasOwn(s.variables, name)) return s;
  return undefined;
}
