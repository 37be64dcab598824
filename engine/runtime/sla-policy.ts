import type { ExecutableGraph, FlowNode } from '../model/graph.ts';
import type { SlaPolicy } from '../ports/sla-policies.ts';
import type { Execution } from './execution.ts';

/**
 * SLA policies in a running instance. A process whose expressions name `slaPolicy` keeps, from
 * its start, the terms of every policy (`InstanceState.slaPolicies`): a policy changed later
 * applies to the instances started afterwards, and a running instance keeps the promise it was
 * given. `${slaPolicy('phone-immediate')}` reads a policy by id; `${slaPolicy(channel,
 * 'first-response')}` the one of that touchpoint and kind, else the one of that kind for any
 * touchpoint. Either gives the policy's target (an ISO 8601 duration) and notes the policy for
 * the element, whose SLA record then names it and whose durations count on its calendar.
 */
export type PolicyTerms = Pick<SlaPolicy, 'touchpoint' | 'kind' | 'target' | 'calendar'>;

/** The terms an instance keeps of the store's policies, by id. */
export function policyTerms(policies: SlaPolicy[]): Record<string, PolicyTerms> {
  return Object.fromEntries(
    policies.map(({ id, touchpoint, kind, target, calendar }) => [
      id,
      { touchpoint, kind, target, calendar },
    ]),
  );
}

const NAMES_POLICY = /\bslaPolicy\s*\(/;
const namesPolicy = new WeakMap<ExecutableGraph, boolean>();

/** Whether any expression or property of the process calls `slaPolicy`. */
export function usesSlaPolicies(graph: ExecutableGraph): boolean {
  let uses = namesPolicy.get(graph);
  if (uses === undefined) {
    uses = mentions(graph, new Set());
    namesPolicy.set(graph, uses);
  }
  return uses;
}

function mentions(value: unknown, seen: Set<object>): boolean {
  if (typeof value === 'string') return NAMES_POLICY.test(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => mentions(item, seen));
}

/**
 * `slaPolicy(...)` for the expressions of `elementId`: the target of the policy the arguments
 * name, which the element is noted to have read in this step.
 */
export function policyFunction(x: Execution, elementId: string): (args: unknown[]) => string {
  return (args) => {
    const [id, terms] = findPolicy(x.state.slaPolicies, args);
    x.policiesRead.set(elementId, id);
    return terms.target;
  };
}

/** The policy an element (or, for a boundary event, its activity) read in this step. */
export function policyReadBy(x: Execution, node: FlowNode): ReadPolicy | undefined {
  return (
    policyRead(x, node.id) ?? (node.attachedToId ? policyRead(x, node.attachedToId) : undefined)
  );
}

/** The policy the expressions of `elementId` (an element, or the process) read in this step. */
export function policyRead(x: Execution, elementId: string): ReadPolicy | undefined {
  const id = x.policiesRead.get(elementId);
  const terms = id === undefined ? undefined : x.state.slaPolicies?.[id];
  return terms && { id: id!, terms };
}

export interface ReadPolicy {
  id: string;
  terms: PolicyTerms;
}

function findPolicy(
  policies: Record<string, PolicyTerms> | undefined,
  args: unknown[],
): [string, PolicyTerms] {
  if (!policies)
    throw new Error('this instance started before its process used SLA policies: it keeps none');
  const entries = Object.entries(policies);
  if (args.length === 1) {
    const id = String(args[0]);
    const terms = Object.hasOwn(policies, id) ? policies[id] : undefined;
    if (!terms) throw new Error(`there is no SLA policy '${id}'`);
    return [id, terms];
  }
  const [touchpoint, kind] = args;
  const found =
    entries.find(([, t]) => t.kind === kind && t.touchpoint === (touchpoint ?? null)) ??
    entries.find(([, t]) => t.kind === kind && t.touchpoint === null);
  if (!found)
    throw new Error(
      `there is no SLA policy of kind '${String(kind)}' for touchpoint '${String(touchpoint)}' nor for any touchpoint`,
    );
  return found;
}
