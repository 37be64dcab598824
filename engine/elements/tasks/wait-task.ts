import type { Behaviour } from '../../runtime/execution.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';

/** Receive tasks (and other waits without a record of their own): rest until triggered. */
export const waitTask: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    token.state = 'waiting';
  },
  signal(token, _node, x, variables) {
    x.setVariables(x.scopeOf(token), variables);
    x.leave(token);
  },
};
