import { EngineError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import { resolveText } from '../expressions/evaluate.ts';
import type { FlowNode, MultiInstanceSpec } from '../model/graph.ts';
import { disarm } from './boundary-event.ts';
import type { Behaviour, Execution } from '../runtime/execution.ts';
import { incident } from '../errors.ts';
import type { ScopeState, Token } from '../runtime/instance-state.ts';

/**
 * Multi-instance activities (BPMN 2.0 §10.2.8), as Camunda 7 runs them. The token that arrives
 * becomes the **body**: it waits at the activity holding a body scope (`<id>#multiInstanceBody`,
 * with `nrOfInstances`, `nrOfActiveInstances`, `nrOfCompletedInstances`). Each inner instance is
 * a token at the same element in a scope of its own (`loopCounter`, the element variable), run by
 * the element's plain behaviour. An inner token that completes its activity is consumed here
 * instead of taking the outgoing flows; when all are done, or the completion condition holds (the
 * rest are then cancelled), the body leaves by the outgoing flows. Boundary events, `asyncBefore`
 * and `asyncAfter` belong to the body. Inner scopes name the body's token as their holder, so an
 * error or escalation from an inner instance walks on to the body's boundary events.
 */

/** The suffix Camunda gives the body in history (`miTasks#multiInstanceBody`). */
export const BODY_SUFFIX = '#multiInstanceBody';

/** Bookkeeping of a body scope, kept in the snapshot. */
export interface MultiInstanceBody {
  /**
   * The collection as read when the body started. Camunda re-reads the variable for each
   * sequential instance; a copy keeps `nrOfInstances` and the items in step if it changes meanwhile.
   */
  items?: unknown[];
  /** The loop counter of the next instance to start (sequential bodies). */
  next: number;
}

/** Wraps an element's own behaviour: the body's behaviour for the arriving token, the plain one for inner instances. */
export function multiInstance(inner: Behaviour): Behaviour {
  return {
    enter(token, node, x) {
      if (isInnerInstance(x, token)) return inner.enter(token, node, x);
      enterBody(token, node, x);
    },
    signal(token, node, x, variables) {
      // The body waits for its instances, never for outside input.
      if (!inner.signal || !isInnerInstance(x, token))
        throw new EngineError('not-waiting', `Element ${node.id} does not wait for a signal`, {
          elementId: node.id,
        });
      inner.signal(token, node, x, variables);
    },
  };
}

/** Whether the token is one inner instance of a multi-instance activity. */
export function isInnerInstance(x: Execution, token: Token): boolean {
  return x.state.scopes[token.scopeId]?.innerInstance === true;
}

/** Whether the token is the body of a multi-instance activity (history names it `<id>#multiInstanceBody`). */
export function isMultiInstanceBody(x: Execution, token: Token): boolean {
  return x.graph.nodes[token.elementId]?.multiInstance !== undefined && !isInnerInstance(x, token);
}

function enterBody(token: Token, node: FlowNode, x: Execution): void {
  const spec = node.multiInstance!;
  const items = spec.collection === undefined ? undefined : collectionOf(spec, token, node, x);
  const count = items?.length ?? cardinalityOf(spec, token, node, x);
  const limit = (x.ctx.limits ?? DEFAULT_LIMITS).multiInstanceCardinality;
  if (count > limit)
    throw incident(
      `Multi-instance ${node.id} would start ${count} instances, more than the limit of ${limit}`,
      node.id,
    );
  const variables: Record<string, unknown> = {
    nrOfInstances: count,
    nrOfActiveInstances: spec.isSequential ? Math.min(count, 1) : count,
    nrOfCompletedInstances: 0,
  };
  // Zeebe: the output collection has one slot per instance, filled as each one completes.
  if (spec.outputCollection)
    variables[spec.outputCollection] = new Array<unknown>(count).fill(null);
  const body = x.openScope(`${node.id}${BODY_SUFFIX}`, token.scopeId, token, variables);
  body.multiInstanceBody = items ? { items, next: 0 } : { next: 0 };
  token.state = 'waiting';
  token.childScopeId = body.id;
  // No instances at all: the body is done at once (Camunda).
  if (count === 0) return completeBody(x, token, body, spec);
  if (spec.isSequential) return startInstance(x, token, body, node, 0);
  // Spawned last to first, so the first instance runs first (depth first, as Camunda creates them).
  for (let counter = count - 1; counter >= 0; counter--)
    startInstance(x, token, body, node, counter);
}

function startInstance(
  x: Execution,
  holder: Token,
  body: ScopeState,
  node: FlowNode,
  loopCounter: number,
): void {
  const spec = node.multiInstance!;
  const variables: Record<string, unknown> = { loopCounter };
  const items = body.multiInstanceBody!.items;
  if (spec.elementVariable && items) variables[spec.elementVariable] = items[loopCounter] ?? null;
  const instance = x.openScope(node.id, body.id, holder, variables);
  instance.innerInstance = true;
  body.multiInstanceBody!.next = Math.max(body.multiInstanceBody!.next, loopCounter + 1);
  x.spawn(node.id, instance.id);
}

/**
 * An inner instance completed its activity (called by `Execution.leave` instead of taking the
 * flows). Camunda counts it, then evaluates the completion condition in the instance's scope.
 */
export function innerInstanceLeft(x: Execution, token: Token): void {
  const instance = x.state.scopes[token.scopeId]!;
  const body = x.state.scopes[instance.parentId!]!;
  const holder = x.state.tokens[body.holderTokenId!]!;
  const node = x.node(token.elementId);
  const spec = node.multiInstance!;
  const counters = body.variables;
  const before = { ...counters };
  counters.nrOfCompletedInstances = Number(counters.nrOfCompletedInstances) + 1;
  if (!spec.isSequential) counters.nrOfActiveInstances = Number(counters.nrOfActiveInstances) - 1;
  let satisfied = false;
  try {
    if (spec.outputCollection && spec.outputElement) collectOutput(x, token, instance, body, spec);
    if (spec.completionCondition) satisfied = x.evaluateCondition(spec.completionCondition, token);
  } catch (error) {
    // The token stays with an incident; a retry must count this instance once, not twice.
    Object.assign(counters, before);
    throw error;
  }
  // What the instance waited on (a message subscription, a job) goes with it, as when a token moves on.
  disarm(x, token);
  delete x.state.tokens[token.id];
  delete x.state.scopes[instance.id];
  const running = Object.values(x.state.scopes).filter(
    (s) => s.parentId === body.id && s.innerInstance,
  );
  if (satisfied) {
    for (const other of running) x.cancelScope(other.id, `completion condition of ${node.id}`);
  } else if (spec.isSequential && body.multiInstanceBody!.next < Number(counters.nrOfInstances)) {
    return startInstance(x, holder, body, node, body.multiInstanceBody!.next);
  } else if (running.length > 0) {
    return;
  }
  completeBody(x, holder, body, spec);
}

/** All instances are done: the body's scope closes and the body token leaves the activity. */
function completeBody(
  x: Execution,
  holder: Token,
  body: ScopeState,
  spec: MultiInstanceSpec,
): void {
  if (spec.outputCollection) {
    // Zeebe hands the output collection to the enclosing scope, like an output mapping.
    x.setVariable(
      x.state.scopes[holder.scopeId] ?? x.state.scopes[x.state.rootScopeId]!,
      spec.outputCollection,
      body.variables[spec.outputCollection],
    );
  }
  // The completed instances stay compensable through the body's own entry.
  if (body.compensable) holder.compensable = body.compensable;
  delete x.state.scopes[body.id];
  delete holder.childScopeId;
  x.guarded(holder, 'leave', () => x.leave(holder));
}

function collectOutput(
  x: Execution,
  token: Token,
  instance: ScopeState,
  body: ScopeState,
  spec: MultiInstanceSpec,
): void {
  const value = resolveText(spec.outputElement!, x.expressionContext(token));
  const collected = body.variables[spec.outputCollection!];
  if (Array.isArray(collected)) collected[Number(instance.variables.loopCounter)] = value ?? null;
}

/** `camunda:collection`: a variable name, or an expression, yielding a list. */
function collectionOf(
  spec: MultiInstanceSpec,
  token: Token,
  node: FlowNode,
  x: Execution,
): unknown[] {
  const collection = spec.collection!;
  const value =
    'literal' in collection
      ? x.lookup(x.scopeOf(token), collection.literal).value
      : resolveText(collection, x.expressionContext(token));
  if (!Array.isArray(value))
    throw incident(
      `The collection of multi-instance ${node.id} is not a list: ${describe(value)}`,
      node.id,
    );
  return [...value];
}

/** `loopCardinality`: a whole number, or an expression yielding one. */
function cardinalityOf(
  spec: MultiInstanceSpec,
  token: Token,
  node: FlowNode,
  x: Execution,
): number {
  const value = spec.loopCardinality
    ? resolveText(spec.loopCardinality, x.expressionContext(token))
    : undefined;
  const count = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw incident(
      `The loopCardinality of multi-instance ${node.id} is not a whole number: ${describe(value)}`,
      node.id,
    );
  }
  return count;
}

function describe(value: unknown): string {
  return value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
}
