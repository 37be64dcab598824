import { type EngineError, InvalidRequestError, incident } from '../errors.ts';
import {
  type ExpressionContext,
  isExpression,
  resolveText,
  toTextOrExpression,
} from '../expressions/evaluate.ts';
import type { ExecutableGraph, FlowNode } from '../model/graph.ts';
import { addDuration, parseDateTime, parseDuration } from '../timers/iso8601.ts';
import { calendarAdder, calendarName } from './calendar.ts';
import { policyRead } from './sla-policy.ts';
import type { Execution } from './execution.ts';
import type { ScopeState, Token } from './instance-state.ts';
import type { SlaState } from '../ports/sla.ts';
import { type ClosedSla, openSlaRecord, sendSla } from './sla.ts';

/**
 * The promise a customer's request carries from the moment of contact, declared with extension
 * properties. The process carries one when it names `promiseFrom` (the variable holding the
 * contact time: a call that reached the front office before it was registered; unset, the
 * instance's start) or a `promise` target, or when an activity inside names a `promise`; a
 * subprocess carries its own when it names `promiseFrom`.
 *
 * The target is known from the start (`promise` on the process or subprocess: its own SLA
 * record, with the scope as element) or chosen on the way: the first activity with a `promise`
 * a token enters chooses it, counted from the contact, and that activity's SLA is the promise's.
 * Once chosen, the promise does not move with the work: an escalation to another lane leaves it
 * as it was, and a broken one stays broken. Kept or broken, it is an SLA like any other
 * (`lifecycle/sla.machine.ts`: paused while the customer has the ball, re-targeted by
 * `retargetSla`). Its due time is the scope's `promiseDueAt` variable (ISO 8601, for timers and
 * due dates: `${promiseDueAt}`), and every open task of the request carries it
 * (`TaskRecord.promiseDueAt`) until the promise is kept.
 */
export const PROMISE_DUE_VARIABLE = 'promiseDueAt';

/** The promise an activity chose as a token entered it: its SLA's start and target. */
export interface ChosenPromise {
  scope: ScopeState;
  startedAt: number;
  targetAt: number;
}

const carriers = new WeakMap<ExecutableGraph, Set<string>>();

/** Whether the process or subprocess `elementId` carries a request's promise. */
function carriesPromise(graph: ExecutableGraph, elementId: string): boolean {
  let scopes = carriers.get(graph);
  if (!scopes) {
    scopes = new Set();
    const nodes = Object.values(graph.nodes);
    const own = graph.properties ?? {};
    if (own.promise || own.promiseFrom || nodes.some((n) => n.properties.promise))
      scopes.add(graph.processId);
    for (const node of nodes) if (node.properties.promiseFrom) scopes.add(node.id);
    carriers.set(graph, scopes);
  }
  return scopes.has(elementId);
}

/** A scope instance opened: if it carries a promise, its clock starts at the contact. */
export function openScopePromise(x: Execution, scope: ScopeState): void {
  if (!carriesPromise(x.graph, scope.elementId)) return;
  const isProcess = scope.elementId === x.graph.processId;
  const node = isProcess ? undefined : x.node(scope.elementId);
  const own = (isProcess ? x.graph.properties : node?.properties) ?? {};
  const from = contactTime(x, scope, own.promiseFrom);
  scope.promise = { from };
  if (!own.promise) return;
  const duration = promiseDuration(x.scopeExpressionContext(scope, scope.elementId), own.promise);
  const policy = policyRead(x, scope.elementId);
  const calendar = node
    ? calendarName(x, node)
    : (policy?.terms.calendar ?? x.graph.properties?.calendar);
  const targetAt = dueAfter(x, scope.elementId, calendar, from, duration);
  const sla = openSlaRecord(x, {
    elementId: scope.elementId,
    tokenId: scope.id,
    taskId: null,
    lane: null,
    startedAt: from,
    targetAt,
    calendar: calendar ?? null,
    policy: policy?.id ?? null,
  });
  scope.promise.slaId = sla.id;
  tellDue(x, scope, targetAt);
}

/**
 * A token is entering an activity with a `promise`: it chooses the target of its request's
 * promise, if none was chosen yet. The due time is known before the activity runs, so its due
 * date and timers may read `${promiseDueAt}`; `settleChoice` keeps it once the activity waits.
 */
export function choosePromise(
  x: Execution,
  token: Token,
  node: FlowNode,
): ChosenPromise | undefined {
  const declared = node.properties.promise;
  // A subprocess with its own clock carries that promise rather than choosing one outside it.
  if (!declared || carriesPromise(x.graph, node.id)) return undefined;
  const scope = promiseScopeOf(x, token.scopeId);
  if (!scope || scope.promise!.dueAt !== undefined) return undefined;
  const startedAt = scope.promise!.from;
  const duration = promiseDuration(x.expressionContext(token), declared);
  const targetAt = dueAfter(x, node.id, calendarName(x, node), startedAt, duration);
  scope.promise!.dueAt = targetAt;
  x.setLocalVariable(scope, PROMISE_DUE_VARIABLE, new Date(targetAt).toISOString());
  return { scope, startedAt, targetAt };
}

/**
 * The choosing activity entered: when it waits under an SLA, that SLA keeps the promise and the
 * request's other open tasks learn its due time; an activity that did not wait chose nothing.
 */
