import type { Variables } from '../engine-interface.ts';
import { EngineError, IncidentError, incident } from '../errors.ts';
import {
  evaluateCondition as evaluateConditionIn,
  type ExpressionContext,
} from '../expressions/evaluate.ts';
import { ACTIVITY_KINDS, type ExecutableGraph, type FlowNode } from '../model/graph.ts';
import type { IncidentType } from '../ports/store.ts';
import type { Effect } from './effects.ts';
import type { IncidentPhase, InstanceState, ScopeState, Token } from './instance-state.ts';
import { fireEnabledInclusiveJoins } from '../elements/gateways/joins.ts';
import { lookupVariable, scopeDefining, visibleVariables } from './variables.ts';
import { variableProblem } from '../variable-limits.ts';
import { applyOutputs } from './io-mapping.ts';
import { armBoundaries, disarm } from '../elements/boundary-event.ts';
import { scheduleJob } from './jobs.ts';
import { disarmScope } from '../elements/event-sub-process.ts';
import { closeSla, openSla } from './sla.ts';
import { reconcileSlaClocks } from './sla-clock.ts';
import {
  choosePromise,
  closeScopePromise,
  reconcileRequestPromises,
  settleChoice,
  settlePromise,
} from './request-promise.ts';
import { calendarName } from './calendar.ts';
import { policyFunction } from './sla-policy.ts';
import {
  handlerDone,
  handOverCompensable,
  rememberCompensable,
} from '../elements/events/compensation.ts';
import {
  BODY_SUFFIX,
  innerInstanceLeft,
  isInnerInstance,
  isMultiInstanceBody,
} from '../elements/multi-instance.ts';
import { cancelCalledInstance, reportEnded } from '../elements/call-activity/call-link.ts';
import type { Behaviour, BehaviourLookup, StepContext } from './behaviour.ts';

export type { Behaviour, BehaviourLookup, ScriptRunner, StepContext } from './behaviour.ts';

/**
 * One step of the token game over a mutable draft of the instance state. Tokens move
 * depth first, in document order, until every token rests (BPMN 2.0 §13.2, as Camunda runs it).
 */
export class Execution {
  readonly effects: Effect[] = [];
  /** The SLA policy each element's expressions read in this step (`sla-policy.ts`). */
  readonly policiesRead = new Map<string, string>();
  private readonly stack: string[] = [];

  constructor(
    readonly state: InstanceState,
    readonly ctx: StepContext,
    private readonly behaviours: BehaviourLookup,
  ) {}

  behaviourOf(node: FlowNode): Behaviour {
    return this.behaviours(node);
  }

  get graph(): ExecutableGraph {
    return this.ctx.graph;
  }

  newId(): string {
    this.state.seq += 1;
    return `${this.state.instanceId}.${this.state.seq}`;
  }

  node(id: string): FlowNode {
    const node = this.graph.nodes[id];
    if (!node)
      throw new EngineError('unknown-element', `Element ${id} is not in ${this.graph.processId}`, {
        elementId: id,
      });
    return node;
  }

  record(kind: string, token: Token | null, data?: Record<string, unknown>): void {
    const node = token ? this.graph.nodes[token.elementId] : undefined;
    // Like Camunda, history names a multi-instance body `<id>#multiInstanceBody`, its instances `<id>`.
    const body = token !== null && isMultiInstanceBody(this, token);
    this.effects.push({
      type: 'history',
      entry: {
        instanceId: this.state.instanceId,
        kind,
        elementId: body ? `${token.elementId}${BODY_SUFFIX}` : (token?.elementId ?? null),
        elementType: body ? 'multiInstanceBody' : (node?.type ?? null),
        tokenId: token?.id ?? null,
        at: this.ctx.at,
        userId: this.ctx.userId ?? null,
        data: data ?? null,
      },
    });
  }

  // ---- tokens ---------------------------------------------------------------------------

  /** Puts a new token on an element; it runs when the step drains its stack. */
  spawn(elementId: string, scopeId: string, arrivedVia?: string): Token {
    const token: Token = { id: this.newId(), elementId, scopeId, state: 'ready' };
    if (arrivedVia) token.arrivedVia = arrivedVia;
    this.state.tokens[token.id] = token;
    this.stack.push(token.id);
    return token;
  }

