import { kebabCase } from '../elements/tasks/user-task.ts';
import type { ExecutableGraph, FlowNode, TextOrExpression } from '../model/graph.ts';
import type { DefinitionRecord } from '../ports/store.ts';

/** The property naming where the customer meets the company (comma-separated touchpoints). */
export const TOUCHPOINT_PROPERTY = 'touchpoint';
/** The property naming the customer life-cycle stage an element belongs to. */
export const STAGE_PROPERTY = 'lifecycleStage';

/** An element where the customer meets the company. */
export interface TouchpointElement {
  elementId: string;
  name: string | null;
  /** Its own `lifecycleStage`, else the one of the process's start event; null when neither. */
  stage: string | null;
  touchpoints: string[];
}

/** A human task and who it is offered to, as far as the diagram says. */
export interface HumanTaskOutline {
  elementId: string;
  name: string | null;
  lane: string | null;
  /** Literal candidate groups, else the lane's group ("Back office" → `back-office`). */
  groups: string[];
  /** Literal candidate users and assignee. */
  users: string[];
  /** An expression names some of its people: they are known only when it runs. */
  decidedAtRunTime: boolean;
}

/**
 * What the touchpoint catalogue and the inventory read of a deployed version: where it meets
 * the customer, where it carries a promise, who works its human tasks, which topics its
 * system steps wait on.
 */
export interface DefinitionOutline {
  definitionId: string;
  processId: string;
  version: number;
  name: string | null;
  touchpoints: TouchpointElement[];
  /** Activities that carry an SLA: a user task's due date, or a timer boundary event. */
  promises: string[];
  humanTasks: HumanTaskOutline[];
  /** External-task topics written literally; a topic chosen by an expression is left out. */
  topics: { elementId: string; name: string | null; topic: string }[];
}

const literal = (value: TextOrExpression) => ('literal' in value ? value.literal : undefined);
const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Outlines one compiled version (see `DefinitionOutline`). */
export function outlineDefinition(
  record: DefinitionRecord,
  graph: ExecutableGraph,
): DefinitionOutline {
  const nodes = Object.values(graph.nodes);
  const processStage = graph.scopes[graph.processId]?.nodeIds
    .map((id) => graph.nodes[id]!)
    .find((node) => node.kind === 'startEvent' && node.properties[STAGE_PROPERTY])?.properties[
    STAGE_PROPERTY
  ];
  const hasTimerBoundary = (node: FlowNode) =>
    node.boundaryEventIds.some((id) =>
      graph.nodes[id]?.eventDefinitions.some((d) => d.kind === 'timer'),
    );
  return {
    definitionId: record.id,
    processId: record.processId,
    version: record.version,
    name: graph.name ?? record.name ?? null,
    touchpoints: nodes
      .filter((node) => list(node.properties[TOUCHPOINT_PROPERTY]).length > 0)
      .map((node) => ({
        elementId: node.id,
        name: node.name ?? null,
        stage: node.properties[STAGE_PROPERTY] ?? processStage ?? null,
        touchpoints: list(node.properties[TOUCHPOINT_PROPERTY]),
      })),
    promises: nodes
      .filter((node) => node.userTask?.dueDate !== undefined || hasTimerBoundary(node))
      .map((node) => node.id),
    humanTasks: nodes.filter((node) => node.kind === 'userTask').map(humanTask),
    topics: nodes.flatMap((node) => {
      const topic = node.service?.kind === 'external' ? literal(node.service.topic) : undefined;
      return topic ? [{ elementId: node.id, name: node.name ?? null, topic }] : [];
    }),
  };
}

function humanTask(node: FlowNode): HumanTaskOutline {
  const spec = node.userTask ?? { candidateGroups: [], candidateUsers: [] };
  const named = [...spec.candidateGroups, ...spec.candidateUsers];
  if (spec.assignee) named.push(spec.assignee);
  const groups = spec.candidateGroups.flatMap((g) => list(literal(g)));
  const users = [...spec.candidateUsers, ...(spec.assignee ? [spec.assignee] : [])].flatMap((u) =>
    list(literal(u)),
  );
  // A task that names no group is offered to its lane's group, as the engine does when it runs.
  if (spec.candidateGroups.length === 0 && node.lane) groups.push(kebabCase(node.lane));
  return {
    elementId: node.id,
    name: node.name ?? null,
    lane: node.lane ?? null,
    groups,
    users,
    decidedAtRunTime: named.some((value) => literal(value) === undefined),
  };
}
