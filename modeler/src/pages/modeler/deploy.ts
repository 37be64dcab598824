import { api, call, type Schemas } from '../../api/client.ts';

export type Problem = Schemas['Problem'];

/** What the deploy button ended with. */
export type DeployOutcome =
  | { kind: 'blocked'; problems: Problem[] }
  | { kind: 'deployed'; definition: Schemas['ProcessDefinition']; problems: Problem[] };

/**
 * Asks the server's validator first (a dry run); errors block the deploy and come back with
 * their elements, warnings are kept and listed. Then deploys in one request.
 */
export async function checkAndDeploy(name: string, xml: string): Promise<DeployOutcome> {
  const { problems } = await call(api.POST('/api/deployments/check', { body: { name, xml } }));
  if (problems.some((p) => p.severity === 'error')) return { kind: 'blocked', problems };
  const reply = await call(api.POST('/api/deployments', { body: { name, xml } }));
  const deployed = reply.deployments[0]?.definitions[0];
  if (!deployed) return { kind: 'blocked', problems };
  return { kind: 'deployed', definition: deployed, problems };
}