  /** Runs every ready token until all rest, then fires inclusive joins that became enabled. */
  run(): void {
    for (;;) {
      while (this.stack.length > 0) {
        const token = this.state.tokens[this.stack.pop()!];
        if (token?.state !== 'ready') continue;
        this.enter(token);
      }
      if (!fireEnabledInclusiveJoins(this)) break;
    }
    reconcileSlaClocks(this);
    reconcileRequestPromises(this);
  }

  private enter(token: Token): void {
    const node = this.node(token.elementId);
    // The inner instances of a multi-instance activity: its async and boundary events belong to the body.
    const inner = isInnerInstance(this, token);
    if (node.asyncBefore && !token.asyncBeforeDone && !inner) {
      // Camunda's asyncBefore: the work continues in a job, in its own transaction.
      token.state = 'waiting';
      token.jobId = scheduleJob(this, token, node.id, this.ctx.at, { type: 'async-before' });
      return;
    }
    delete token.asyncBeforeDone;
    // A due date belongs to the task that set it, not to the elements the token reaches next.
    delete token.dueAt;
    this.record('activity.started', token);
    this.guarded(token, 'enter', () => {
      const chosen = choosePromise(this, token, node);
      try {
        this.behaviours(node).enter(token, node, this);
        if (token.state !== 'waiting' || !this.state.tokens[token.id]) return;
        if (node.boundaryEventIds.length > 0 && !inner) armBoundaries(this, token, node);
        // The activity that chose its request's promise is kept to it: its SLA is the promise's.
        if (ACTIVITY_KINDS.has(node.kind))
          openSla(this, token, node, token.dueAt, calendarName(this, node), chosen);
      } finally {
        if (chosen) settleChoice(this, chosen, token);
      }
    });
  }

  /** Puts a resting token back on the stack, to run its element's behaviour again. */
  resume(token: Token): void {
    token.state = 'ready';
    this.stack.push(token.id);
  }

  /** Passes outside input to a waiting token's behaviour, then runs the consequences. */
  signal(token: Token, variables: Variables): void {
    const node = this.node(token.elementId);
    const behaviour = this.behaviours(node);
    if (!behaviour.signal)
      throw new EngineError('not-waiting', `Element ${node.id} does not wait for a signal`, {
        elementId: node.id,
      });
    this.guarded(token, 'signal', () => behaviour.signal!(token, node, this, variables));
    this.run();
  }

  /** Runs a behaviour step; an expression or script failure becomes an incident on the token. */
  guarded(token: Token, phase: IncidentPhase, work: () => void): void {
    try {
      work();
    } catch (error) {
      if (!(error instanceof IncidentError)) throw error;
      this.raiseIncident(token, 'expression', error.message, phase);
    }
  }

  raiseIncident(token: Token, type: IncidentType, message: string, phase: IncidentPhase): void {
    const incidentId = this.newId();
    token.state = 'incident';
    token.incidentId = incidentId;
    token.incidentPhase = phase;
    this.effects.push({
      type: 'incident.raised',
      incident: {
        id: incidentId,
        type,
        instanceId: this.state.instanceId,
        elementId: token.elementId,
        tokenId: token.id,
        message,
        createdAt: this.ctx.at,
        resolvedAt: null,
      },
    });
    this.record('incident.raised', token, { incidentId, message, phase });
  }

  /** The activity is done: record it and follow its outgoing flows (conditional ones too). */
  leave(token: Token): void {
    const node = this.node(token.elementId);
    const inner = isInnerInstance(this, token);
    const flows = node.asyncAfter || inner ? [] : this.selectOutgoing(node, token);
    const local = token.localScopeId ? this.state.scopes[token.localScopeId] : undefined;
    if (local) applyOutputs(node, local, this);
    settlePromise(this, token, closeSla(this, token, 'completed'));
    rememberCompensable(this, token, node);
    this.record('activity.completed', token);
    this.closeLocalScope(token);
    if (inner) return innerInstanceLeft(this, token);
    if (node.asyncAfter) {
      // Camunda's asyncAfter: the outgoing flows are chosen and taken by a job.
      disarm(this, token);
      delete token.taskId;
      delete token.externalTaskId;
      token.state = 'waiting';
      token.jobId = scheduleJob(this, token, node.id, this.ctx.at, { type: 'async-after' });
      return;
    }
    this.takeFlows(token, flows);
  }

