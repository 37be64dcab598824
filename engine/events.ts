import type { Variables } from './engine-interface.ts';
import { ConflictError, ForbiddenError, InvalidRequestError } from './errors.ts';
import {
  isCandidateStarter,
  starterRule,
  type CompiledDefinition,
  type Definitions,
  type Starter,
} from './definitions.ts';
import type { InstanceCommands } from './instance-commands.ts';
import { stateOf } from './instance-view.ts';
import type { Clock } from './ports/clock.ts';
import type { IdGenerator } from './ports/ids.ts';
import type { Store, UnitOfWork } from './ports/store.ts';
import type { EventSubscriptionRecord } from './ports/subscriptions.ts';

export interface CorrelateRequest {
  messageName: string;
  businessKey?: string;
  /** Set on the instance the message reaches (or starts). */
  variables?: Variables;
  /**
   * Set on the execution that receives the message (Camunda's `processVariablesLocal`): the
   * waiting activity's own scope when it has one, else the scope it runs in; on an instance the
   * message starts, its process scope. A boundary event or event subprocess refuses them.
   */
  localVariables?: Variables;
  /** Only instances whose process variables equal these (Camunda's correlation keys). */
  correlationKeys?: Variables;
  instanceId?: string;
  /** Deliver to the execution waiting at this element (Camunda's messageEventReceived). */
  elementId?: string;
  /** Deliver to every matching waiting execution instead of exactly one. */
  all?: boolean;
  /**
   * Correlate as someone who may only start processes that name them as candidate starter:
   * the message reaches no waiting execution, and starting a process that does not name them
   * (or one of their groups) is refused with `ForbiddenError`.
   */
  asStarter?: Starter;
}

export interface CorrelationResult {
  resultType: 'Execution' | 'ProcessDefinition';
  instanceId: string;
}

/**
 * Messages and signals between the outside world and instances, with Camunda 7 semantics:
 * a message reaches exactly one waiting execution or starts one instance, and matching nothing
 * (or several, unless `all`) is an error the caller sees. A signal reaches every waiting catch
 * and starts every process with a matching signal start event.
 */