export function settleChoice(x: Execution, chosen: ChosenPromise, token: Token): void {
  const promise = chosen.scope.promise!;
  if (token.slaId && x.state.tokens[token.id]) {
    promise.slaId = token.slaId;
    // Its own task was created knowing the due time.
    tellDue(x, chosen.scope, chosen.targetAt, token);
  } else delete promise.dueAt;
}

/** When the promise of the request a token works for falls due, unless it was kept. */
export function promiseDueOf(x: Execution, token: Token): number | null {
  return promiseScopeOf(x, token.scopeId)?.promise?.dueAt ?? null;
}

/**
 * After a step: a promise whose SLA moved (paused and resumed, re-targeted) tells the request's
 * open tasks and its `promiseDueAt` variable the new due time.
 */
export function reconcileRequestPromises(x: Execution): void {
  for (const scope of Object.values(x.state.scopes)) {
    const promise = scope.promise;
    const sla = promise?.slaId ? x.state.slas?.[promise.slaId] : undefined;
    if (sla && sla.targetAt !== promise!.dueAt) tellDue(x, scope, sla.targetAt);
  }
}

/**
 * An activity's SLA closed. When it was its request's promise, the promise is kept (the
 * request's tasks carry it no more), stays broken, or, cancelled before it broke, is unchosen:
 * the next activity with a `promise` chooses again.
 */
export function settlePromise(x: Execution, token: Token, closed: ClosedSla | undefined): void {
  if (!closed) return;
  const scope = promiseScopeOf(x, token.scopeId);
  if (scope && scope.promise!.slaId === closed.id) settle(x, scope, closed.state, token);
}

/** The scope ended: a promise of its own is met, or stays broken; cancelled with the scope. */
export function closeScopePromise(
  x: Execution,
  scope: ScopeState,
  outcome: 'completed' | 'cancelled',
): void {
  const sla = scope.promise?.slaId ? x.state.slas?.[scope.promise.slaId] : undefined;
  if (!sla) return;
  const type = outcome === 'completed' ? 'complete' : 'cancel';
  settle(x, scope, sendSla(x, sla, { type, at: x.ctx.at }));
}

function settle(x: Execution, scope: ScopeState, state: SlaState, closing?: Token): void {
  const promise = scope.promise!;
  delete promise.slaId;
  if (state === 'breached') return;
  tellDue(x, scope, null, closing);
  if (state === 'cancelled') delete promise.dueAt;
}

/** The innermost scope, from `scopeId` outwards, that carries a request's promise. */
function promiseScopeOf(x: Execution, scopeId: string): ScopeState | undefined {
  for (let scope = x.state.scopes[scopeId]; scope; ) {
    if (scope.promise) return scope;
    scope = scope.parentId ? x.state.scopes[scope.parentId] : undefined;
  }
  return undefined;
}

/** Tells the scope's promise due time to its variable and its open tasks (but `skip`'s). */
function tellDue(x: Execution, scope: ScopeState, dueAt: number | null, skip?: Token): void {
  scope.promise!.dueAt = dueAt;
  const due = dueAt === null ? undefined : new Date(dueAt).toISOString();
  if (due !== undefined && scope.variables[PROMISE_DUE_VARIABLE] !== due)
    x.setLocalVariable(scope, PROMISE_DUE_VARIABLE, due);
  for (const token of Object.values(x.state.tokens)) {
    if (token === skip || !token.taskId || promiseScopeOf(x, token.scopeId) !== scope) continue;
    x.effects.push({ type: 'task.promiseChanged', taskId: token.taskId, promiseDueAt: dueAt });
  }
}

/**
 * The duration a `promise` property declares: written as it is (`PT3M`), or given by its
 * expression (`${slaPolicy('phone-immediate')}`), evaluated where the promise is chosen.
 */
function promiseDuration(context: ExpressionContext, declared: string): string {
  if (!isExpression(declared)) return declared;
  return String(resolveText(toTextOrExpression(declared), context));
}

/** `from` plus an ISO 8601 duration, in working time when the element counts on a calendar. */
function dueAfter(
  x: Execution,
  elementId: string,
  calendar: string | undefined,
  from: number,
  duration: string,
): number {
  let parsed: ReturnType<typeof parseDuration>;
  try {
    parsed = parseDuration(duration);
  } catch (error) {
    throw incident(
      `The promise of ${elementId} is invalid: ${(error as Error).message}`,
      elementId,
    );
  }
  const add = calendarAdder(x, calendar, elementId);
  return add ? add(from, parsed) : addDuration(from, parsed);
}

/**
 * When the customer made contact: the `promiseFrom` variable (a date-time, a Date or epoch
 * milliseconds), else now. A contact reported later than now is a clock set apart: now it is.
 * A value that is no time refuses the start (the caller passed it), or is an incident.
 */
function contactTime(x: Execution, scope: ScopeState, variable: string | undefined): number {
  const value = variable ? x.lookup(scope, variable).value : undefined;
  if (value === undefined || value === null || value === '') return x.ctx.at;
  const at =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? parsedOrNaN(value)
          : Number.NaN;
  if (Number.isFinite(at)) return Math.min(Math.round(at), x.ctx.at);
  const message = `${variable} must be the time the customer made contact (an ISO 8601 date-time such as 2030-01-31T09:58:20Z); got ${JSON.stringify(value)}`;
  const error: EngineError =
    scope.id === x.state.rootScopeId
      ? new InvalidRequestError('invalid-contact-time', message, { field: variable })
      : incident(message, scope.elementId);
  throw error;
}

function parsedOrNaN(text: string): number {
  try {
    return parseDateTime(text.trim());
  } catch {
    return Number.NaN;
  }
}