  /**
   * Flows out of an activity or event: every flow without a condition, every flow whose
   * condition holds, else the default flow (BPMN 2.0 §13.2.1, uncontrolled flow).
   */
  selectOutgoing(node: FlowNode, token: Token): string[] {
    const chosen: string[] = [];
    for (const flowId of node.outgoing) {
      if (flowId === node.defaultFlowId) continue;
      const condition = this.graph.flows[flowId]?.condition;
      if (!condition || this.evaluateCondition(condition, token)) chosen.push(flowId);
    }
    if (chosen.length === 0 && node.defaultFlowId) chosen.push(node.defaultFlowId);
    if (chosen.length === 0 && node.outgoing.length > 0) {
      throw incident(`No outgoing sequence flow of ${node.id} could be taken`, node.id);
    }
    return chosen;
  }

  /** Moves the token along the first flow and a new token along each other one. */
  takeFlows(token: Token, flowIds: string[]): void {
    disarm(this, token);
    if (flowIds.length === 0) return this.consume(token);
    const moving: Token[] = [];
    flowIds.forEach((flowId, index) => {
      const target = this.graph.flows[flowId]!.targetId;
      if (index === 0) {
        this.record('flow.taken', token, { flowId });
        delete token.taskId;
        delete token.externalTaskId;
        delete token.childScopeId;
        delete token.incidentId;
        delete token.incidentPhase;
        token.elementId = target;
        token.arrivedVia = flowId;
        token.state = 'ready';
        moving.push(token);
      } else {
        const spawned: Token = {
          id: this.newId(),
          elementId: target,
          scopeId: token.scopeId,
          state: 'ready',
          arrivedVia: flowId,
        };
        this.state.tokens[spawned.id] = spawned;
        moving.push(spawned);
      }
    });
    // Pushed in reverse so the first flow runs first and to its end (depth first, document order).
    for (let i = moving.length - 1; i >= 0; i--) this.stack.push(moving[i]!.id);
  }

  /** The token ends here (end event, implicit end); its scope completes when it was the last. */
  consume(token: Token): void {
    delete this.state.tokens[token.id];
    if (token.compensationFor) handlerDone(this, token);
    this.completeScopeIfEmpty(token.scopeId);
  }

  completeScopeIfEmpty(scopeId: string): void {
    const scope = this.state.scopes[scopeId];
    if (!scope || this.tokensIn(scopeId).length > 0) return;
    disarmScope(this, scopeId);
    closeScopePromise(this, scope, 'completed');
    if (scopeId === this.state.rootScopeId) {
      if (this.state.status === 'active') this.state.status = 'completed';
      this.record(
        this.state.status === 'terminated' ? 'instance.terminated' : 'instance.completed',
        null,
      );
      reportEnded(this);
      return;
    }
    const holder = scope.holderTokenId ? this.state.tokens[scope.holderTokenId] : undefined;
    if (holder) handOverCompensable(this, scope, holder);
    if (holder)
      this.guarded(holder, 'leave', () => applyOutputs(this.node(holder.elementId), scope, this));
    delete this.state.scopes[scopeId];
    if (holder && holder.state !== 'incident') {
      delete holder.childScopeId;
      this.guarded(holder, 'leave', () => this.leave(holder));
    }
  }

  tokensIn(scopeId: string): Token[] {
    return Object.values(this.state.tokens).filter((t) => t.scopeId === scopeId);
  }

  /** Removes a token and everything it holds: its task, external task, subprocess scope. */
  cancel(token: Token, reason: string): void {
    if (token.taskId)
      this.effects.push({ type: 'task.cancelled', taskId: token.taskId, at: this.ctx.at });
    if (token.externalTaskId)
      this.effects.push({
        type: 'externalTask.cancelled',
        externalTaskId: token.externalTaskId,
        at: this.ctx.at,
      });
    if (token.incidentId)
      this.effects.push({
        type: 'incident.resolved',
        incidentId: token.incidentId,
        at: this.ctx.at,
      });
    if (token.childScopeId) this.cancelScope(token.childScopeId, reason);
    cancelCalledInstance(this, token, reason);
    settlePromise(this, token, closeSla(this, token, 'cancelled'));
    disarm(this, token);
    this.closeLocalScope(token);
    this.record('activity.cancelled', token, { reason });
    delete this.state.tokens[token.id];
  }

