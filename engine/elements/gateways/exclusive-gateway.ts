import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../errors.ts';

/** Takes the first flow, in document order, whose condition holds, else the default (Camunda's rule). */
export const exclusiveGateway: Behaviour = {
  enter(token, node, x) {
    const flowId =
      node.outgoing.find((id) => {
        if (id === node.defaultFlowId) return false;
        const condition = x.graph.flows[id]?.condition;
        return !condition || x.evaluateCondition(condition, token);
      }) ?? node.defaultFlowId;
    if (!flowId)
      throw incident(`No outgoing sequence flow of exclusive gateway ${node.id} matched`, node.id);
    x.record('activity.completed', token);
    x.takeFlows(token, [flowId]);
  },
};
