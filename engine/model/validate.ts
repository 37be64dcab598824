import { checkExpression } from '../expressions/evaluate.ts';
import {
  ACTIVITY_KINDS,
  type Expression,
  type ExecutableGraph,
  type FlowNode,
  type Scope,
} from './graph.ts';
import { checkDistributionPolicies } from './distribution-check.ts';
import { checkLiterals, checkPromise } from './literal-checks.ts';
import type { ProblemCollector } from './problems.ts';
import { linkKeys, unreachableNodes } from './reachability.ts';
import { timerSyntaxError } from './timer-syntax.ts';
import { cycleTooShort } from '../timers/timer-schedule.ts';

/**
 * Structural rules on a compiled graph. Errors refuse the deployment: a process without a
 * start, flows to nowhere or across scopes, broken expressions, and literal timers, dates and
 * priorities that can never parse. Warnings are kept
 * with the version: unreachable nodes and gateways that can get stuck without a default.
 */
export function validateGraph(
  graph: ExecutableGraph,
  problems: ProblemCollector,
  refused: ReadonlySet<string> = new Set(),
  options: { minTimerCycleMs?: number } = {},
): void {
  for (const scope of Object.values(graph.scopes)) checkStarts(graph, scope, problems);
  checkTimerCycles(graph, problems, options.minTimerCycleMs ?? 0);
  checkFlows(graph, problems, refused);
  for (const node of Object.values(graph.nodes)) checkNode(graph, node, problems, refused);
  checkPromise(graph.properties?.promise, graph.processId, problems);
  checkLinks(graph, problems);
  checkExpressions(graph, problems);
  checkDistributionPolicies(graph, problems);
  for (const id of unreachableNodes(graph)) {
    problems.warn(
      'unreachable-node',
      `'${id}' cannot be reached from any start event, boundary event or event subprocess`,
      id,
    );
  }
}

/**
 * A process needs a start event. An embedded subprocess starts at exactly one none start
 * event, an event subprocess at exactly one start event with a trigger (§10.3.5, §10.5.2).
 */
function checkStarts(graph: ExecutableGraph, scope: Scope, problems: ProblemCollector): void {
  const starts = scope.nodeIds
    .map((id) => graph.nodes[id])
    .filter((n): n is FlowNode => n?.kind === 'startEvent');
  if (scope.id === graph.processId) {
    if (starts.length === 0)
      problems.error('no-start-event', `Process '${scope.id}' has no start event`, scope.id);
    if (scope.noneStartIds.length > 1) {
      problems.error(
        'multiple-none-start-events',
        `Process '${scope.id}' has ${scope.noneStartIds.length} none start events; a plain start needs exactly one`,
        scope.id,
      );
    }
    return;
  }
  const eventSubProcess = graph.nodes[scope.id]?.triggeredByEvent === true;
  if (eventSubProcess) {
    if (starts.length !== 1 || starts[0]?.eventDefinitions.length === 0) {
      problems.error(
        'invalid-event-subprocess-start',
        `Event subprocess '${scope.id}' needs exactly one start event with a trigger (message, timer, error, ...)`,
        scope.id,
      );
    }
  } else if (starts.length === 0) {
    problems.error(
      'no-start-event',
      `Subprocess '${scope.id}' has no start event; it needs exactly one none start event`,
      scope.id,
    );
  } else if (starts.length > 1 || scope.noneStartIds.length !== 1) {
    problems.error(
      'invalid-subprocess-start',
      `Subprocess '${scope.id}' needs exactly one start event, without a trigger`,
      scope.id,
    );
  }
}

function checkFlows(
  graph: ExecutableGraph,
  problems: ProblemCollector,
  refused: ReadonlySet<string>,
): void {
  for (const flow of Object.values(graph.flows)) {
    const source = graph.nodes[flow.sourceId];
    const target = graph.nodes[flow.targetId];
    if (refused.has(flow.sourceId) || refused.has(flow.targetId)) continue;
    if (!source || !target) {
      const [end, ref] = !source ? ['source', flow.sourceId] : ['target', flow.targetId];
      const message = ref
        ? `The ${end} of sequence flow '${flow.id}' is '${ref}', which is not a flow node of process '${graph.processId}'`
        : `Sequence flow '${flow.id}' has no ${end}Ref`;
      problems.error('missing-flow-target', message, flow.id);
    } else if (source.scopeId !== target.scopeId) {
      problems.error(
        'flow-crosses-scope',
        `Sequence flow '${flow.id}' connects '${source.id}' in '${source.scopeId}' to '${target.id}' in '${target.scopeId}'; flows cannot cross a subprocess boundary`,
        flow.id,
      );
    }
  }
}

