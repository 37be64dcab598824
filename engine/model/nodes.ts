import { ACTIVITY_KINDS, NodeKind, type FlowNode } from './graph.ts';
import { callActivitySpec, multiInstanceSpec } from './activity-specs.ts';
import { eventDefinitions, taskMessageName } from './event-definitions.ts';
import type { CompileContext } from './expression-text.ts';
import { readAsync, readIoMapping, readProperties } from './extensions.ts';
import { scriptSpec, serviceSpec } from './implementation.ts';
import { children, extensions, flag, refId, text, type ModdleElement } from './moddle.ts';
import { formFields } from './form-fields.ts';
import { formLink, userTaskSpec } from './user-task-spec.ts';

/**
 * One flow element of a process → one `FlowNode`. Wiring (flows, scopes, boundary lists,
 * lanes) is the caller's job; this reads what the element itself says.
 */

const KINDS: Readonly<Record<string, NodeKind>> = Object.fromEntries(
  Object.values(NodeKind).map((kind) => [
    `bpmn:${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
    kind,
  ]),
);

/** Flow elements that are not nodes: flows are wired separately, data elements do not run. */
const NOT_NODES = new Set([
  'bpmn:SequenceFlow',
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
]);

const UNSUPPORTED: Readonly<Record<string, string>> = {
  'bpmn:ComplexGateway': 'a complex gateway',
  'bpmn:Transaction': 'a transaction subprocess',
  'bpmn:AdHocSubProcess': 'an ad-hoc subprocess',
  'bpmn:ChoreographyTask': 'a choreography task',
  'bpmn:SubChoreography': 'a sub-choreography',
  'bpmn:CallChoreography': 'a call choreography',
  'bpmn:ImplicitThrowEvent': 'an implicit throw event',
};

const SERVICE_LIKE = new Set<NodeKind>(['serviceTask', 'sendTask', 'businessRuleTask']);

/** True for flow elements that do not become nodes (sequence flows, data objects). */
export function isNotANode(element: ModdleElement): boolean {
  return NOT_NODES.has(element.$type);
}

/**
 * Compiles one flow node, or reports `unsupported-element` and returns undefined for an
 * element Promesa cannot execute.
 */
export function compileNode(
  element: ModdleElement,
  scopeId: string,
  ctx: CompileContext,
  inEventSubProcess: boolean,
): FlowNode | undefined {
  const kind = KINDS[element.$type];
  const id = element.id;
  if (!kind || id === undefined) {
    const what = UNSUPPORTED[element.$type] ?? `a ${element.$type}`;
    ctx.problems.error(
      'unsupported-element',
      `'${id ?? element.$type}' is ${what}, which Promesa cannot execute`,
      id,
    );
    if (id !== undefined) ctx.refused.add(id);
    return undefined;
  }
  const node: FlowNode = {
    id,
    kind,
    type: element.$type,
    scopeId,
    incoming: [],
    outgoing: [],
    eventDefinitions: eventDefinitions(element, ctx),
    boundaryEventIds: [],
    properties: readProperties(element),
    ...readAsync(element),
  };
  const name = text(element, 'name');
  if (name !== undefined) node.name = name;
  const line = ctx.lines.get(id);
  if (line !== undefined) node.line = line;
  const io = readIoMapping(element, ctx);
  if (io) node.io = io;

  if (kind === 'boundaryEvent') {
    node.cancelActivity = flag(element, 'cancelActivity') ?? true;
    const attachedToId = refId(element, 'attachedToRef', ctx.unresolved);
    if (attachedToId !== undefined) node.attachedToId = attachedToId;
  }
  if (kind === 'startEvent' && inEventSubProcess)
    node.isInterrupting = flag(element, 'isInterrupting') ?? true;
  if (kind === 'startEvent') {
    const form = formFields(element);
    if (form.length > 0) node.startForm = form;
    const link = formLink(element);
    if (Object.keys(link).length > 0) node.startFormLink = link;
  }
  if (kind === 'subProcess') node.triggeredByEvent = flag(element, 'triggeredByEvent') ?? false;
  if (kind === 'userTask') node.userTask = userTaskSpec(element);
  if (kind === 'callActivity') assign(node, 'callActivity', callActivitySpec(element, ctx));
  if (kind === 'receiveTask' || kind === 'sendTask')
    assign(node, 'messageName', taskMessageName(element, ctx));
  if (SERVICE_LIKE.has(kind))
    assign(node, 'service', serviceSpec(element, ctx, { required: true }));
  if (kind === 'scriptTask') {
    // A Zeebe script task may be a job for a worker instead of an inline FEEL script.
    if (extensions(element, 'zeebe:TaskDefinition').length > 0)
      assign(node, 'service', serviceSpec(element, ctx, { required: true }));
    else assign(node, 'script', scriptSpec(element, ctx));
  }
  if (kind === 'intermediateThrowEvent' || kind === 'endEvent') {
    // Camunda puts a message throw's implementation on the message definition.
    const message = children(element, 'eventDefinitions').find(
      (d) => d.$type === 'bpmn:MessageEventDefinition',
    );
    if (message)
      assign(node, 'service', serviceSpec(element, ctx, { required: false, definition: message }));
  }
  if (ACTIVITY_KINDS.has(kind)) {
    assign(node, 'multiInstance', multiInstanceSpec(element, ctx));
    if (flag(element, 'isForCompensation')) node.isForCompensation = true;
  }
  reportListeners(element, id, ctx);
  return node;
}

function assign<K extends keyof FlowNode>(
  node: FlowNode,
  key: K,
  value: FlowNode[K] | undefined,
): void {
  if (value !== undefined) node[key] = value;
}

/** Camunda listeners are Java, script or expression hooks outside the token flow; we do not run them. */
function reportListeners(element: ModdleElement, id: string, ctx: CompileContext): void {
  const listeners = [
    ...extensions(element, 'camunda:ExecutionListener'),
    ...extensions(element, 'camunda:TaskListener'),
  ];
  if (listeners.length > 0) {
    ctx.problems.warn(
      'ignored-listener',
      `'${id}' has ${listeners.length} Camunda listener(s); Promesa ignores listeners`,
      id,
    );
  }
}
