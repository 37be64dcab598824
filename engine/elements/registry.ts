import type { FlowNode, NodeKind } from '../model/graph.ts';
import type { Behaviour } from '../runtime/execution.ts';
import { endEvent } from './events/end-event.ts';
import { intermediateCatchEvent } from './events/intermediate-catch-event.ts';
import { intermediateThrowEvent } from './events/throw-event.ts';
import { eventBasedGateway } from './gateways/event-based-gateway.ts';
import { passThrough } from './events/pass-through.ts';
import { exclusiveGateway } from './gateways/exclusive-gateway.ts';
import { inclusiveGateway } from './gateways/inclusive-gateway.ts';
import { parallelGateway } from './gateways/parallel-gateway.ts';
import { subProcess } from './sub-process.ts';
import { callActivity } from './call-activity/call-activity.ts';
import { multiInstance } from './multi-instance.ts';
import { scriptTask } from './tasks/script-task.ts';
import { serviceTask } from './tasks/service-task.ts';
import { userTask } from './tasks/user-task.ts';
import { waitTask } from './tasks/wait-task.ts';
import { unsupported } from './unsupported.ts';

const byKind: Partial<Record<NodeKind, Behaviour>> = {
  startEvent: passThrough,
  endEvent,
  boundaryEvent: passThrough,
  intermediateCatchEvent,
  intermediateThrowEvent,
  eventBasedGateway,
  task: passThrough,
  manualTask: passThrough,
  userTask,
  receiveTask: waitTask,
  serviceTask,
  sendTask: serviceTask,
  businessRuleTask: serviceTask,
  scriptTask,
  exclusiveGateway,
  parallelGateway,
  inclusiveGateway,
  subProcess,
  callActivity,
};

const multiInstances = new Map<Behaviour, Behaviour>();

/**
 * The behaviour of a flow node; kinds without one become incidents when reached. A
 * multi-instance activity runs its body first, and its own behaviour once per inner instance.
 */
export function behaviourFor(node: FlowNode): Behaviour {
  const own = byKind[node.kind] ?? unsupported;
  if (!node.multiInstance) return own;
  let wrapped = multiInstances.get(own);
  if (!wrapped) multiInstances.set(own, (wrapped = multiInstance(own)));
  return wrapped;
}
