import {
  changedResources,
  deploymentHash,
  isBpmnResource,
  sameAsLatest,
  uploadedResources,
} from './deployment-resources.ts';
import type { DeployInput, DeployResult } from './engine-interface.ts';
import { ModelError, NotFoundError, type Problem } from './errors.ts';
import {
  createInstanceMachine,
  type InstanceMachine,
  type InstanceMachineOptions,
} from './lifecycle/instance.machine.ts';
import type { ExecutableGraph, FormField, FormLink } from './model/graph.ts';
import { loadDefinitions } from './model/load.ts';
import type { IdGenerator } from './ports/ids.ts';
import type { Clock } from './ports/clock.ts';
import type {
  DefinitionRecord,
  DeploymentRecord,
  DeploymentResource,
  Store,
  UnitOfWork,
} from './ports/store.ts';

export interface CompiledDefinition {
  record: DefinitionRecord;
  graph: ExecutableGraph;
  machine: InstanceMachine;
}

/** Someone who wants to start a process: a user and their groups. */
export interface Starter {
  userId: string;
  groups: readonly string[];
}

/**
 * True when the definition names the user, or one of their groups, as candidate starter
 * (Camunda 7's `candidateStarterUsers` / `candidateStarterGroups`). A definition that names
 * nobody is started by developers only, which is the caller's role check, not this one.
 */
export function isCandidateStarter(definition: DefinitionRecord, starter: Starter): boolean {
  return (
    definition.candidateStarterUsers.includes(starter.userId) ||
    definition.candidateStarterGroups.some((group) => starter.groups.includes(group))
  );
}

/** Who may start a definition, in words, for the refusal a caller sees. */
export function starterRule(definition: DefinitionRecord): string {
  const named = [
    ...definition.candidateStarterGroups.map((group) => `group ${group}`),
    ...definition.candidateStarterUsers.map((user) => `user ${user}`),
  ];
  return named.length === 0
    ? 'it names no candidate starters, so only developers start it'
    : `it is started by ${named.join(', ')}`;
}

/** The generated form (`camunda:formData`) on the process's none start event; empty when none. */
export function startFormOf({ graph }: CompiledDefinition): FormField[] {
  const startId = graph.scopes[graph.processId]?.noneStartIds[0];
  return (startId && graph.nodes[startId]?.startForm) || [];
}

/** The form the process's none start event names (`camunda:formKey`/`formRef`); empty when none. */
export function startFormLinkOf({ graph }: CompiledDefinition): FormLink {
  const startId = graph.scopes[graph.processId]?.noneStartIds[0];
  return (startId && graph.nodes[startId]?.startFormLink) || {};
}

/**
 * Deploys and versions definitions, and compiles each version once into its graph and
 * machine. Running instances keep their version.
 */
