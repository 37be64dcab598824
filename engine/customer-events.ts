import type { ExecutableGraph, FlowNode } from './model/graph.ts';
import type { SlaRecord } from './ports/sla.ts';
import type { StoredHistoryEntry } from './ports/store.ts';

/**
 * One instance's history told as what happened to the customer: the request opened and
 * resolved, tasks and who did them with what outcome, messages received, promises kept,
 * broken and escalated. Flows, gateways and variable writes are engine detail.
 */

export const CustomerEventKind = {
  requestOpened: 'request.opened',
  requestResolved: 'request.resolved',
  requestCancelled: 'request.cancelled',
  taskCreated: 'task.created',
  taskCompleted: 'task.completed',
  messageReceived: 'message.received',
  promiseAtRisk: 'promise.at-risk',
  promiseBreached: 'promise.breached',
  promiseMet: 'promise.met',
  promiseEscalated: 'promise.escalated',
  promisePaused: 'promise.paused',
  promiseResumed: 'promise.resumed',
  promiseMoved: 'promise.moved',
  /** A history line with no meaning for the customer, shown only on request. */
  engine: 'engine',
} as const;
export type CustomerEventKind = (typeof CustomerEventKind)[keyof typeof CustomerEventKind];

/** An element of the diagram, by id and by the name people gave it. */
export interface NamedElement {
  elementId: string;
  name: string | null;
  lane: string | null;
  /** The user task it is, or that the promise guards. */
  taskId: string | null;
}

export interface CustomerEvent {
  /** The history line this event stands for (pages go back by it). */
  seq: number;
  at: number;
  kind: CustomerEventKind;
  instanceId: string;
  processId: string;
  processName: string | null;
  element: NamedElement | null;
  /** Who did it: opened the request, completed the task. */
  userId: string | null;
  /** `task.completed`: the values the completion submitted, labelled as its form labels them. */
  outcome?: { name: string; label: string | null; value: unknown }[];
  /** `task.completed` on someone's behalf: whose task it was. */
  onBehalfOf?: string;
  /** `message.received`: the message's name. */
  messageName?: string;
  /** Promise events: when the promise falls due (after `promise.moved`, the new time). */
  dueAt?: number;
  /** `promise.escalated`: the work the escalation started. */
  escalatedTo?: NamedElement;
  /** `request.resolved`: the end it reached; `request.cancelled`: why. */
  reason?: string;
  /** `engine` events: the line as the engine wrote it. */
  engine?: { kind: string; data: Record<string, unknown> | null };
}

/** What `describeInstance` needs besides the lines: the diagram, its name and the SLAs. */
export interface InstanceContext {
  instanceId: string;
  processId: string;
  processName: string | null;
  graph: ExecutableGraph;
  slas: SlaRecord[];
}

const SLA_KINDS: Record<string, CustomerEventKind> = {
  'sla.at-risk': 'promise.at-risk',
  'sla.breached': 'promise.breached',
  'sla.met': 'promise.met',
  'sla.paused': 'promise.paused',
  'sla.resumed': 'promise.resumed',
  'sla.retargeted': 'promise.moved',
};

/**
 * The customer events of one instance's history (every line, in seq order), or with `engine`
 * every line: the ones without customer meaning as `engine` events.
 */
