import { createHash } from 'node:crypto';
import type { DeployInput } from './engine-interface.ts';
import { InvalidRequestError } from './errors.ts';
import type { DeploymentRecord, DeploymentResource, Store } from './ports/store.ts';

/**
 * The resources of a deployment and Camunda's duplicate filtering over them: a deployment is
 * a duplicate when the latest deployment of the same name holds the same resources; with
 * deploy-changed-only, each resource is compared with its latest version among the deployments
 * of that name, and only the changed ones are deployed.
 */

/** sha256 of a text, hex. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Camunda parses as BPMN what ends so; other resources are kept beside the diagrams. */
export const isBpmnResource = (name: string) => /\.(bpmn|bpmn20\.xml)$/i.test(name);

/** The uploaded resources, hashed; a single `xml` is one BPMN file named like the deployment. */
export function uploadedResources(input: DeployInput): DeploymentResource[] {
  const files =
    input.resources ?? (input.xml === undefined ? [] : [{ name: input.name, content: input.xml }]);
  if (files.length === 0)
    throw new InvalidRequestError('no-resources', 'A deployment needs at least one resource', {
      field: 'resources',
    });
  const names = new Set<string>();
  for (const { name } of files) {
    if (names.has(name))
      throw new InvalidRequestError('duplicate-resource', `Resource ${name} is uploaded twice`, {
        field: name,
      });
    names.add(name);
  }
  return files.map(({ name, content }) => ({ name, content, hash: sha256(content) }));
}

/** The hash of a deployment: over its resources' names and hashes, in order. */
export const deploymentHash = (resources: readonly DeploymentResource[]) =>
  sha256(resources.map((r) => `${r.name}\u0000${r.hash}`).join('\n'));

/** The deployments named `name`, newest first, with their resources. */
async function* deploymentsNamed(store: Store, name: string): AsyncGenerator<DeploymentRecord> {
  const named = (await store.listDeployments())
    .filter((d) => d.name === name)
    .sort((a, b) => b.deployedAt - a.deployedAt || (a.id < b.id ? 1 : -1));
  for (const summary of named) {
    const deployment = await store.getDeployment(summary.id);
    if (deployment) yield deployment;
  }
}

/** The latest deployment named `name` when it holds exactly these resources (duplicate filtering). */
export async function sameAsLatest(
  store: Store,
  name: string,
  resources: readonly DeploymentResource[],
): Promise<DeploymentRecord | undefined> {
  for await (const latest of deploymentsNamed(store, name)) {
    const same =
      latest.resources.length === resources.length &&
      resources.every((r) => latest.resources.some((l) => l.name === r.name && l.hash === r.hash));
    return same ? latest : undefined;
  }
  return undefined;
}

/**
 * Deploy-changed-only: the resources that differ from their latest version among the
 * deployments named `name` (new ones included), and the newest deployment of that name.
 */
export async function changedResources(
  store: Store,
  name: string,
  resources: readonly DeploymentResource[],
): Promise<{ changed: DeploymentResource[]; latest?: DeploymentRecord }> {
  const latestHash = new Map<string, string>();
  let latest: DeploymentRecord | undefined;
  for await (const deployment of deploymentsNamed(store, name)) {
    latest ??= deployment;
    for (const r of deployment.resources)
      if (!latestHash.has(r.name)) latestHash.set(r.name, r.hash);
    if (resources.every((r) => latestHash.has(r.name))) break;
  }
  return { changed: resources.filter((r) => latestHash.get(r.name) !== r.hash), latest };
}
