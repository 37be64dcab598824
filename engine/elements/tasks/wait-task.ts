import type { Behaviour } from '../../runtime/execution.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';
import { eventTrigger, openSubscription } from '../../runtime/subscriptions.ts';

/** Receive tasks: rest until their message arrives or they are triggered. */
export const waitTask: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    if (token.triggered) {
      // The message arrived at the event-based gateway before this task.
      delete token.triggered;
      return x.leave(token);
    }
    token.state = 'waiting';
    if (eventTrigger(node)) token.subscriptionId = openSubscription(x, token, node);
  },
  signal(token, _node, x, variables) {
    x.setVariables(x.scopeOf(token), variables);
    x.leave(token);
  },
};
