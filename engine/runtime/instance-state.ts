import type { Variables } from '../engine-interface.ts';
import type { CallerLink } from '../elements/call-activity/call-link.ts';
import type { InstanceJobPayload } from '../jobs/new-job.ts';
import type { MultiInstanceBody } from '../elements/multi-instance.ts';
import type { OpenSla } from './sla.ts';
import type { PolicyTerms } from './sla-policy.ts';

/**
 * A token: one thread of control at one element. `ready` tokens are being moved by the
 * current step; the others are at rest and are what the store keeps.
 */
export interface Token {
  id: string;
  elementId: string;
  /** The scope instance the token runs in (the process or a subprocess instance). */
  scopeId: string;
  state: TokenState;
  /** The flow it arrived by: joins count tokens per incoming flow. */
  arrivedVia?: string;
  /** Set while a user task, external task or subprocess holds the token. */
  taskId?: string;
  externalTaskId?: string;
  childScopeId?: string;
  /** Local scope of an activity with input mappings. */
  localScopeId?: string;
  incidentId?: string;
  /** The job the token waits for: its timer, or its asynchronous continuation. */
  jobId?: string;
  /** The message or signal subscription the token waits on. */
  subscriptionId?: string;
  /** Set by an event-based gateway: the event this token moves to has already happened. */
  triggered?: boolean;
  /** Jobs and subscriptions armed for the token's boundary events; withdrawn when it moves. */
  armed?: Armed[];
  /** The due date of the token's user task: the target of its SLA. */
  dueAt?: number | null;
  /** The SLA record the token's activity carries. */
  slaId?: string;
  /** Compensation: the throw this handler runs for. */
  compensationFor?: string;
  /** A completing subprocess's remembered activities, handed to its own entry. */
  compensable?: CompensableActivity[];
  /** A completing subprocess with a compensation event subprocess: its variables, for that handler. */
  compensationVariables?: Variables;
  /** Call activity: the instance it started (or is starting); cancelling the token cancels it. */
  calledInstanceId?: string;
  /** The code of a BPMN error this token threw that went on to the calling instance, awaiting its verdict. */
  awaitingCaller?: string;
  /** Set once an `asyncBefore` job has run, so entering does not schedule it again. */
  asyncBeforeDone?: boolean;
  /** Where the step failed, so a retry resumes there. */
  incidentPhase?: IncidentPhase;
}

/** A timer job or an event subscription that triggers a boundary event of the token's activity. */
export interface Armed {
  kind: 'job' | 'subscription';
  id: string;
  boundaryId: string;
  /** Timer jobs: when they fire and what they carry, so an SLA pause can move them. */
  dueAt?: number;
  payload?: InstanceJobPayload;
  /** Withdrawn while the SLA clock is paused; rescheduled, later by the pause, on resume. */
  paused?: boolean;
}

export type IncidentPhase = 'enter' | 'signal' | 'leave' | 'fork';

export const TokenState = {
  ready: 'ready',
  waiting: 'waiting',
  joining: 'joining',
  incident: 'incident',
} as const;
export type TokenState = (typeof TokenState)[keyof typeof TokenState];

/** A scope instance: the process, a subprocess or an activity with local variables. */
export interface ScopeState {
  id: string;
  /** Process id, subprocess element id, or activity id for a local scope. */
  elementId: string;
  parentId?: string;
  /** The token in the parent scope that this scope belongs to. */
  holderTokenId?: string;
  variables: Variables;
  /** Jobs and subscriptions of the scope's event subprocess starts. */
  armed?: Armed[];
  /** A multi-instance body: what it iterates and which instance comes next. */
  multiInstanceBody?: MultiInstanceBody;
  /** One inner instance of a multi-instance activity (`loopCounter`, element variable). */
  innerInstance?: boolean;
  /** The promise of the customer's request this scope carries (`request-promise.ts`). */
  promise?: ScopePromise;
  /** Completed activities a compensation throw in this scope can still compensate, oldest first. */
  compensable?: CompensableActivity[];
}

export interface CompensableActivity {
  activityId: string;
  handlerId?: string;
  /** What completed inside a subprocess, compensated when it has no handler of its own. */
  inner?: CompensableActivity[];
  /**
   * A subprocess whose compensation event subprocess is its handler: that subprocess's start
   * event, and the variables the subprocess had when it completed.
   */
  handlerScope?: { startId: string; variables: Variables };
}

export type InstanceStatus = 'active' | 'completed' | 'terminated' | 'cancelled';

/** The context of the instance machine: everything needed to resume after a restart. */
export interface InstanceState {
  instanceId: string;
  definitionId: string;
  processId: string;
  businessKey: string | null;
  status: InstanceStatus;
  /** Counter for ids of tokens, scopes, tasks: deterministic, so a step stays pure. */
  seq: number;
  rootScopeId: string;
  tokens: Record<string, Token>;
  scopes: Record<string, ScopeState>;
  /** A called instance: the call activity token waiting for it in the calling instance. */
  caller?: CallerLink;
  /** SLA records of activities still running, by id. */
  slas?: Record<string, OpenSla>;
  /**
   * The SLA policies as they were when the instance started, by id (`sla-policy.ts`); kept
   * when its process reads policies, so that a policy changed later leaves its promises alone.
   */
  slaPolicies?: Record<string, PolicyTerms>;
}

/**
 * A request's promise, kept by the scope that carries it. Its target is chosen once (`dueAt`
 * set); the SLA that watches it is open while `slaId` is set. Once that SLA closes, a kept
 * promise has `dueAt` null, a broken one keeps its `dueAt`, and a cancelled one is unchosen.
 */
export interface ScopePromise {
  /** When its clock started: the customer's contact, else the scope's start. */
  from: number;
  /** When it falls due, as told to the scope's open tasks; null once kept. */
  dueAt?: number | null;
  /** The open SLA that watches it. */
  slaId?: string;
}