export class Definitions {
  private readonly compiled = new Map<string, Promise<CompiledDefinition>>();
  /** Process names by definition id, as drawn (null: unnamed); a version's name never changes. */
  private readonly names = new Map<string, string | null>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly options: {
      allowJavaScript: boolean;
      /** Resolves once the script sandbox can run; awaited before any definition is compiled. */
      scriptSandbox?: () => Promise<void>;
    } & InstanceMachineOptions,
  ) {}

  /**
   * Deploys one file or several as one deployment. `startWork` gives what new versions bring
   * along (start timers, start subscriptions); it is written in the deployment's transaction,
   * so a version never exists without its scheduled starts. What counts as already deployed
   * follows `input.duplicates` (see `DeployInput`).
   */
  /**
   * What a deployment of `xml` would answer, without deploying: every problem the validator
   * finds, errors (which would refuse it) and warnings alike.
   */
  async check(xml: string): Promise<Problem[]> {
    try {
      return (await this.parse(xml)).warnings;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      const { problems, elementId, line } = error.details;
      return problems?.length
        ? [...problems]
        : [{ severity: 'error', code: error.code, message: error.message, elementId, line }];
    }
  }

  private parse(xml: string) {
    return loadDefinitions(xml, {
      allowJavaScript: this.options.allowJavaScript,
      minTimerCycleMs: this.options.limits?.minTimerCycleMs,
    });
  }

  async deploy(
    input: DeployInput,
    startWork: (compiled: CompiledDefinition[]) => Promise<Omit<UnitOfWork, 'instance'>>,
  ): Promise<DeployResult> {
    await this.options.scriptSandbox?.();
    const mode = input.duplicates ?? 'process';
    const uploaded = uploadedResources(input);
    const parsed = await this.parseResources(
      input.xml === undefined ? uploaded.filter((r) => isBpmnResource(r.name)) : uploaded,
    );
    const warnings = parsed.flatMap((p) => p.warnings);

    let deployed = uploaded;
    if (mode === 'deployment') {
      const same = await sameAsLatest(this.store, input.name, uploaded);
      if (same) return this.existing(same, warnings);
    } else if (mode === 'changed-resources') {
      const { changed, latest } = await changedResources(this.store, input.name, uploaded);
      if (changed.length === 0 && latest) return this.existing(latest, warnings);
      deployed = changed;
    }

    const deploymentId = this.ids.next();
    const deployedAt = this.clock.now();
    const fresh: { record: DefinitionRecord; graph: ExecutableGraph }[] = [];
    const definitions: DefinitionRecord[] = [];
    for (const { resource, graphs, warnings: found } of parsed) {
      if (!deployed.includes(resource)) continue;
      for (const graph of graphs) {
        const latest = await this.store.latestDefinition(graph.processId);
        // Promesa's own rule: a byte-identical file makes no new version of its processes.
        if (mode === 'process' && latest && latest.hash === resource.hash) {
          definitions.push(latest);
          continue;
        }
        const version = (latest?.version ?? 0) + 1;
        const record: DefinitionRecord = {
          id: `${graph.processId}:${version}:${deploymentId}`,
          processId: graph.processId,
          version,
          name: graph.name ?? null,
          deploymentId,
          resource: resource.name,
          hash: resource.hash,
          warnings: found.filter(
            (w) =>
              !w.elementId ||
              graph.nodes[w.elementId] ||
              graph.flows[w.elementId] ||
              w.elementId === graph.processId,
          ),
          deployedAt,
          candidateStarterGroups: graph.candidateStarterGroups,
          candidateStarterUsers: graph.candidateStarterUsers,
          startableInTasklist: graph.startableInTasklist,
          historyTimeToLive: graph.historyTimeToLive ?? null,
          suspended: false,
        };
        fresh.push({ record, graph });
        definitions.push(record);
      }
    }
    const deployment: DeploymentRecord = {
      id: deploymentId,
      name: input.name,
      source: input.source ?? null,
      hash: deploymentHash(deployed),
      resources: deployed,
      deployedAt,
      deployedBy: input.deployedBy ?? null,
    };
    if (mode === 'process' && fresh.length === 0) {
      const existing = definitions[0]?.deploymentId;
      const stored = existing ? await this.store.getDeployment(existing) : undefined;
      if (stored) return { ...this.summary(stored), definitions, warnings, duplicate: true };
    }
    const compiled = fresh.map(({ record, graph }) => this.compile(record, graph));
    await this.store.saveDeployment(
      deployment,
      fresh.map((f) => f.record),
      await startWork(compiled),
    );
    for (const c of compiled) this.compiled.set(c.record.id, Promise.resolve(c));
    return { ...this.summary(deployment), definitions, warnings, duplicate: false };
  }

  /**
   * The process names of definition versions as drawn (`name` on `bpmn:process`; null when
   * unnamed), by definition id. Names are kept in memory once read, so a page of tasks costs no
   * query; versions not seen yet since the start are read together in one store query.
   */
  async namesOf(definitionIds: Iterable<string>): Promise<Map<string, string | null>> {
    const wanted = new Set(definitionIds);
    if ([...wanted].some((id) => !this.names.has(id)))
      for (const record of await this.store.listDefinitions())
        this.names.set(record.id, record.name ?? null);
    const found = new Map<string, string | null>();
    for (const id of wanted) found.set(id, this.names.get(id) ?? null);
    return found;
  }

  /** Parses each BPMN resource; a refused one names itself, and a process id drawn twice is refused. */
  private async parseResources(resources: DeploymentResource[]) {
    const parsed = [];
    const drawnIn = new Map<string, string>();
    for (const resource of resources) {
      const { graphs, warnings } = await this.parse(resource.content).catch((error: unknown) => {
        if (error instanceof ModelError) error.details.resource ??= resource.name;
        throw error;
      });
      for (const graph of graphs) {
        const other = drawnIn.get(graph.processId);
        if (other)
          throw new ModelError(
            'duplicate-process-id',
            `Process ${graph.processId} is drawn in both ${other} and ${resource.name}`,
            { elementId: graph.processId, resource: resource.name },
          );
        drawnIn.set(graph.processId, resource.name);
      }
      parsed.push({ resource, graphs, warnings });
    }
    return parsed;
  }

  /** An earlier deployment answered for a duplicate, with its versions. */
  private async existing(deployment: DeploymentRecord, warnings: Problem[]): Promise<DeployResult> {
    const definitions = (await this.store.listDefinitions()).filter(
      (d) => d.deploymentId === deployment.id,
    );
    return { ...this.summary(deployment), definitions, warnings, duplicate: true };
  }

  private summary({ resources: _resources, ...deployment }: DeploymentRecord) {
    return { deploymentId: deployment.id, deployment };
  }

  /** The XML a definition version was drawn in: its resource of its deployment. */
  async xmlOf(record: DefinitionRecord): Promise<string> {
    const deployment = await this.store.getDeployment(record.deploymentId);
    const resource = deployment?.resources.find((r) => r.name === record.resource);
    if (!resource)
      throw new NotFoundError(
        'deployment-not-found',
        `Resource ${record.resource} of deployment ${record.deploymentId} is missing`,
      );
    return resource.content;
  }

  /** The compiled latest version of a process, or a specific version by definition id. */
  async resolve(processId: string, definitionId?: string): Promise<CompiledDefinition> {
    const record = definitionId
      ? await this.store.getDefinition(definitionId)
      : await this.store.latestDefinition(processId);
    if (!record)
      throw new NotFoundError(
        'definition-not-found',
        `No process definition ${definitionId ?? processId} is deployed`,
      );
    return this.byId(record.id, record);
  }

  byId(definitionId: string, known?: DefinitionRecord): Promise<CompiledDefinition> {
    let compiled = this.compiled.get(definitionId);
    if (!compiled) {
      compiled = this.load(definitionId, known);
      this.compiled.set(definitionId, compiled);
      compiled.catch(() => this.compiled.delete(definitionId));
    }
    return compiled;
  }

  private async load(definitionId: string, known?: DefinitionRecord): Promise<CompiledDefinition> {
    const record = known ?? (await this.store.getDefinition(definitionId));
    if (!record)
      throw new NotFoundError('definition-not-found', `No process definition ${definitionId}`);
    const xml = await this.xmlOf(record);
    await this.options.scriptSandbox?.();
    const { graphs } = await loadDefinitions(xml, {
      allowJavaScript: this.options.allowJavaScript,
    });
    const graph = graphs.find((g) => g.processId === record.processId);
    if (!graph)
      throw new NotFoundError(
        'definition-not-found',
        `Process ${record.processId} is not in ${record.resource} of deployment ${record.deploymentId}`,
      );
    return this.compile(record, graph);
  }

  private compile(record: DefinitionRecord, graph: ExecutableGraph): CompiledDefinition {
    this.names.set(record.id, record.name ?? null);
    return { record, graph, machine: createInstanceMachine(graph, this.options) };
  }
}
