import type { Behaviour } from '../../runtime/execution.ts';
import { fireJoin } from './joins.ts';

/**
 * Forks to every outgoing flow; as a join, waits for a token on each incoming flow
 * (BPMN 2.0 §13.3.3; no dead-path elimination, so a join that can't get all tokens waits).
 */
export const parallelGateway: Behaviour = {
  enter(token, node, x) {
    if (node.incoming.length <= 1) return parallelGateway.fork!(token, node, x);
    token.state = 'joining';
    const parked = x
      .tokensIn(token.scopeId)
      .filter((t) => t.state === 'joining' && t.elementId === node.id);
    const arrived = new Set(parked.map((t) => t.arrivedVia));
    if (node.incoming.every((flowId) => arrived.has(flowId))) fireJoin(x, parked);
  },
  fork(token, node, x) {
    x.record('activity.completed', token);
    x.takeFlows(token, node.outgoing);
  },
};
