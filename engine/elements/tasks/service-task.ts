import type { Behaviour } from '../../runtime/execution.ts';
import { evaluateExpression, resolveText } from '../../expressions/evaluate.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';
import { incident } from '../../errors.ts';
import { waitTask } from './wait-task.ts';

/**
 * Service, send and business-rule tasks. An external one creates a work item that a worker
 * fetches and locks by topic, and waits; an expression one runs in place.
 */
export const serviceTask: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    const service = node.service ?? { kind: 'external', topic: { literal: node.id } };
    const context = x.expressionContext(token);
    if (service.kind === 'expression') {
      const result = evaluateExpression(service.expression, context);
      if (service.resultVariable) x.setVariable(x.scopeOf(token), service.resultVariable, result);
      return x.leave(token);
    }
    const topic = resolveText(service.topic, context);
    if (typeof topic !== 'string' || topic === '')
      throw incident(`Topic of ${node.id} is empty`, node.id);
    const id = x.newId();
    token.state = 'waiting';
    token.externalTaskId = id;
    x.effects.push({
      type: 'externalTask.created',
      externalTask: {
        id,
        instanceId: x.state.instanceId,
        definitionId: x.state.definitionId,
        processId: x.state.processId,
        businessKey: x.state.businessKey,
        elementId: node.id,
        tokenId: token.id,
        topic,
        state: 'open',
        priority: 0,
        workerId: null,
        lockExpiresAt: null,
        retries: null,
        availableAt: x.ctx.at,
        errorMessage: null,
        errorDetails: null,
        createdAt: x.ctx.at,
        suspended: false,
      },
    });
  },
  signal: waitTask.signal!,
};
