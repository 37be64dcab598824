import type { CompiledDefinition } from './definitions.ts';
import type { ExecutableGraph, FlowNode } from './model/graph.ts';
import type { TaskDistribution, TaskRecord, UnitOfWork } from './ports/store.ts';
import type { WorkDirectory } from './ports/work-directory.ts';

/**
 * How a lane hands out its tasks, named by the `distribution` property of the user task, else
 * of its lane, else of its process: `claim` (the default: staff take tasks themselves),
 * `round-robin` (each member in turn) or `least-busy` (the member with the fewest open tasks).
 */
export const DistributionPolicy = {
  claim: 'claim',
  roundRobin: 'round-robin',
  leastBusy: 'least-busy',
} as const;
export type DistributionPolicy = (typeof DistributionPolicy)[keyof typeof DistributionPolicy];

/** The property that names a policy. */
export const DISTRIBUTION_PROPERTY = 'distribution';

const POLICIES = new Set<string>(Object.values(DistributionPolicy));

/** True for the names a `distribution` property may hold. */
export function isDistributionPolicy(value: string): value is DistributionPolicy {
  return POLICIES.has(value);
}

/** The policy for the tasks of `node`: its own property, its lane's, its process's, else `claim`. */
export function distributionPolicy(graph: ExecutableGraph, node: FlowNode): DistributionPolicy {
  const named =
    node.properties[DISTRIBUTION_PROPERTY] ??
    (node.lane ? graph.laneProperties?.[node.lane]?.[DISTRIBUTION_PROPERTY] : undefined) ??
    graph.properties?.[DISTRIBUTION_PROPERTY];
  // Deployment refuses unknown names; an older definition's unknown name means claim.
  return named && isDistributionPolicy(named) ? named : DistributionPolicy.claim;
}

/**
 * The distributions a unit of work asks its store for: each task it creates unassigned whose
 * element's policy distributes, offered to a pool with someone present. Escalated work is a new
 * task in the new lane, so it is distributed by that lane's policy.
 */
export async function planDistributions(
  work: UnitOfWork,
  definitionOf: (definitionId: string) => Promise<CompiledDefinition>,
  directory: WorkDirectory,
): Promise<TaskDistribution[]> {
  const created = new Set(
    (work.history ?? [])
      .filter((line) => line.kind === 'task.created')
      .map((line) => line.data?.taskId),
  );
  const planned: TaskDistribution[] = [];
  for (const task of work.tasks ?? []) {
    if (!created.has(task.id) || task.state !== 'open' || task.assignee) continue;
    const { graph } = await definitionOf(task.definitionId);
    const node = graph.nodes[task.elementId];
    if (!node) continue;
    const policy = distributionPolicy(graph, node);
    if (policy === DistributionPolicy.claim) continue;
    const offeredTo = { groups: task.candidateGroups, users: task.candidateUsers };
    const members = await directory.availableMembers(offeredTo);
    if (members.length > 0) planned.push({ taskId: task.id, policy, pool: poolOf(task), members });
  }
  return planned;
}

/** A pool is named by what its tasks are offered to: `back-office`, `group-a,user:ana`. */
function poolOf(task: TaskRecord): string {
  return [...task.candidateGroups.toSorted(), ...task.candidateUsers.map((u) => `user:${u}`)].join(
    ',',
  );
}
