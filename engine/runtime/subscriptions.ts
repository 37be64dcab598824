import { resolveText } from '../expressions/evaluate.ts';
import { incident } from '../errors.ts';
import type { Execution } from './execution.ts';
import type { FlowNode } from '../model/graph.ts';
import type { Token } from './instance-state.ts';

/** The message or signal an event listens to, or undefined for other events. */
export function eventTrigger(
  node: FlowNode,
): { kind: 'message' | 'signal'; name: string } | undefined {
  for (const definition of node.eventDefinitions) {
    if (definition.kind === 'message' && definition.messageName)
      return { kind: 'message', name: definition.messageName };
    if (definition.kind === 'signal' && definition.signalName)
      return { kind: 'signal', name: definition.signalName };
  }
  if (node.kind === 'receiveTask' && node.messageName)
    return { kind: 'message', name: node.messageName };
  return undefined;
}

/**
 * Opens a subscription for `node`'s message or signal on behalf of `token`. Names may hold
 * expressions (`invoice-${orderId}`); they are evaluated now, in the token's scope.
 */
export function openSubscription(
  x: Execution,
  token: Token,
  node: FlowNode,
  tokenId: string | null = token.id,
): string {
  const trigger = eventTrigger(node);
  if (!trigger) throw incident(`${node.id} has no message or signal to wait for`, node.id);
  const name =
    trigger.name.includes('${') || trigger.name.startsWith('=')
      ? String(
          resolveText(
            {
              expression: {
                language: trigger.name.startsWith('=') ? 'feel' : 'juel',
                source: trigger.name,
              },
            },
            x.expressionContext(token),
          ),
        )
      : trigger.name;
  const id = x.newId();
  x.effects.push({
    type: 'subscription.opened',
    subscription: {
      id,
      kind: trigger.kind,
      name,
      instanceId: x.state.instanceId,
      tokenId,
      elementId: node.id,
      definitionId: x.state.definitionId,
      processId: x.state.processId,
      businessKey: x.state.businessKey,
      createdAt: x.ctx.at,
    },
  });
  return id;
}
