import type { ExecutableGraph, FlowNode } from '../model/graph.ts';

const cache = new WeakMap<ExecutableGraph, Map<string, Set<string>>>();

/**
 * Whether a token at `fromId` can still arrive at `targetId` by sequence flows, including
 * through the boundary events of the activities on the way. Computed once per graph and element.
 */
export function canReach(graph: ExecutableGraph, fromId: string, targetId: string): boolean {
  let perGraph = cache.get(graph);
  if (!perGraph) cache.set(graph, (perGraph = new Map()));
  let reachable = perGraph.get(fromId);
  if (!reachable) perGraph.set(fromId, (reachable = successors(graph, fromId)));
  return reachable.has(targetId);
}

function successors(graph: ExecutableGraph, fromId: string): Set<string> {
  const seen = new Set<string>();
  const pending = [fromId];
  while (pending.length > 0) {
    const node = graph.nodes[pending.pop()!];
    if (!node) continue;
    const next = node.outgoing.map((flowId) => graph.flows[flowId]?.targetId);
    for (const boundaryId of node.boundaryEventIds) next.push(boundaryId);
    // A link throw continues at the catching link of the same name in its scope.
    for (const name of linkNames(node)) next.push(...linkCatches(graph, node.scopeId, name));
    for (const id of next) {
      if (id && !seen.has(id)) {
        seen.add(id);
        pending.push(id);
      }
    }
  }
  return seen;
}

function linkNames(node: FlowNode): string[] {
  if (node.kind !== 'intermediateThrowEvent') return [];
  return node.eventDefinitions.flatMap((d) => (d.kind === 'link' ? [d.linkName] : []));
}

function linkCatches(graph: ExecutableGraph, scopeId: string, name: string): string[] {
  return (graph.scopes[scopeId]?.nodeIds ?? []).filter((id) => {
    const node = graph.nodes[id];
    return (
      node?.kind === 'intermediateCatchEvent' &&
      node.eventDefinitions.some((d) => d.kind === 'link' && d.linkName === name)
    );
  });
}
