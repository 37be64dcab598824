import type { Variables } from '../../engine-interface.ts';
import type { Execution } from '../../runtime/execution.ts';
import type { Token } from '../../runtime/instance-state.ts';
import { newJob } from '../../jobs/new-job.ts';

/**
 * The link between a calling instance and the instance its call activity started. Two
 * instances never share a transaction, so everything that crosses between them is an internal
 * job written in the sender's unit of work (an outbox) and run against the receiver, deleted in
 * the receiver's unit of work: a crash loses nothing and nothing runs twice.
 *
 *   parent ──call-start──▶ (job runner starts the child under a fixed id)
 *   child  ──call-report─▶ parent: completed, BPMN error, escalation (in order, one job per step)
 *   parent ──call-cancel─▶ child, when the call activity is cancelled
 *   top    ──call-unhandled─▶ the instance whose error nobody caught
 */

/** The call activity token waiting for a child, kept in the child's state. */
export interface CallerLink {
  instanceId: string;
  tokenId: string;
  elementId: string;
}

/** The token that threw a BPMN error and waits for the callers to decide. */
export interface ErrorOrigin {
  instanceId: string;
  tokenId: string;
}

/** What a child tells the token that called it. */
export type CallMessage =
  /** The child ended (completed or terminated): its process variables, for the `out` mappings. */
  | { kind: 'completed'; variables: Variables }
  /** A BPMN error nothing in the child caught; `origin` still waits for the verdict. */
  | { kind: 'error'; code: string; message?: string; variables: Variables; origin: ErrorOrigin }
  | { kind: 'escalation'; code: string };

/**
 * Which version of the called process to start, when not the latest: the one deployed with the
 * caller's definition, or a version number. Resolved when the start job runs.
 */
export type CalledVersion = { deployedWith: string } | { version: number };

export type CallPayload =
  /** Run by the job runner: starts the child, unless the calling token moved on. */
  | {
      type: 'call-start';
      parentInstanceId: string;
      childInstanceId: string;
      processId: string;
      version?: CalledVersion;
      businessKey: string | null;
      variables: Variables;
    }
  /** Fired into the child: its call activity was cancelled, so it ends as cancelled. */
  | { type: 'call-cancel'; parentInstanceId: string; reason: string }
  /** Fired into the parent. */
  | { type: 'call-report'; childInstanceId: string; tokenId: string; messages: CallMessage[] }
  /** Fired into the instance whose error reached the top uncaught: the error end acts as a none end (Camunda). */
  | { type: 'call-unhandled'; tokenId: string }
  /** Fired into the parent by the job runner (never stored): the child could not be started. */
  | { type: 'call-failed'; tokenId: string; childInstanceId: string; message: string };

const CALL_TYPES = new Set([
  'call-start',
  'call-cancel',
  'call-report',
  'call-unhandled',
  'call-failed',
]);

/** Whether a job payload belongs to call activities. */
export function isCallPayload(payload: { type?: unknown }): payload is CallPayload {
  return typeof payload.type === 'string' && CALL_TYPES.has(payload.type);
}

/**
 * The call activity token asks for a child. The child's id is fixed now, in the parent's step,
 * so starting it twice fails on the primary key and cancelling it can name it before it exists.
 */
export function requestCall(
  x: Execution,
  token: Token,
  start: {
    processId: string;
    version?: CalledVersion;
    businessKey: string | null;
    variables: Variables;
  },
): void {
  const childInstanceId = x.newId();
  token.state = 'waiting';
  token.calledInstanceId = childInstanceId;
  const payload: CallPayload = {
    type: 'call-start',
    parentInstanceId: x.state.instanceId,
    childInstanceId,
    ...start,
  };
  scheduleInternal(
    x,
    { instanceId: x.state.instanceId, elementId: token.elementId, tokenId: token.id },
    payload,
  );
}

/** The call activity token is cancelled: so is its child (once it exists; see `call-jobs.ts`). */
export function cancelCalledInstance(x: Execution, token: Token, reason: string): void {
  const childId = token.calledInstanceId;
  if (!childId) return;
  delete token.calledInstanceId;
  scheduleInternal(
    x,
    { instanceId: childId, elementId: null, tokenId: null },
    { type: 'call-cancel', parentInstanceId: x.state.instanceId, reason },
  );
}

/** The instance ended (completed or terminated): a called instance reports to its caller. */
export function reportEnded(x: Execution): void {
  if (!x.state.caller) return;
  const root = x.state.scopes[x.state.rootScopeId];
  sendToCaller(x, { kind: 'completed', variables: { ...(root?.variables ?? {}) } });
}

/**
 * A BPMN error reached the top of a called instance uncaught: it goes on to the caller's call
 * activity (Camunda). The thrower waits (an end event keeps its token) until some caller catches
 * it, which cancels this instance, or the top answers that nobody did. Returns false when this
 * instance has no caller.
 */
export function raiseToCaller(
  x: Execution,
  thrower: Token,
  code: string,
  message: string | undefined,
  origin?: ErrorOrigin,
): boolean {
  if (!x.state.caller) return false;
  if (!origin) {
    thrower.state = 'waiting';
    thrower.awaitingCaller = code;
    x.state.tokens[thrower.id] = thrower;
  }
  const root = x.state.scopes[x.state.rootScopeId];
  const from = origin ?? { instanceId: x.state.instanceId, tokenId: thrower.id };
  sendToCaller(x, {
    kind: 'error',
    code,
    ...(message !== undefined && { message }),
    variables: { ...(root?.variables ?? {}) },
    origin: from,
  });
  return true;
}

/** An escalation nothing in a called instance caught goes on to the caller (it changes nothing here). */
export function escalateToCaller(x: Execution, code: string): boolean {
  if (!x.state.caller) return false;
  sendToCaller(x, { kind: 'escalation', code });
  return true;
}

/** Tells the token whose error nobody caught to go on as Camunda does without a catcher. */
export function answerUnhandled(x: Execution, origin: ErrorOrigin): void {
  scheduleInternal(
    x,
    { instanceId: origin.instanceId, elementId: null, tokenId: origin.tokenId },
    { type: 'call-unhandled', tokenId: origin.tokenId },
  );
}

/** Messages of one step travel in one job, so the caller sees them in the order they happened. */
function sendToCaller(x: Execution, message: CallMessage): void {
  const caller = x.state.caller!;
  for (const effect of x.effects) {
    if (effect.type !== 'job.scheduled') continue;
    const { payload } = effect.job;
    if (payload.type === 'call-report' && effect.job.instanceId === caller.instanceId) {
      payload.messages.push(message);
      return;
    }
  }
  const payload: CallPayload = {
    type: 'call-report',
    childInstanceId: x.state.instanceId,
    tokenId: caller.tokenId,
    messages: [message],
  };
  scheduleInternal(x, caller, payload);
}

/**
 * Schedules an internal job, due now. Its id carries the step's sequence zero-padded: jobs due at
 * the same instant run in id order, so one instance's messages keep their order.
 */
function scheduleInternal(
  x: Execution,
  target: { instanceId: string; elementId: string | null; tokenId: string | null },
  payload: CallPayload,
): void {
  x.newId();
  const job = newJob({
    id: `${x.state.instanceId}.${String(x.state.seq).padStart(12, '0')}`,
    payload,
    dueAt: x.ctx.at,
    createdAt: x.ctx.at,
    ...target,
  });
  x.effects.push({ type: 'job.scheduled', job });
}
