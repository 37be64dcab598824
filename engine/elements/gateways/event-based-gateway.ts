import type { Behaviour } from '../../runtime/execution.ts';
import { armEvent } from '../boundary-event.ts';

/** Waits for the first of the events that follow it; see `armedEventHappened`. */
export const eventBasedGateway: Behaviour = {
  enter(token, node, x) {
    token.state = 'waiting';
    for (const flowId of node.outgoing) armEvent(x, token, x.node(x.graph.flows[flowId]!.targetId));
  },
};
