import { parseTimeToLive } from '../retention/time-to-live.ts';
import { readProperties } from './extensions.ts';
import type { ExecutableGraph, FlowNode, Scope, SequenceFlow } from './graph.ts';
import { conditionOf, type CompileContext } from './expression-text.ts';
import { child, children, flag, refId, text, type ModdleElement } from './moddle.ts';
import { compileNode, isNotANode } from './nodes.ts';

/**
 * One `bpmn:Process` → one `ExecutableGraph`: nodes in nested scopes, sequence flows with
 * their conditions, boundary events on their activities, lanes. Findings go to `ctx.problems`;
 * structural rules are checked afterwards by validate.ts on the finished graph.
 */
export function compileProcess(
  process: ModdleElement,
  ctx: CompileContext,
  poolName?: string,
): ExecutableGraph {
  const processId = process.id ?? 'process';
  const name = text(process, 'name') ?? poolName;
  const graph: ExecutableGraph = {
    processId,
    ...(name !== undefined && { name }),
    isExecutable: flag(process, 'isExecutable') ?? true,
    nodes: {},
    flows: {},
    scopes: {},
    lanes: [],
    properties: readProperties(process),
    laneProperties: {},
    candidateStarterGroups: starterList(text(process, 'camunda:candidateStarterGroups')),
    candidateStarterUsers: starterList(text(process, 'camunda:candidateStarterUsers')),
    startableInTasklist: flag(process, 'camunda:isStartableInTasklist') ?? true,
  };
  const timeToLive = historyTimeToLive(process, processId, ctx);
  if (timeToLive !== undefined) graph.historyTimeToLive = timeToLive;
  const builder = new GraphBuilder(graph, ctx);
  builder.walk(process, processId, undefined, false);
  builder.wire();
  return graph;
}

/** `camunda:historyTimeToLive` in days; a value Camunda would refuse is reported on the process. */
function historyTimeToLive(
  process: ModdleElement,
  processId: string,
  ctx: CompileContext,
): number | undefined {
  const raw = text(process, 'camunda:historyTimeToLive');
  if (raw === undefined) return undefined;
  const parsed = parseTimeToLive(raw);
  if ('days' in parsed) return parsed.days;
  ctx.problems.error(
    'invalid-history-time-to-live',
    `The history time to live of process '${processId}' is '${raw}': ${parsed.error}`,
    processId,
  );
  return undefined;
}

/** `"front-office, sales"` → `['front-office', 'sales']`: Camunda reads these lists as written. */
function starterList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

class GraphBuilder {
  private readonly flows: ModdleElement[] = [];
  private readonly associations: ModdleElement[] = [];
  private readonly laneSets: ModdleElement[] = [];
  /** Scope ids in document order, parents before children. */
  private readonly scopeOrder: string[] = [];

  constructor(
    private readonly graph: ExecutableGraph,
    private readonly ctx: CompileContext,
  ) {}

  /** Adds the scope `scopeId` for `container` and everything nested in it. */
  walk(
    container: ModdleElement,
    scopeId: string,
    parentId: string | undefined,
    inEventSubProcess: boolean,
  ): void {
    const scope: Scope = {
      id: scopeId,
      ...(parentId !== undefined && { parentId }),
      nodeIds: [],
      noneStartIds: [],
      eventSubProcessIds: [],
    };
    this.graph.scopes[scopeId] = scope;
    this.scopeOrder.push(scopeId);
    this.associations.push(
      ...children(container, 'artifacts').filter((a) => a.$type === 'bpmn:Association'),
    );
    this.laneSets.push(...children(container, 'laneSets'));
    for (const element of children(container, 'flowElements')) {
      if (element.$type === 'bpmn:SequenceFlow') this.flows.push(element);
      if (isNotANode(element)) continue;
      const node = compileNode(element, scopeId, this.ctx, inEventSubProcess);
      if (!node || this.graph.nodes[node.id]) continue;
      const defaultFlowId = refId(element, 'default', this.ctx.unresolved);
      if (defaultFlowId !== undefined) node.defaultFlowId = defaultFlowId;
      this.graph.nodes[node.id] = node;
      scope.nodeIds.push(node.id);
      if (node.kind === 'startEvent' && node.eventDefinitions.length === 0)
        scope.noneStartIds.push(node.id);
      if (node.kind === 'subProcess') {
        if (node.triggeredByEvent) scope.eventSubProcessIds.push(node.id);
        this.walk(element, node.id, scopeId, node.triggeredByEvent === true);
      }
    }
  }