  /** Ends the instance as cancelled, with everything it holds. */
  cancelInstance(reason: string): void {
    const root = this.state.scopes[this.state.rootScopeId]!;
    for (const token of this.tokensIn(root.id)) this.cancel(token, reason);
    closeScopePromise(this, root, 'cancelled');
    this.state.status = 'cancelled';
    this.record('instance.cancelled', null, { reason });
  }

  /** Cancels every token inside the scope (depth first) and drops the scope. */
  cancelScope(scopeId: string, reason: string): void {
    for (const token of this.tokensIn(scopeId)) this.cancel(token, reason);
    // Scopes no token of this one holds (multi-instance inner instances) go with it.
    for (const child of Object.values(this.state.scopes))
      if (child.parentId === scopeId) this.cancelScope(child.id, reason);
    disarmScope(this, scopeId);
    const scope = this.state.scopes[scopeId];
    if (scope) closeScopePromise(this, scope, 'cancelled');
    delete this.state.scopes[scopeId];
  }

  // ---- scopes and variables -------------------------------------------------------------

  openScope(
    elementId: string,
    parentId: string,
    holder: Token,
    variables: Variables = {},
  ): ScopeState {
    const scope: ScopeState = {
      id: this.newId(),
      elementId,
      parentId,
      holderTokenId: holder.id,
      variables,
    };
    this.state.scopes[scope.id] = scope;
    return scope;
  }

  private closeLocalScope(token: Token): void {
    if (!token.localScopeId) return;
    delete this.state.scopes[token.localScopeId];
    delete token.localScopeId;
  }

  /** The innermost scope a token reads variables from. */
  scopeOf(token: Token): ScopeState {
    return (
      this.state.scopes[token.localScopeId ?? token.scopeId] ??
      this.state.scopes[this.state.rootScopeId]!
    );
  }

  lookup(scope: ScopeState, name: string): { found: boolean; value?: unknown } {
    return lookupVariable(this.state, scope, name);
  }

  visibleVariables(scope: ScopeState): Variables {
    return visibleVariables(this.state, scope);
  }

  /** Sets a variable where Camunda's `setVariable` would, and records the change. */
  setVariable(scope: ScopeState, name: string, value: unknown): void {
    // Outside input was refused before the step; a script's or expression's result is an incident.
    const problem = variableProblem(name, value, this.ctx.limits);
    if (problem) throw new IncidentError(problem.code, problem.message);
    const target =
      scopeDefining(this.state, scope, name) ?? this.state.scopes[this.state.rootScopeId]!;
    target.variables[name] = value;
    this.recordVariable(target, name, value);
  }

  private recordVariable(scope: ScopeState, name: string, value: unknown): void {
    this.effects.push({
      type: 'history',
      entry: {
        instanceId: this.state.instanceId,
        kind: 'variable.set',
        elementId: scope.elementId,
        at: this.ctx.at,
        userId: this.ctx.userId ?? null,
        data: { name, value: value === undefined ? null : value },
      },
    });
  }

  /** Sets a variable on this scope itself, and records the change. */
  setLocalVariable(scope: ScopeState, name: string, value: unknown): void {
    scope.variables[name] = value;
    this.recordVariable(scope, name, value);
  }

  setVariables(scope: ScopeState, variables: Variables): void {
    for (const [name, value] of Object.entries(variables)) this.setVariable(scope, name, value);
  }

  expressionContext(token: Token): ExpressionContext {
    return this.scopeExpressionContext(this.scopeOf(token), token.elementId);
  }

  /** What an expression of `elementId` sees when it reads the variables of `scope`. */
  scopeExpressionContext(scope: ScopeState, elementId: string): ExpressionContext {
    return {
      lookup: (name) => this.lookup(scope, name),
      lookupLocal: (name) =>
        Object.hasOwn(scope.variables, name)
          ? { found: true, value: scope.variables[name] }
          : { found: false },
      instanceId: this.state.instanceId,
      businessKey: this.state.businessKey,
      activityId: elementId,
      slaPolicy: policyFunction(this, elementId),
      timeLimitMs: this.ctx.limits?.expressionMs,
    };
  }

  evaluateCondition(
    condition: NonNullable<ExecutableGraph['flows'][string]['condition']>,
    token: Token,
  ): boolean {
    return evaluateConditionIn(condition, this.expressionContext(token));
  }
}