export class EventCorrelation {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly commands: InstanceCommands,
    private readonly definitions: Definitions,
  ) {}

  async correlateMessage(request: CorrelateRequest): Promise<CorrelationResult[]> {
    if (request.asStarter) return this.startAs(request.asStarter, request);
    let waiting = await this.matchingExecutions(request);
    // Addressed to an element of one instance (Camunda's messageEventReceived): when several
    // executions wait there (the instances of a multi-instance receive task), the oldest takes it.
    if (waiting.length > 1 && request.instanceId && request.elementId && !request.all)
      waiting = waiting.slice(0, 1);
    if (waiting.length > 1 && !request.all) {
      throw new InvalidRequestError(
        'message-ambiguous',
        `Cannot correlate message '${request.messageName}': it matches ${waiting.length} executions`,
      );
    }
    if (waiting.length > 0) {
      const results: CorrelationResult[] = [];
      for (const subscription of waiting)
        results.push(
          await this.deliver(subscription, request.variables ?? {}, request.localVariables),
        );
      return results;
    }
    const starts = request.instanceId ? [] : await this.startsBy(request);
    if (starts.length > 0) return this.startAll(starts, request);
    throw new InvalidRequestError(
      'message-not-correlated',
      `Cannot correlate message '${request.messageName}': no process definition or execution matches the parameters`,
    );
  }

  /**
   * A message from someone who may only start processes: it starts processes naming them as
   * candidate starter, every one checked before any starts, or it is refused.
   */
  private async startAs(starter: Starter, request: CorrelateRequest) {
    const starts = request.instanceId ? [] : await this.startsBy(request);
    if (starts.length === 0)
      throw new ForbiddenError(
        'not-a-starter',
        `${starter.userId} may only correlate messages that start a process; '${request.messageName}' starts none`,
      );
    for (const start of starts) {
      const { record } = await this.definitions.byId(start.definitionId);
      if (!isCandidateStarter(record, starter))
        throw new ForbiddenError(
          'not-a-starter',
          `${starter.userId} may not start process ${record.processId}: ${starterRule(record)}`,
        );
    }
    return this.startAll(starts, request);
  }

  /** The message start events the message names; more than one only with `all`. */
  private async startsBy(request: CorrelateRequest): Promise<EventSubscriptionRecord[]> {
    const starts = await this.store.findSubscriptions({
      kind: 'message',
      name: request.messageName,
      startEventsOnly: true,
      activeOnly: true,
    });
    if (starts.length > 1 && !request.all) {
      throw new InvalidRequestError(
        'message-ambiguous',
        `Cannot correlate message '${request.messageName}': it starts ${starts.length} process definitions`,
      );
    }
    return starts;
  }

  private startAll(
    starts: EventSubscriptionRecord[],
    request: CorrelateRequest,
  ): Promise<CorrelationResult[]> {
    // The receiving execution of a start is the new instance: its local variables are the process's.
    const variables = { ...request.variables, ...request.localVariables };
    return Promise.all(starts.map((s) => this.startBy(s, request.businessKey, variables)));
  }

  /** Returns how many executions and new instances the signal reached. */
  async broadcastSignal(
    signalName: string,
    variables: Variables = {},
    notFor: ReadonlySet<string> = new Set(),
  ): Promise<number> {
    let reached = 0;
    // Suspended instances and definitions are passed by, as in Camunda: a signal is not kept for them.
    for (const subscription of await this.store.findSubscriptions({
      kind: 'signal',
      name: signalName,
      activeOnly: true,
    })) {
      if (notFor.has(subscription.id)) continue;
      if (subscription.instanceId) {
        try {
          await this.deliver(subscription, variables);
          reached += 1;
        } catch (error) {
          // A catch that moved on between the query and the delivery no longer waits for it.
          if (!(error instanceof ConflictError)) throw error;
        }
      } else {
        await this.startBy(subscription, undefined, variables);
        reached += 1;
      }
    }
    return reached;
  }

  /** The message and signal start subscriptions of new versions, replacing older ones; written with the deployment. */
  async startSubscriptionWork(
    deployed: CompiledDefinition[],
  ): Promise<Pick<UnitOfWork, 'subscriptionsToInsert' | 'subscriptionIdsToDelete'>> {
    if (deployed.length === 0) return {};
    const processIds = new Set(deployed.map((d) => d.record.processId));
    const replaced = (await this.store.findSubscriptions({ startEventsOnly: true })).filter((s) =>
      processIds.has(s.processId),
    );
    const opened: EventSubscriptionRecord[] = [];
    for (const { record, graph } of deployed) {
      for (const nodeId of graph.scopes[graph.processId]?.nodeIds ?? []) {
        const node = graph.nodes[nodeId]!;
        if (node.kind !== 'startEvent') continue;
        for (const d of node.eventDefinitions) {
          const name =
            d.kind === 'message' ? d.messageName : d.kind === 'signal' ? d.signalName : undefined;
          if (!name || (d.kind !== 'message' && d.kind !== 'signal')) continue;
          opened.push({
            id: this.ids.next(),
            kind: d.kind,
            name,
            instanceId: null,
            tokenId: null,
            elementId: node.id,
            definitionId: record.id,
            processId: record.processId,
            businessKey: null,
            createdAt: this.clock.now(),
          });
        }
      }
    }
    return { subscriptionIdsToDelete: replaced.map((s) => s.id), subscriptionsToInsert: opened };
  }

  private async matchingExecutions(request: CorrelateRequest): Promise<EventSubscriptionRecord[]> {
    const found = await this.store.findSubscriptions({
      kind: 'message',
      name: request.messageName,
      instancesOnly: true,
      activeOnly: true,
      ...(request.instanceId ? { instanceId: request.instanceId } : {}),
      ...(request.businessKey !== undefined ? { businessKey: request.businessKey } : {}),
    });
    const byElement = request.elementId
      ? found.filter((s) => s.elementId === request.elementId)
      : found;
    if (!request.correlationKeys) return byElement;
    const keys = Object.entries(request.correlationKeys);
    const matching: EventSubscriptionRecord[] = [];
    for (const s of byElement) {
      const record = await this.store.getInstance(s.instanceId!);
      const variables = record
        ? (stateOf(record).scopes[stateOf(record).rootScopeId]?.variables ?? {})
        : {};
      if (keys.every(([name, value]) => JSON.stringify(variables[name]) === JSON.stringify(value)))
        matching.push(s);
    }
    return matching;
  }

  private async deliver(
    subscription: EventSubscriptionRecord,
    variables: Variables,
    localVariables?: Variables,
  ): Promise<CorrelationResult> {
    await this.commands.command(subscription.instanceId!, () => ({
      type: 'subscription.triggered',
      subscriptionId: subscription.id,
      variables,
      localVariables,
      at: this.clock.now(),
    }));
    return { resultType: 'Execution', instanceId: subscription.instanceId! };
  }

  private async startBy(
    subscription: EventSubscriptionRecord,
    businessKey: string | undefined,
    variables: Variables | undefined,
  ): Promise<CorrelationResult> {
    const compiled = await this.definitions.byId(subscription.definitionId);
    const record = await this.commands.start(compiled, {
      businessKey,
      variables,
      startElementId: subscription.elementId,
    });
    return { resultType: 'ProcessDefinition', instanceId: record.id };
  }
}
