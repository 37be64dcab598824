import type { FlowNode } from '../model/graph.ts';
import type { Execution } from './execution.ts';
import type { ScopeState, Token } from './instance-state.ts';
import { startEventSubProcess, eventSubProcessStarts } from './event-subprocesses.ts';

/**
 * Throws an escalation from `thrower`'s scope outwards (BPMN 2.0 §10.5.5): an escalation event
 * subprocess of the scope, else an escalation boundary event of the scope's activity, matched
 * by code before catch-all. Unlike an error, an uncaught escalation changes nothing.
 * The thrower may be cancelled by an interrupting catch; callers check whether it still exists.
 */
export function throwEscalation(x: Execution, thrower: Token, code: string): void {
  for (let scopeId: string | undefined = thrower.scopeId; scopeId; ) {
    const scope: ScopeState | undefined = x.state.scopes[scopeId];
    if (!scope) return;
    const start = pick(eventSubProcessStarts(x, scope.elementId, 'escalation'), code);
    if (start) return startEventSubProcess(x, scopeId, start);
    const holder: Token | undefined = scope.holderTokenId ? x.state.tokens[scope.holderTokenId] : undefined;
    if (!holder) return;
    const boundaries = x.node(holder.elementId).boundaryEventIds.map((id) => x.node(id)).filter((b) => b.eventDefinitions.some((d) => d.kind === 'escalation'));
    const boundary = pick(boundaries, code);
    if (boundary) {
      if (boundary.cancelActivity !== false) x.cancel(holder, `escalation ${code}`);
      x.spawn(boundary.id, holder.scopeId);
      return;
    }
    scopeId = holder.scopeId;
  }
}

/** An exact code match wins over a catch-all (no code). */
function pick(candidates: FlowNode[], code: string): FlowNode | undefined {
  const codeOf = (n: FlowNode) => {
    const d = n.eventDefinitions.find((e) => e.kind === 'escalation');
    return d && d.kind === 'escalation' ? d.escalationCode : undefined;
  };
  return candidates.find((n) => codeOf(n) === code) ?? candidates.find((n) => !codeOf(n));
}
