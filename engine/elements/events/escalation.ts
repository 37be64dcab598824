import type { FlowNode } from '../../model/graph.ts';
import type { Execution } from '../../runtime/execution.ts';
import type { ScopeState, Token } from '../../runtime/instance-state.ts';
import { startEventSubProcess, eventSubProcessStarts } from '../event-sub-process.ts';
import { escalateToCaller } from '../call-activity/call-link.ts';
import { isInnerInstance } from '../multi-instance.ts';
import { storeCaught } from './caught-variables.ts';

/**
 * Throws an escalation from `thrower`'s scope outwards (BPMN 2.0 §10.5.5): an escalation event
 * subprocess of the scope, else an escalation boundary event of the scope's activity, matched
 * by code before catch-all. Unlike an error, an uncaught escalation changes nothing here; a
 * called instance passes it on to its call activity. `includeSelf` first tries the thrower's own
 * boundary events (an escalation arriving from the instance a call activity started).
 * The thrower may be cancelled by an interrupting catch; callers check whether it still exists.
 * Returns false when nothing caught it (nor a caller was told).
 */
export function throwEscalation(
  x: Execution,
  thrower: Token,
  code: string,
  options: { includeSelf?: boolean } = {},
): boolean {
  if (options.includeSelf && catchOnActivity(x, thrower, code)) return true;
  const thrownInside = new Set<string>();
  for (let scopeId: string | undefined = thrower.scopeId; scopeId; ) {
    const scope: ScopeState | undefined = x.state.scopes[scopeId];
    if (!scope) return false;
    thrownInside.add(scope.elementId);
    const start = pick(eventSubProcessStarts(x, scope.elementId, 'escalation', thrownInside), code);
    if (start) {
      startEventSubProcess(x, scopeId, start);
      storeCaught(x, scopeId, start, code);
      return true;
    }
    const holder: Token | undefined = scope.holderTokenId
      ? x.state.tokens[scope.holderTokenId]
      : undefined;
    if (!holder) return escalateToCaller(x, code);
    if (catchOnActivity(x, holder, code)) return true;
    scopeId = holder.scopeId;
  }
  return false;
}

function catchOnActivity(x: Execution, activity: Token, code: string): boolean {
  // The boundary events of a multi-instance activity belong to its body, not to each instance.
  if (isInnerInstance(x, activity)) return false;
  const boundaries = x
    .node(activity.elementId)
    .boundaryEventIds.map((id) => x.node(id))
    .filter((b) => b.eventDefinitions.some((d) => d.kind === 'escalation'));
  const boundary = pick(boundaries, code);
  if (!boundary) return false;
  if (boundary.cancelActivity !== false) x.cancel(activity, `escalation ${code}`);
  storeCaught(x, activity.scopeId, boundary, code);
  x.spawn(boundary.id, activity.scopeId);
  return true;
}

/** An exact code match wins over a catch-all (no code). */
function pick(candidates: FlowNode[], code: string): FlowNode | undefined {
  const codeOf = (n: FlowNode) => {
    const d = n.eventDefinitions.find((e) => e.kind === 'escalation');
    return d && d.kind === 'escalation' ? d.escalationCode : undefined;
  };
  return candidates.find((n) => codeOf(n) === code) ?? candidates.find((n) => !codeOf(n));
}
