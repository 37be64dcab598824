import type { Execution } from '../../runtime/execution.ts';
import type { Token } from '../../runtime/instance-state.ts';
import { canReach } from '../../runtime/reachability.ts';

/**
 * An inclusive join fires once no other token of its scope can still reach it
 * (BPMN 2.0 §13.3.2, as Camunda decides it). Returns whether one fired.
 */
export function fireEnabledInclusiveJoins(x: Execution): boolean {
  const joining = Object.values(x.state.tokens).filter(
    (t) => t.state === 'joining' && x.graph.nodes[t.elementId]?.kind === 'inclusiveGateway',
  );
  for (const token of joining) {
    if (!x.state.tokens[token.id]) continue;
    const atJoin = (t: Token) => t.state === 'joining' && t.elementId === token.elementId;
    const others = x.tokensIn(token.scopeId).filter((t) => !atJoin(t));
    if (others.some((t) => canReach(x.graph, t.elementId, token.elementId))) continue;
    fireJoin(x, x.tokensIn(token.scopeId).filter(atJoin));
    return true;
  }
  return false;
}

/**
 * Merges one token per incoming flow into the first, then lets the gateway fork it. Every
 * merged token's activity instance ends here, as Camunda ends each execution that waited.
 */
export function fireJoin(x: Execution, parked: Token[]): void {
  const seen = new Set<string | undefined>();
  const [survivor, ...rest] = parked.filter(
    (t) => !seen.has(t.arrivedVia) && seen.add(t.arrivedVia),
  );
  if (!survivor) return;
  for (const t of rest) {
    x.record('activity.completed', t);
    delete x.state.tokens[t.id];
  }
  survivor.state = 'ready';
  const node = x.node(survivor.elementId);
  x.guarded(survivor, 'fork', () => x.behaviourOf(node).fork!(survivor, node, x));
}