export function describeInstance(
  lines: readonly StoredHistoryEntry[],
  context: InstanceContext,
  engine = false,
): CustomerEvent[] {
  const { graph } = context;
  const slas = new Map(context.slas.map((s) => [s.id, s]));
  const named = (elementId: string | null | undefined, taskId: string | null = null) =>
    elementId ? nameOf(graph, elementId, taskId) : null;
  const events: CustomerEvent[] = [];
  lines.forEach((line, index) => {
    const base = {
      seq: line.seq,
      at: line.at,
      instanceId: context.instanceId,
      processId: context.processId,
      processName: context.processName,
      userId: line.userId ?? null,
    };
    const data = line.data ?? {};
    const taskId = typeof data.taskId === 'string' ? data.taskId : null;
    const node = line.elementId ? graph.nodes[line.elementId] : undefined;
    const push = (kind: CustomerEventKind, extra: Partial<CustomerEvent> = {}) =>
      events.push({ ...base, kind, element: named(line.elementId, taskId), ...extra });

    if (line.kind === 'instance.started') push('request.opened');
    else if (line.kind === 'instance.completed' || line.kind === 'instance.terminated') {
      const end = lastEndBefore(lines, index, graph);
      push('request.resolved', end?.name ? { reason: end.name } : {});
    } else if (line.kind === 'instance.cancelled')
      push('request.cancelled', { reason: String(data.reason ?? 'cancelled') });
    else if (line.kind === 'task.created') push('task.created');
    else if (line.kind === 'task.completed')
      push('task.completed', {
        outcome: outcomeAfter(lines, index, node),
        ...(typeof data.onBehalfOf === 'string' ? { onBehalfOf: data.onBehalfOf } : {}),
      });
    else if (line.kind === 'activity.completed' && node && receivesMessage(node))
      push('message.received', { messageName: messageNameOf(node) });
    else if (line.kind === 'activity.completed' && node && escalates(graph, node))
      push('promise.escalated', {
        escalatedTo: nextWork(lines, index, graph) ?? undefined,
        userId: null,
      });
    else if (SLA_KINDS[line.kind] && typeof data.slaId === 'string') {
      const sla = slas.get(data.slaId);
      const dueAt = typeof data.targetAt === 'number' ? data.targetAt : sla?.targetAt;
      events.push({
        ...base,
        kind: SLA_KINDS[line.kind]!,
        element: named(line.elementId ?? sla?.elementId, sla?.taskId ?? null),
        ...(dueAt !== undefined ? { dueAt } : {}),
      });
    } else if (engine) push('engine', { engine: { kind: line.kind, data: line.data ?? null } });
  });
  return events;
}

function nameOf(graph: ExecutableGraph, elementId: string, taskId: string | null): NamedElement {
  // A multi-instance body is written `<id>#multiInstanceBody`.
  const node = graph.nodes[elementId.split('#')[0]!];
  const name = node?.name ?? (elementId === graph.processId ? (graph.name ?? null) : null);
  return { elementId, name, lane: node?.lane ?? null, taskId };
}

/** The variables the completion wrote: the `variable.set` lines right after it. */
function outcomeAfter(
  lines: readonly StoredHistoryEntry[],
  index: number,
  node: FlowNode | undefined,
): CustomerEvent['outcome'] {
  const fields = node?.userTask?.formFields ?? [];
  const outcome: NonNullable<CustomerEvent['outcome']> = [];
  for (let i = index + 1; lines[i]?.kind === 'variable.set'; i++) {
    const { name, value } = lines[i]!.data as { name: string; value: unknown };
    outcome.push({ name, label: fields.find((f) => f.id === name)?.label ?? null, value });
  }
  return outcome;
}

function receivesMessage(node: FlowNode): boolean {
  return node.kind === 'receiveTask' || node.eventDefinitions.some((d) => d.kind === 'message');
}

function messageNameOf(node: FlowNode): string | undefined {
  const definition = node.eventDefinitions.find((d) => d.kind === 'message');
  return node.messageName ?? (definition?.kind === 'message' ? definition.messageName : undefined);
}

/** A timer or escalation that moves the work on: a boundary event, or an event subprocess start. */
function escalates(graph: ExecutableGraph, node: FlowNode): boolean {
  const caught =
    node.kind === 'boundaryEvent' ||
    (node.kind === 'startEvent' && graph.nodes[node.scopeId]?.triggeredByEvent === true);
  return caught && node.eventDefinitions.some((d) => d.kind === 'timer' || d.kind === 'escalation');
}

/** The first activity that started after line `index`: where an escalation sent the work. */
function nextWork(
  lines: readonly StoredHistoryEntry[],
  index: number,
  graph: ExecutableGraph,
): NamedElement | null {
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'activity.started' || !line.elementId) continue;
    const node = graph.nodes[line.elementId];
    if (!node || node.kind.endsWith('Event') || node.kind.endsWith('Gateway')) continue;
    const created = lines
      .slice(i + 1)
      .find((l) => l.kind === 'task.created' && l.elementId === line.elementId);
    const taskId = created?.data?.taskId;
    return nameOf(graph, line.elementId, typeof taskId === 'string' ? taskId : null);
  }
  return null;
}

/** The end event the instance reached last before line `index`. */
function lastEndBefore(
  lines: readonly StoredHistoryEntry[],
  index: number,
  graph: ExecutableGraph,
): FlowNode | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = lines[i]!.elementId ? graph.nodes[lines[i]!.elementId!] : undefined;
    if (lines[i]!.kind === 'activity.completed' && node?.kind === 'endEvent') return node;
  }
  return undefined;
}
