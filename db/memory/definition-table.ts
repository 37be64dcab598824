import { ConflictError } from '../../engine/errors.ts';
import type {
  DefinitionRecord,
  DeploymentRecord,
  DeploymentSummary,
} from '../../engine/ports/store.ts';
import { ascending } from './order.ts';
import { copyOut, storeDefinition, storeDeployment } from './records.ts';

/** Deployments and their definition versions, with the versions of each process in order. */
export class DefinitionTable {
  private readonly deployments = new Map<string, DeploymentRecord>();
  private readonly definitions = new Map<string, DefinitionRecord>();
  /** Versions of each process, ascending: `latest` is the last one. */
  private readonly versions = new Map<string, DefinitionRecord[]>();

  /** Refuses the whole deployment when its id, a definition id or a process version is taken. */
  save(deployment: DeploymentRecord, definitions: DefinitionRecord[]): void {
    const taken = new Set<string>();
    const clash =
      this.deployments.has(deployment.id) ||
      definitions.some((d) => {
        const version = `${d.processId}\u0000${d.version}`;
        const duplicate =
          this.definitions.has(d.id) ||
          taken.has(d.id) ||
          taken.has(version) ||
          (this.versions.get(d.processId) ?? []).some((v) => v.version === d.version);
        taken.add(d.id).add(version);
        return duplicate;
      });
    // Two nodes deploying the same process at once both pick version n+1; one must retry.
    if (clash)
      throw new ConflictError(
        'deployment-conflict',
        `Deployment ${deployment.id} conflicts with a stored one`,
      );
    this.deployments.set(deployment.id, storeDeployment(deployment));
    for (const definition of definitions.map(storeDefinition)) {
      this.definitions.set(definition.id, definition);
      const versions = this.versions.get(definition.processId) ?? [];
      versions.push(definition);
      versions.sort((a, b) => a.version - b.version);
      this.versions.set(definition.processId, versions);
    }
  }

  /** Sets `suspended` on a version (the list of its process holds the same record). */
  suspend(id: string, suspended: boolean): void {
    this.change(id, { suspended });
  }

  /** Sets a version's history time to live; false when there is no such version. */
  setHistoryTimeToLive(id: string, historyTimeToLive: number | null): boolean {
    return this.change(id, { historyTimeToLive });
  }

  /** Replaces a version's record with `changes` applied, in the map and in its process's list. */
  private change(id: string, changes: Partial<DefinitionRecord>): boolean {
    const definition = this.definitions.get(id);
    if (!definition) return false;
    const next = { ...definition, ...changes };
    this.definitions.set(id, next);
    const versions = this.versions.get(definition.processId) ?? [];
    this.versions.set(
      definition.processId,
      versions.map((v) => (v.id === id ? next : v)),
    );
    return true;
  }

  deployment(id: string): DeploymentRecord | undefined {
    const deployment = this.deployments.get(id);
    return deployment && copyOut(deployment);
  }

  definition(id: string): DefinitionRecord | undefined {
    const definition = this.definitions.get(id);
    return definition && copyOut(definition);
  }

  latest(processId: string): DefinitionRecord | undefined {
    const definition = this.versions.get(processId)?.at(-1);
    return definition && copyOut(definition);
  }

  list(options: { latestOnly?: boolean; processId?: string } = {}): DefinitionRecord[] {
    const processIds =
      options.processId !== undefined
        ? [options.processId]
        : [...this.versions.keys()].sort(ascending);
    return processIds.flatMap((processId) => {
      const versions = this.versions.get(processId) ?? [];
      return (options.latestOnly ? versions.slice(-1) : versions).map(copyOut);
    });
  }

  listDeployments(): DeploymentSummary[] {
    return [...this.deployments.values()]
      .sort((a, b) => a.deployedAt - b.deployedAt || ascending(a.id, b.id))
      .map(({ resources: _resources, ...summary }) => copyOut(summary));
  }

  /** Deletes a version, and its deployment once no version of it is left; `inUse` is asked first. */
  delete(id: string, inUse: (definitionId: string) => boolean): 'deleted' | 'not-found' | 'in-use' {
    const definition = this.definitions.get(id);
    if (!definition) return 'not-found';
    if (inUse(id)) return 'in-use';
    this.definitions.delete(id);
    const versions = (this.versions.get(definition.processId) ?? []).filter((v) => v.id !== id);
    if (versions.length > 0) this.versions.set(definition.processId, versions);
    else this.versions.delete(definition.processId);
    const orphan = ![...this.definitions.values()].some(
      (d) => d.deploymentId === definition.deploymentId,
    );
    if (orphan) this.deployments.delete(definition.deploymentId);
    return 'deleted';
  }
}
