import type { Behaviour } from '../../runtime/execution.ts';
import { throwBpmnError } from './error.ts';
import { throwEscalation } from './escalation.ts';
import { throwCompensation } from './compensation.ts';

/**
 * None, terminate and error end events. A terminate end ends its scope at once; an error
 * end that nothing catches ends like a none end event (Camunda's default).
 */
export const endEvent: Behaviour = {
  enter(token, node, x) {
    x.record('activity.completed', token);
    const definition = node.eventDefinitions[0];
    const scopeId = token.scopeId;
    if (definition?.kind === 'terminate') {
      delete x.state.tokens[token.id];
      for (const other of x.tokensIn(scopeId)) x.cancel(other, 'terminated');
      if (scopeId === x.state.rootScopeId) x.state.status = 'terminated';
      return x.completeScopeIfEmpty(scopeId);
    }
    if (definition?.kind === 'compensate' && throwCompensation(x, token, node)) return;
    if (definition?.kind === 'escalation') {
      delete x.state.tokens[token.id];
      throwEscalation(x, token, definition.escalationCode ?? '');
      return x.completeScopeIfEmpty(scopeId);
    }
    if (definition?.kind === 'signal' && definition.signalName) {
      x.effects.push({ type: 'signal.thrown', signalName: definition.signalName });
    }
    if (definition?.kind === 'error') {
      delete x.state.tokens[token.id];
      const code = definition.errorCode ?? '';
      const thrown = { includeSelf: false, message: definition.errorMessage };
      if (!throwBpmnError(x, token, code, thrown)) x.completeScopeIfEmpty(scopeId);
      return;
    }
    x.consume(token);
  },
};
