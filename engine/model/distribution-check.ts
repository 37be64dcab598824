import {
  DISTRIBUTION_PROPERTY,
  DistributionPolicy,
  isDistributionPolicy,
} from '../work-distribution.ts';
import type { ExecutableGraph } from './graph.ts';
import type { ProblemCollector } from './problems.ts';

const NAMES = Object.values(DistributionPolicy).join(', ');

/**
 * A `distribution` property (on a user task, a lane or the process) must name a policy Promesa
 * knows, so a typo refuses the deployment instead of silently leaving tasks to be claimed.
 */
export function checkDistributionPolicies(
  graph: ExecutableGraph,
  problems: ProblemCollector,
): void {
  const refuse = (where: string, value: string, elementId?: string) =>
    problems.error(
      'invalid-distribution',
      `The distribution of ${where} is '${value}', which is not one of ${NAMES}`,
      elementId,
    );
  const named = (properties: Record<string, string> | undefined) =>
    properties?.[DISTRIBUTION_PROPERTY];
  const ofProcess = named(graph.properties);
  if (ofProcess !== undefined && !isDistributionPolicy(ofProcess))
    refuse(`process '${graph.processId}'`, ofProcess, graph.processId);
  for (const [lane, properties] of Object.entries(graph.laneProperties ?? {})) {
    const value = named(properties);
    if (value !== undefined && !isDistributionPolicy(value)) refuse(`lane '${lane}'`, value);
  }
  for (const node of Object.values(graph.nodes)) {
    const value = named(node.properties);
    if (value !== undefined && !isDistributionPolicy(value)) refuse(`'${node.id}'`, value, node.id);
  }
}
