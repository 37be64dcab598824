import type { ExecutableGraph, FlowNode } from './graph.ts';

/**
 * Which nodes no token can ever reach. A token enters a scope at a start event, a boundary
 * event, an event subprocess, a compensation handler or a link catch event; from there it only
 * moves along sequence flows. Everything else is dead weight in the diagram.
 */

/**
 * Ids of the nodes that cannot be reached from any entry point of their scope, in graph order.
 *
 * @example
 * unreachableNodes(graph) // ['orphan-task']
 */
export function unreachableNodes(graph: ExecutableGraph): string[] {
  const nodes = Object.values(graph.nodes);
  const thrownLinks = new Set(nodes.filter(isLinkThrow).flatMap((n) => linkKeys(n)));
  const reached = new Set<string>();
  const queue = nodes.filter((n) => isEntry(n, thrownLinks)).map((n) => n.id);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    for (const flowId of graph.nodes[id]?.outgoing ?? []) {
      const target = graph.flows[flowId]?.targetId;
      if (target !== undefined && graph.nodes[target] && !reached.has(target)) queue.push(target);
    }
  }
  return nodes.filter((n) => !reached.has(n.id)).map((n) => n.id);
}

function isEntry(node: FlowNode, thrownLinks: ReadonlySet<string>): boolean {
  if (node.kind === 'startEvent' || node.kind === 'boundaryEvent' || node.isForCompensation) return true;
  if (node.kind === 'subProcess' && node.triggeredByEvent) return true;
  // A link catch event continues a path that was cut in two for layout (§10.5.5).
  return node.kind === 'intermediateCatchEvent' && linkKeys(node).some((key) => thrownLinks.has(key));
}

function isLinkThrow(node: FlowNode): boolean {
  return node.kind === 'intermediateThrowEvent' && linkKeys(node).length > 0;
}

/** Links pair by name within one scope. */
export function linkKeys(node: FlowNode): string[] {
  return node.eventDefinitions.flatMap((d) => (d.kind === 'link' ? [`${node.scopeId}\u0000${d.linkName}`] : []));
}
