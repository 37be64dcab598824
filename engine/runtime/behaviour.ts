import type { Variables } from '../engine-interface.ts';
import type { ExecutableGraph, FlowNode } from '../model/graph.ts';
import type { EngineLimits } from '../limits.ts';
import type { BusinessCalendar } from '../timers/business-calendar.ts';
import type { Execution } from './execution.ts';
import type { Token } from './instance-state.ts';

/** Runs a JavaScript script task in a sandbox; absent when the server does not enable them. */
export type ScriptRunner = (script: string, variables: Variables, timeoutMs: number) => unknown;

export interface StepContext {
  graph: ExecutableGraph;
  /** Share of an SLA's target after which it is at risk (default 0.8). */
  slaAtRiskRatio?: number;
  /** Business calendars by the name diagrams use. */
  calendars?: Record<string, BusinessCalendar>;
  /** The time of the command, from the engine's clock. */
  at: number;
  userId?: string | null;
  runScript?: ScriptRunner;
  /** Bounds on variables, multi-instance bodies and expressions (defaults when absent). */
  limits?: EngineLimits;
}

/** Moves tokens through the graph for one command. Element behaviours live in `elements/`. */
export interface Behaviour {
  /** The token has arrived at the element. */
  enter(token: Token, node: FlowNode, x: Execution): void;
  /** Gateways: the join has fired, now leave by the outgoing flows. */
  fork?(token: Token, node: FlowNode, x: Execution): void;
  /** Outside input for a waiting token (task completed, receive task triggered). */
  signal?(token: Token, node: FlowNode, x: Execution, variables: Variables): void;
}

export type BehaviourLookup = (node: FlowNode) => Behaviour;
