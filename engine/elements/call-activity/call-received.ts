import type { Variables } from '../../engine-interface.ts';
import { IncidentError } from '../../errors.ts';
import { evaluateExpression } from '../../expressions/evaluate.ts';
import type { CallActivitySpec } from '../../model/graph.ts';
import { answerUnhandled, type CallMessage, type CallPayload } from './call-link.ts';
import { throwBpmnError } from '../events/error.ts';
import { throwEscalation } from '../events/escalation.ts';
import type { Execution } from '../../runtime/execution.ts';
import type { Token } from '../../runtime/instance-state.ts';

/**
 * An internal call-activity job arrived at this instance (see `call-link.ts`). Messages for a
 * token that no longer waits for that child are stale and change nothing: the token moved on,
 * and its cancellation already went to the child.
 */
export function callJobFired(x: Execution, payload: CallPayload): void {
  switch (payload.type) {
    case 'call-report':
      for (const message of payload.messages)
        received(x, payload.tokenId, payload.childInstanceId, message);
      break;
    case 'call-unhandled':
      unhandled(x, payload.tokenId);
      break;
    case 'call-cancel':
      // The calling token was cancelled: this instance ends as cancelled, with its own children.
      x.cancelInstance(payload.reason);
      break;
    case 'call-failed': {
      const token = waitingFor(x, payload.tokenId, payload.childInstanceId);
      if (!token) break;
      delete token.calledInstanceId;
      // Retrying the incident enters the call activity again and asks for a new child.
      x.raiseIncident(token, 'failedJob', payload.message, 'enter');
      break;
    }
    case 'call-start':
      break;
  }
  x.run();
}

function received(
  x: Execution,
  tokenId: string,
  childInstanceId: string,
  message: CallMessage,
): void {
  const token = waitingFor(x, tokenId, childInstanceId);
  if (!token) return;
  const spec = x.node(token.elementId).callActivity!;
  switch (message.kind) {
    case 'completed':
      // BPMN 2.0 §10.2.5: the call activity completes with its called process; `out` mappings first.
      delete token.calledInstanceId;
      x.guarded(token, 'leave', () => {
        x.setVariables(x.scopeOf(token), outputs(spec, message.variables, x, token));
        x.leave(token);
      });
      return;
    case 'error':
      // Camunda passes the `out` variables on a BPMN error too, before the boundary event catches it.
      // A failing mapping must not swallow the error, a business outcome: it goes on without them.
      try {
        x.setVariables(x.scopeOf(token), outputs(spec, message.variables, x, token));
      } catch (error) {
        if (!(error instanceof IncidentError)) throw error;
      }
      if (
        !throwBpmnError(x, token, message.code, {
          includeSelf: true,
          origin: message.origin,
          message: message.message,
        })
      )
        answerUnhandled(x, message.origin);
      return;
    case 'escalation':
      throwEscalation(x, token, message.code, { includeSelf: true });
      return;
  }
}

/** Nobody caught this token's BPMN error: an error end event ends like a none end, a task's error is an incident. */
function unhandled(x: Execution, tokenId: string): void {
  const token = x.state.tokens[tokenId];
  if (!token || token.awaitingCaller === undefined) return;
  const code = token.awaitingCaller;
  delete token.awaitingCaller;
  if (x.node(token.elementId).kind === 'endEvent') {
    x.consume(token);
    return;
  }
  x.raiseIncident(
    token,
    'unhandledError',
    `BPMN error ${code} thrown by ${token.elementId} was not caught`,
    'signal',
  );
}

function waitingFor(x: Execution, tokenId: string, childInstanceId: string): Token | undefined {
  const token = x.state.tokens[tokenId];
  return token && token.state === 'waiting' && token.calledInstanceId === childInstanceId
    ? token
    : undefined;
}

/** `camunda:out`: all of the child's variables, or each mapping, read against the child's variables. */
function outputs(spec: CallActivitySpec, child: Variables, x: Execution, token: Token): Variables {
  const result: Variables = spec.outputAll ? { ...child } : {};
  const context = {
    lookup: (name: string) =>
      Object.hasOwn(child, name) ? { found: true, value: child[name] } : { found: false },
    instanceId: x.state.instanceId,
    businessKey: x.state.businessKey,
    activityId: token.elementId,
  };
  for (const mapping of spec.outputs) {
    // An unset source still crosses over, as null (Camunda).
    result[mapping.target] = mapping.expression
      ? evaluateExpression(mapping.expression, context)
      : (child[mapping.source!] ?? null);
  }
  return result;
}
