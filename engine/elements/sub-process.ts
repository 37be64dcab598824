import type { Behaviour } from '../runtime/execution.ts';
import { incident } from '../errors.ts';
import { evaluateInputs } from '../runtime/io-mapping.ts';
import { openScopePromise } from '../runtime/request-promise.ts';
import { armScope } from './event-sub-process.ts';

/**
 * An embedded subprocess opens a variable scope and starts at its none start event; it
 * completes when its last token is consumed (see `Execution.completeScopeIfEmpty`).
 */
export const subProcess: Behaviour = {
  enter(token, node, x) {
    const startId = x.graph.scopes[node.id]?.noneStartIds[0];
    if (!startId) throw incident(`Subprocess ${node.id} has no none start event`, node.id);
    const scope = x.openScope(node.id, token.scopeId, token, evaluateInputs(token, node, x));
    token.state = 'waiting';
    token.childScopeId = scope.id;
    openScopePromise(x, scope);
    armScope(x, scope.id);
    x.spawn(startId, scope.id);
  },
};
