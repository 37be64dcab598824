import { enqueueActions, setup } from 'xstate';
import type { Variables, VariableTarget } from '../engine-interface.ts';
import { behaviourFor } from '../elements/registry.ts';
import { EngineError, InvalidRequestError } from '../errors.ts';
import type { ExecutableGraph } from '../model/graph.ts';
import type { Effect } from '../runtime/effects.ts';
import { Execution, type ScriptRunner } from '../runtime/execution.ts';
import type { InstanceState, Token } from '../runtime/instance-state.ts';
import { throwBpmnError } from '../elements/events/error.ts';
import { throwEscalation } from '../elements/events/escalation.ts';
import { jobFired, subscriptionTriggered } from '../runtime/job-fired.ts';
import { armScope } from '../elements/event-sub-process.ts';
import { retargetSla } from '../runtime/sla-clock.ts';
import { modifyVariables } from '../runtime/scope-variables.ts';
import { openScopePromise, reconcileRequestPromises } from '../runtime/request-promise.ts';
import type { BusinessCalendar } from '../timers/business-calendar.ts';
import type { EngineLimits } from '../limits.ts';
import type { JobPayload } from '../jobs/new-job.ts';

interface Stamp {
  /** Command time from the engine clock: transitions never read the clock themselves. */
  at: number;
  userId?: string | null;
}

export type InstanceEvent =
  | ({ type: 'instance.start'; variables: Variables; startElementId?: string } & Stamp)
  | ({ type: 'token.signal'; tokenId: string; variables: Variables } & Stamp)
  | ({
      type: 'token.error';
      tokenId: string;
      errorCode: string;
      errorMessage?: string;
      variables: Variables;
      /**
       * When nothing catches it: `incident` (an external task's worker, the default) stops the
       * token on an incident; `end` ends its path as a none end event would, as Camunda does
       * for an error a user task throws.
       */
      uncaught?: 'incident' | 'end';
    } & Stamp)
  /**
   * The task's user escalates (Camunda's `handleEscalation`): caught by an escalation event on
   * the task or outwards; one nothing catches is refused (`escalation-not-caught`), nothing set.
   */
  | ({
      type: 'token.escalate';
      tokenId: string;
      escalationCode: string;
      variables: Variables;
    } & Stamp)
  /**
   * Sets, then removes, variables of the instance, or from one token's scope outwards
   * (`local`: on its own scope only).
   */
  | ({ type: 'variables.set'; variables: Variables; remove?: string[] } & VariableTarget & Stamp)
  | ({ type: 'incident.retry'; tokenId: string } & Stamp)
  | ({ type: 'job.fired'; jobId: string; payload: JobPayload; dueAt: number } & Stamp)
  | ({
      type: 'subscription.triggered';
      subscriptionId: string;
      variables: Variables;
      /** Set on the receiving execution's own scope (Camunda's `processVariablesLocal`). */
      localVariables?: Variables;
    } & Stamp)
  | ({ type: 'sla.retarget'; slaId: string; durationMs: number } & Stamp)
  | ({ type: 'instance.cancel'; reason: string } & Stamp);

export interface InstanceMachineOptions {
  runScript?: ScriptRunner;
  slaAtRiskRatio?: number;
  calendars?: Record<string, BusinessCalendar>;
  limits?: EngineLimits;
}

/**
 * The lifecycle of one process instance, compiled once per definition version.
 *
 *   active ──(last token consumed)──▶ completed
 *     │ ────(terminate end event)───▶ terminated
 *     └─────(instance.cancel)───────▶ cancelled
 *
 * Each command the instance takes is an event of `active`, and each runs the `step` action:
 * one step of the token game on a copy of the context, whose effects it enqueues as `effect`
 * actions. The machine names them but never runs them: `transition()` hands them to
 * `runtime/step.ts`, and the store commits them with the next snapshot. The step sets the
 * instance's status; the eventless transitions then end the machine in the matching state.
 */
export function createInstanceMachine(
  graph: ExecutableGraph,
  options: InstanceMachineOptions = {},
) {
  return setup({
    types: {
      context: {} as InstanceState,
      input: {} as InstanceState,
      events: {} as InstanceEvent,
    },
    actions: {
      effect: (_, _params: Effect) => {},
      /** One step of the token game on a copy of the context; its effects become `effect` actions. */
      step: enqueueActions(({ context, event, enqueue }) => {
        const draft = structuredClone(context);
        const x = new Execution(
          draft,
          {
            graph,
            at: event.at,
            userId: event.userId ?? null,
            runScript: options.runScript,
            slaAtRiskRatio: options.slaAtRiskRatio,
            calendars: options.calendars,
            limits: options.limits,
          },
          behaviourFor,
        );
        apply(event, x);
        enqueue.assign(() => draft);
        for (const effect of x.effects) enqueue({ type: 'effect', params: effect } as never);
      }),
    },
    guards: {
      isCompleted: ({ context }) => context.status === 'completed',
      isTerminated: ({ context }) => context.status === 'terminated',
      isCancelled: ({ context }) => context.status === 'cancelled',
    },
  }).createMachine({
    id: graph.processId,
    context: ({ input }) => input,
    initial: 'active',
    states: {
      active: {
        always: [
          { guard: 'isCompleted', target: 'completed' },
          { guard: 'isTerminated', target: 'terminated' },
          { guard: 'isCancelled', target: 'cancelled' },
        ],
        on: {
          'instance.start': { actions: 'step' },
          'token.signal': { actions: 'step' },
          'token.error': { actions: 'step' },
          'token.escalate': { actions: 'step' },
          'variables.set': { actions: 'step' },
          'incident.retry': { actions: 'step' },
          'job.fired': { actions: 'step' },
          'subscription.triggered': { actions: 'step' },
          'sla.retarget': { actions: 'step' },
          'instance.cancel': { actions: 'step' },
        },
      },
      completed: { type: 'final' },
      terminated: { type: 'final' },
      cancelled: { type: 'final' },
    },
  });
}