  /** Connects what `walk` collected: flows, boundary events, compensation handlers, lanes. */
  wire(): void {
    for (const element of this.flows) this.addFlow(element);
    for (const node of Object.values(this.graph.nodes)) {
      if (node.kind !== 'boundaryEvent' || node.attachedToId === undefined) continue;
      this.graph.nodes[node.attachedToId]?.boundaryEventIds.push(node.id);
    }
    for (const association of this.associations) {
      // A compensation boundary event reaches its handler by association, not by flow (§10.6.5).
      const source = this.node(refId(association, 'sourceRef', this.ctx.unresolved));
      const target = this.node(refId(association, 'targetRef', this.ctx.unresolved));
      if (
        source?.kind === 'boundaryEvent' &&
        source.eventDefinitions.some((d) => d.kind === 'compensate') &&
        target
      ) {
        source.compensationHandlerId = target.id;
      }
    }
    this.assignLanes();
  }

  private addFlow(element: ModdleElement): void {
    const id = element.id ?? `flow-${Object.keys(this.graph.flows).length + 1}`;
    const flow: SequenceFlow = {
      id,
      sourceId: refId(element, 'sourceRef', this.ctx.unresolved) ?? '',
      targetId: refId(element, 'targetRef', this.ctx.unresolved) ?? '',
    };
    const name = text(element, 'name');
    if (name !== undefined) flow.name = name;
    const line = this.ctx.lines.get(id);
    if (line !== undefined) flow.line = line;
    const condition = conditionOf(child(element, 'conditionExpression'), id, this.ctx);
    if (condition && 'condition' in condition) flow.condition = condition.condition;
    if (condition && 'script' in condition) flow.conditionScript = condition.script;
    this.graph.flows[id] = flow;
    this.node(flow.sourceId)?.outgoing.push(id);
    this.node(flow.targetId)?.incoming.push(id);
  }

  private node(id: string | undefined): FlowNode | undefined {
    return id === undefined ? undefined : this.graph.nodes[id];
  }

  /**
   * Each node gets the innermost lane whose flowNodeRef lists it: outer lanes are assigned
   * first and nested lanes overwrite them. Nodes inside a subprocess that no lane lists
   * inherit the subprocess's lane.
   */
  private assignLanes(): void {
    // Depth-first, in document order: a parent lane is always handled before its children.
    const pending = this.laneSets.flatMap((set) => children(set, 'lanes')).reverse();
    for (let lane = pending.pop(); lane; lane = pending.pop()) {
      const name = text(lane, 'name')?.trim() || lane.id || 'lane';
      if (!this.graph.lanes.includes(name)) this.graph.lanes.push(name);
      const properties = readProperties(lane);
      if (Object.keys(properties).length > 0) this.graph.laneProperties![name] = properties;
      for (const ref of children(lane, 'flowNodeRef')) {
        const node = this.node(ref.id);
        if (node) node.lane = name;
      }
      pending.push(...[...children(child(lane, 'childLaneSet'), 'lanes')].reverse());
    }
    for (const scopeId of this.scopeOrder) {
      const lane = this.graph.nodes[scopeId]?.lane;
      if (lane === undefined) continue;
      for (const nodeId of this.graph.scopes[scopeId]?.nodeIds ?? []) {
        const node = this.graph.nodes[nodeId];
        if (node && node.lane === undefined) node.lane = lane;
      }
    }
  }
}
