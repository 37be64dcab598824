import type { FlowNode } from '../model/graph.ts';
import type { Execution } from '../runtime/execution.ts';
import type { Token } from '../runtime/instance-state.ts';
import { scheduleJob, timerDue } from '../runtime/jobs.ts';
import type { InstanceJobPayload } from '../jobs/new-job.ts';
import { sendSla } from '../runtime/sla.ts';
import { eventTrigger, openSubscription } from '../runtime/subscriptions.ts';

/**
 * Arms the timer boundary events of an activity the token now waits in: each becomes a job
 * that the token remembers, so leaving or cancelling the activity withdraws it.
 */
export function armBoundaries(x: Execution, token: Token, node: FlowNode): void {
  for (const boundaryId of node.boundaryEventIds) armEvent(x, token, x.node(boundaryId));
}

/** Arms one triggering event for the token: a timer job or a message/signal subscription. */
export function armEvent(x: Execution, token: Token, event: FlowNode): void {
  if (event.eventDefinitions.some((d) => d.kind === 'timer')) {
    const due = timerDue(x, token, event)!;
    const payload: InstanceJobPayload = {
      type: 'timer-boundary',
      boundaryId: event.id,
      ...(due.cycle ? { cycle: due.cycle } : {}),
    };
    const id = scheduleJob(x, token, event.id, due.dueAt, payload);
    (token.armed ??= []).push({ kind: 'job', id, boundaryId: event.id, dueAt: due.dueAt, payload });
  } else if (eventTrigger(event)) {
    const id = openSubscription(x, token, event);
    (token.armed ??= []).push({ kind: 'subscription', id, boundaryId: event.id });
  }
}

/** Withdraws everything armed for the token: its boundary jobs and its own waiting job. */
export function disarm(x: Execution, token: Token): void {
  for (const armed of token.armed ?? []) {
    if (armed.kind === 'job') {
      if (!armed.paused) x.effects.push({ type: 'job.cancelled', jobId: armed.id });
    } else x.effects.push({ type: 'subscription.closed', subscriptionId: armed.id });
  }
  delete token.armed;
  if (token.jobId) x.effects.push({ type: 'job.cancelled', jobId: token.jobId });
  delete token.jobId;
  if (token.subscriptionId)
    x.effects.push({ type: 'subscription.closed', subscriptionId: token.subscriptionId });
  delete token.subscriptionId;
}

/**
 * One of the events armed for a token happened. On an event-based gateway the first event wins:
 * the others are withdrawn and the token moves to the event that happened (BPMN 2.0 §10.6.6).
 * On an activity it is a boundary event.
 */
export function armedEventHappened(x: Execution, token: Token, eventId: string): void {
  if (x.node(token.elementId).kind === 'eventBasedGateway') {
    const flowId = x
      .node(token.elementId)
      .outgoing.find((id) => x.graph.flows[id]?.targetId === eventId)!;
    x.record('activity.completed', token);
    x.takeFlows(token, [flowId]);
    token.triggered = true;
    return;
  }
  triggerBoundary(x, token, eventId);
}

/**
 * A boundary event of the token's activity fired. Interrupting: the activity is cancelled with
 * all it holds. Non-interrupting: it goes on, and a new token leaves by the boundary event.
 */
export function triggerBoundary(x: Execution, activity: Token, boundaryId: string): Token {
  const boundary = x.node(boundaryId);
  const scopeId = activity.scopeId;
  const sla = activity.slaId ? x.state.slas?.[activity.slaId] : undefined;
  // An interrupting timer on an activity is its deadline: firing means the promise broke.
  if (
    sla &&
    boundary.cancelActivity !== false &&
    boundary.eventDefinitions.some((d) => d.kind === 'timer')
  )
    sendSla(x, sla, { type: 'deadline', at: x.ctx.at });
  if (boundary.cancelActivity !== false) x.cancel(activity, `boundary event ${boundaryId}`);
  return x.spawn(boundaryId, scopeId);
}