export type InstanceMachine = ReturnType<typeof createInstanceMachine>;

function apply(event: InstanceEvent, x: Execution): void {
  const root = x.state.scopes[x.state.rootScopeId]!;
  switch (event.type) {
    case 'instance.start': {
      x.record('instance.started', null, { businessKey: x.state.businessKey });
      x.setVariables(root, event.variables);
      const startId = event.startElementId ?? initialStart(x);
      if (!startId)
        throw new EngineError(
          'no-none-start',
          `Process ${x.graph.processId} has no none start event`,
        );
      openScopePromise(x, root);
      armScope(x, root.id);
      x.spawn(startId, root.id);
      return x.run();
    }
    case 'token.signal':
      return x.signal(waitingToken(x, event.tokenId), event.variables);
    case 'token.error': {
      const token = waitingToken(x, event.tokenId);
      x.setVariables(x.scopeOf(token), event.variables);
      const thrown = { includeSelf: true, message: event.errorMessage };
      if (!throwBpmnError(x, token, event.errorCode, thrown)) {
        if (event.uncaught === 'end') {
          const scopeId = token.scopeId;
          x.cancel(token, `error ${event.errorCode} not caught`);
          x.completeScopeIfEmpty(scopeId);
          return x.run();
        }
        x.raiseIncident(
          token,
          'unhandledError',
          `BPMN error ${event.errorCode} thrown by ${token.elementId} was not caught: ${event.errorMessage ?? ''}`.trim(),
          'signal',
        );
        return;
      }
      return x.run();
    }
    case 'token.escalate': {
      const token = waitingToken(x, event.tokenId);
      x.setVariables(x.scopeOf(token), event.variables);
      if (!throwEscalation(x, token, event.escalationCode, { includeSelf: true }))
        throw new InvalidRequestError(
          'escalation-not-caught',
          `Execution with id '${token.elementId}' throws an escalation event with escalationCode '${event.escalationCode}', but no escalation handler was defined.`,
        );
      return x.run();
    }
    case 'variables.set':
      return modifyVariables(x, event);
    case 'incident.retry':
      return retry(x, event.tokenId);
    case 'job.fired':
      return jobFired(x, event.jobId, event.payload, event.dueAt);
    case 'subscription.triggered':
      return subscriptionTriggered(x, event.subscriptionId, event.variables, event.localVariables);
    case 'sla.retarget': {
      const sla = x.state.slas?.[event.slaId];
      if (!sla)
        throw new EngineError(
          'sla-not-running',
          `SLA ${event.slaId} is not running in instance ${x.state.instanceId}`,
        );
      retargetSla(x, sla, event.durationMs);
      return reconcileRequestPromises(x);
    }
    case 'instance.cancel':
      return x.cancelInstance(event.reason);
  }
}

/** The none start event; a process whose only start event has a trigger starts there (Camunda). */
function initialStart(x: Execution): string | undefined {
  const scope = x.graph.scopes[x.graph.processId];
  const none = scope?.noneStartIds[0];
  if (none) return none;
  const starts = (scope?.nodeIds ?? []).filter((id) => x.graph.nodes[id]?.kind === 'startEvent');
  return starts.length === 1 ? starts[0] : undefined;
}

function waitingToken(x: Execution, tokenId: string): Token {
  const token = x.state.tokens[tokenId];
  if (token?.state !== 'waiting') {
    throw new EngineError(
      'token-not-waiting',
      `Token ${tokenId} of instance ${x.state.instanceId} is not waiting`,
    );
  }
  return token;
}

/** Resumes a token stuck on an incident where its step failed. */
function retry(x: Execution, tokenId: string): void {
  const token = x.state.tokens[tokenId];
  if (token?.state !== 'incident')
    throw new EngineError('no-incident', `Token ${tokenId} has no incident`);
  const node = x.node(token.elementId);
  const phase = token.incidentPhase ?? 'enter';
  if (token.incidentId)
    x.effects.push({ type: 'incident.resolved', incidentId: token.incidentId, at: x.ctx.at });
  delete token.incidentId;
  delete token.incidentPhase;
  token.state = 'ready';
  if (phase === 'enter') x.guarded(token, 'enter', () => behaviourFor(node).enter(token, node, x));
  else if (phase === 'fork')
    x.guarded(token, 'fork', () => behaviourFor(node).fork!(token, node, x));
  else x.guarded(token, 'leave', () => x.leave(token));
  x.run();
}