function checkNode(
  graph: ExecutableGraph,
  node: FlowNode,
  problems: ProblemCollector,
  refused: ReadonlySet<string>,
): void {
  if (node.defaultFlowId !== undefined && !node.outgoing.includes(node.defaultFlowId)) {
    problems.error(
      'invalid-default-flow',
      `The default flow '${node.defaultFlowId}' of '${node.id}' is not one of its outgoing flows`,
      node.id,
    );
  }
  if (node.kind === 'boundaryEvent') {
    const host = node.attachedToId === undefined ? undefined : graph.nodes[node.attachedToId];
    const refusedHost = node.attachedToId !== undefined && refused.has(node.attachedToId);
    if (
      !refusedHost &&
      (!host || !ACTIVITY_KINDS.has(host.kind) || host.scopeId !== node.scopeId)
    ) {
      problems.error(
        'invalid-boundary-event',
        `Boundary event '${node.id}' is not attached to an activity of its scope`,
        node.id,
      );
    }
  }
  if (
    (node.kind === 'exclusiveGateway' || node.kind === 'inclusiveGateway') &&
    node.defaultFlowId === undefined
  ) {
    const conditional = node.outgoing.some(
      (id) => graph.flows[id]?.condition ?? graph.flows[id]?.conditionScript,
    );
    if (conditional) {
      problems.warn(
        'gateway-without-default',
        `Gateway '${node.id}' has conditional flows but no default flow; it fails when no condition holds`,
        node.id,
      );
    }
  }
  checkLiterals(node, problems);
}

/**
 * A literal cycle that repeats more often than the server allows is refused: a start timer of
 * `R/PT0S` would start instances without end, faster than anyone could withdraw it.
 */
function checkTimerCycles(
  graph: ExecutableGraph,
  problems: ProblemCollector,
  minCycleMs: number,
): void {
  for (const node of Object.values(graph.nodes)) {
    for (const definition of node.eventDefinitions) {
      const cycle = definition.kind === 'timer' ? definition.timeCycle : undefined;
      if (!cycle || !('literal' in cycle) || timerSyntaxError('timeCycle', cycle.literal)) continue;
      const problem = cycleTooShort(cycle.literal.trim(), minCycleMs);
      if (problem) problems.error('timer-cycle-too-short', `'${node.id}': ${problem}`, node.id);
    }
  }
}

/** A link throw event must have a catch event of the same name in its scope. */
function checkLinks(graph: ExecutableGraph, problems: ProblemCollector): void {
  const nodes = Object.values(graph.nodes);
  const caught = new Set(
    nodes.filter((n) => n.kind === 'intermediateCatchEvent').flatMap(linkKeys),
  );
  for (const node of nodes) {
    if (node.kind !== 'intermediateThrowEvent' || linkKeys(node).every((key) => caught.has(key)))
      continue;
    problems.error(
      'unmatched-link',
      `Link event '${node.id}' has no catching link event of the same name in its scope`,
      node.id,
    );
  }
}

/** Every expression in the graph must parse; FEEL scripts too. */
function checkExpressions(graph: ExecutableGraph, problems: ProblemCollector): void {
  for (const flow of Object.values(graph.flows)) {
    const error = flow.condition && syntaxError(flow.condition);
    if (error)
      problems.error(
        'invalid-condition',
        `The condition of '${flow.id}' does not parse: ${error}`,
        flow.id,
      );
  }
  for (const node of Object.values(graph.nodes)) {
    for (const expression of expressionsIn(node)) {
      const error = syntaxError(expression);
      if (error)
        problems.error(
          'invalid-expression',
          `The expression '${expression.source}' on '${node.id}' does not parse: ${error}`,
          node.id,
        );
    }
    if (node.script?.format === 'feel') {
      const error = syntaxError({ language: 'feel', source: `=${node.script.script}` });
      if (error)
        problems.error(
          'invalid-expression',
          `The FEEL script of '${node.id}' does not parse: ${error}`,
          node.id,
        );
    }
  }
}

/** The parser's complaint about an expression; an unexpected failure counts as one too, never a crash. */
function syntaxError(expression: Expression): string | undefined {
  try {
    return checkExpression(expression);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** All `Expression` values anywhere in a node's specs; the graph is plain data, so a walk finds them. */
function expressionsIn(value: unknown, found: Expression[] = []): Expression[] {
  if (Array.isArray(value)) {
    for (const item of value) expressionsIn(item, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      (record.language === 'juel' || record.language === 'feel') &&
      typeof record.source === 'string'
    ) {
      found.push(record as unknown as Expression);
    } else {
      for (const nested of Object.values(record)) expressionsIn(nested, found);
    }
  }
  return found;
}
