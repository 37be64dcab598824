import type { Behaviour } from '../../runtime/execution.ts';

/** None start, none intermediate throw, boundary events once triggered, plain and manual tasks. */
export const passThrough: Behaviour = {
  enter(token, _node, x) {
    x.leave(token);
  },
};
