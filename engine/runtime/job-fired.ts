import type { Variables } from '../engine-interface.ts';
import { EngineError, InvalidRequestError } from '../errors.ts';
import { setReceivedVariables } from './scope-variables.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';
import { scheduleJob } from './jobs.ts';
import type { JobPayload } from '../jobs/new-job.ts';
import { armedEventHappened } from '../elements/boundary-event.ts';
import { scopeArming, startEventSubProcess } from '../elements/event-sub-process.ts';
import { nextDue } from '../timers/timer-schedule.ts';
import { checkSla } from './sla.ts';
import { isCallPayload } from '../elements/call-activity/call-link.ts';
import { callJobFired } from '../elements/call-activity/call-received.ts';

/**
 * A job of this instance fired. A job whose token has moved on meanwhile is stale and does
 * nothing: the token withdrew it, and the executor deletes it with this step.
 */
export function jobFired(x: Execution, jobId: string, payload: JobPayload, dueAt: number): void {
  if (isCallPayload(payload)) return callJobFired(x, payload);
  if (payload.type === 'sla-check') {
    checkSla(x, payload.slaId);
    return x.run();
  }
  const token = holderOf(x, jobId);
  if (!token) {
    const scopeId = scopeArming(x, jobId);
    if (scopeId && payload.type === 'timer-boundary')
      fireScopeTimer(x, scopeId, jobId, payload, dueAt);
    return x.run();
  }
  switch (payload.type) {
    case 'timer-catch':
      delete token.jobId;
      x.guarded(token, 'leave', () => x.leave(token));
      break;
    case 'async-before':
      delete token.jobId;
      token.asyncBeforeDone = true;
      x.resume(token);
      break;
    case 'async-after':
      delete token.jobId;
      x.guarded(token, 'leave', () =>
        x.takeFlows(token, x.selectOutgoing(x.node(token.elementId), token)),
      );
      break;
    case 'timer-boundary': {
      token.armed = token.armed?.filter((a) => a.id !== jobId);
      if (x.node(payload.boundaryId).cancelActivity === false)
        x.guarded(token, 'enter', () => checkSlaOf(x, token));
      const boundary = x.node(payload.boundaryId);
      // A non-interrupting cycle fires again until the activity ends.
      if (boundary.cancelActivity === false && payload.cycle) {
        const next = nextDue(payload.cycle, dueAt);
        if (next) {
          const id = scheduleJob(x, token, boundary.id, next.dueAt, {
            type: 'timer-boundary',
            boundaryId: boundary.id,
            ...(next.cycle ? { cycle: next.cycle } : {}),
          });
          (token.armed ??= []).push({ kind: 'job', id, boundaryId: boundary.id });
        }
      }
      armedEventHappened(x, token, payload.boundaryId);
      break;
    }
  }
  x.run();
}

/** A message or signal arrived for a subscription of this instance. */
export function subscriptionTriggered(
  x: Execution,
  subscriptionId: string,
  variables: Variables,
  localVariables: Variables = {},
): void {
  const token = holderOf(x, subscriptionId);
  if (token?.subscriptionId === subscriptionId) {
    setReceivedVariables(x, token, localVariables);
    x.signal(token, variables);
    return;
  }
  // Camunda sets them on an execution that the boundary event or event subprocess cancels or
  // leaves: refused rather than dropped.
  if (Object.keys(localVariables).length > 0)
    throw new InvalidRequestError(
      'message-local-variables',
      `Local variables reach only a catch event or receive task that waits for the message; subscription ${subscriptionId} starts a boundary event or event subprocess`,
    );
  if (token) {
    const armed = token.armed!.find((a) => a.id === subscriptionId)!;
    const event = x.node(armed.boundaryId);
    x.setVariables(x.scopeOf(token), variables);
    // A non-interrupting boundary stays armed: the message may come again.
    if (event.cancelActivity !== false || event.kind !== 'boundaryEvent') {
      token.armed = token.armed!.filter((a) => a.id !== subscriptionId);
      x.effects.push({ type: 'subscription.closed', subscriptionId });
    }
    armedEventHappened(x, token, armed.boundaryId);
    return x.run();
  }
  const scopeId = scopeArming(x, subscriptionId);
  if (!scopeId)
    throw new EngineError(
      'subscription-gone',
      `Subscription ${subscriptionId} no longer waits in instance ${x.state.instanceId}`,
    );
  const scope = x.state.scopes[scopeId]!;
  const armed = scope.armed!.find((a) => a.id === subscriptionId)!;
  x.setVariables(scope, variables);
  startEventSubProcess(x, scopeId, x.node(armed.boundaryId));
  x.run();
}

/** A non-interrupting timer is a reminder: the SLA's own check decides whether it broke. */
function checkSlaOf(x: Execution, token: Token): void {
  if (token.slaId && x.state.slas?.[token.slaId] && x.ctx.at >= x.state.slas[token.slaId]!.targetAt)
    checkSla(x, token.slaId);
}

function holderOf(x: Execution, armedId: string): Token | undefined {
  return Object.values(x.state.tokens).find(
    (t) =>
      t.jobId === armedId || t.subscriptionId === armedId || t.armed?.some((a) => a.id === armedId),
  );
}

function fireScopeTimer(
  x: Execution,
  scopeId: string,
  jobId: string,
  payload: Extract<JobPayload, { type: 'timer-boundary' }>,
  dueAt: number,
) {
  const scope = x.state.scopes[scopeId]!;
  scope.armed = scope.armed!.filter((a) => a.id !== jobId);
  const start = x.node(payload.boundaryId);
  if (start.isInterrupting === false && payload.cycle) {
    const next = nextDue(payload.cycle, dueAt);
    if (next) {
      const id = scheduleJob(x, null, start.id, next.dueAt, {
        type: 'timer-boundary',
        boundaryId: start.id,
        ...(next.cycle ? { cycle: next.cycle } : {}),
      });
      scope.armed.push({ kind: 'job', id, boundaryId: start.id });
    }
  }
  startEventSubProcess(x, scopeId, start);
}
