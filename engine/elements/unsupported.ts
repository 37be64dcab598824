import type { Behaviour } from '../runtime/execution.ts';
import { incident } from '../errors.ts';

/** Elements the loader accepts but this engine cannot run yet: the token waits as an incident. */
export const unsupported: Behaviour = {
  enter(_token, node) {
    throw incident(`Promesa cannot execute ${node.type} (${node.id}) yet`, node.id);
  },
};
