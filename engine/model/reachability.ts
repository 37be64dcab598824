import type { ExecutableGraph, FlowNode } from './graph.ts';

/**
 * Which nodes no token can ever reach. Tokens enter the process at its start events and
 * event subprocesses; an activity, once reached, arms its boundary events; a subprocess, once
 * reached, starts its own start events and event subprocesses; a link throw continues at its
 * link catch. Compensation handlers are entered by compensation, not by flow. From there
 * tokens move along sequence flows.
 */

/**
 * Ids of the nodes that cannot be reached, in graph order. Inside a subprocess that is itself
 * unreachable only the subprocess is reported, not everything in it.
 *
 * @example
 * unreachableNodes(graph) // ['orphan-task']
 */
export function unreachableNodes(graph: ExecutableGraph): string[] {
  const nodes = Object.values(graph.nodes);
  const catchesByLink = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.kind !== 'intermediateCatchEvent') continue;
    for (const key of linkKeys(node))
      catchesByLink.set(key, [...(catchesByLink.get(key) ?? []), node.id]);
  }

  const reached = new Set<string>();
  const queue = [
    ...entriesOf(graph, graph.processId),
    ...nodes.filter((n) => n.isForCompensation).map((n) => n.id),
  ];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const node = graph.nodes[id];
    if (!node || reached.has(id)) continue;
    reached.add(id);
    for (const flowId of node.outgoing) {
      const target = graph.flows[flowId]?.targetId;
      if (target !== undefined) queue.push(target);
    }
    queue.push(...node.boundaryEventIds);
    if (node.kind === 'subProcess') queue.push(...entriesOf(graph, node.id));
    if (node.kind === 'intermediateThrowEvent')
      queue.push(...linkKeys(node).flatMap((key) => catchesByLink.get(key) ?? []));
  }
  return nodes
    .filter((n) => !reached.has(n.id) && (n.scopeId === graph.processId || reached.has(n.scopeId)))
    .map((n) => n.id);
}

/** Where tokens enter a scope: its start events and its event subprocesses. */
function entriesOf(graph: ExecutableGraph, scopeId: string): string[] {
  const scope = graph.scopes[scopeId];
  if (!scope) return [];
  const starts = scope.nodeIds.filter((id) => graph.nodes[id]?.kind === 'startEvent');
  return [...starts, ...scope.eventSubProcessIds];
}

/** Links pair by name within one scope (§10.5.5). */
export function linkKeys(node: FlowNode): string[] {
  return node.eventDefinitions.flatMap((d) =>
    d.kind === 'link' ? [`${node.scopeId}\u0000${d.linkName}`] : [],
  );
}
