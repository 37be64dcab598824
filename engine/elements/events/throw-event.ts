import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../errors.ts';
import { throwEscalation } from './escalation.ts';
import { serviceTask } from '../tasks/service-task.ts';
import { throwCompensation } from './compensation.ts';

/**
 * Intermediate throw events: a signal is broadcast once the step commits; an escalation goes
 * to its catcher and the token goes on unless that catcher interrupted it; a link jumps to the
 * catching link of the same name; a message throw with an implementation works as a send task.
 */
export const intermediateThrowEvent: Behaviour = {
  enter(token, node, x) {
    if (node.service) return serviceTask.enter(token, node, x);
    const definition = node.eventDefinitions[0];
    if (definition?.kind === 'signal' && definition.signalName) {
      x.effects.push({ type: 'signal.thrown', signalName: definition.signalName });
    } else if (definition?.kind === 'escalation') {
      // The throw event completes as it throws; a catcher may then interrupt its scope.
      const flows = x.selectOutgoing(node, token);
      x.record('activity.completed', token);
      throwEscalation(x, token, definition.escalationCode ?? '');
      if (x.state.tokens[token.id]) x.takeFlows(token, flows);
      return;
    } else if (definition?.kind === 'compensate') {
      if (throwCompensation(x, token, node)) return;
    } else if (definition?.kind === 'link') {
      const name = definition.linkName;
      const target = x.graph.scopes[node.scopeId]?.nodeIds
        .map((id) => x.node(id))
        .find(
          (n) =>
            n.kind === 'intermediateCatchEvent' &&
            n.eventDefinitions.some((d) => d.kind === 'link' && d.linkName === name),
        );
      if (!target) throw incident(`No catching link event named ${name} for ${node.id}`, node.id);
      x.record('activity.completed', token);
      token.elementId = target.id;
      delete token.arrivedVia;
      return x.resume(token);
    }
    x.leave(token);
  },
  signal: serviceTask.signal!,
};
