import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../errors.ts';

/**
 * Forks to every flow whose condition holds (else the default). As a join it parks tokens;
 * `Execution.run` fires it once no other token of the scope can still reach it.
 */
export const inclusiveGateway: Behaviour = {
  enter(token, node, x) {
    if (node.incoming.length <= 1) return inclusiveGateway.fork!(token, node, x);
    token.state = 'joining';
  },
  fork(token, node, x) {
    const chosen = node.outgoing.filter((id) => {
      if (id === node.defaultFlowId) return false;
      const condition = x.graph.flows[id]?.condition;
      return !condition || x.evaluateCondition(condition, token);
    });
    if (chosen.length === 0 && node.defaultFlowId) chosen.push(node.defaultFlowId);
    if (chosen.length === 0)
      throw incident(`No outgoing sequence flow of inclusive gateway ${node.id} matched`, node.id);
    x.record('activity.completed', token);
    x.takeFlows(token, chosen);
  },
};
