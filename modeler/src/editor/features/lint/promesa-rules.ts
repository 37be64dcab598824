import { t } from '../../../i18n/i18n.ts';
import { type TimerKind, timerParses } from './timer-syntax.ts';

/**
 * Promesa's lint rules (bpmnlint's rule shape): what the engine cannot run or will not route.
 * Messages come from the app's catalogue, in the user's language.
 */

interface Node {
  $type: string;
  id: string;
  $parent?: Node;
  get?(name: string): unknown;
  eventDefinitions?: Node[];
  flowElements?: Node[];
  laneSets?: { lanes?: Lane[] }[];
  outgoing?: Node[];
  default?: Node;
  conditionExpression?: { body?: string };
  timeDuration?: { body?: string };
  timeDate?: { body?: string };
  timeCycle?: { body?: string };
}
interface Lane {
  flowNodeRef?: Node[];
  childLaneSet?: { lanes?: Lane[] };
}
interface Reporter {
  report(id: string, message: string): void;
}
type Rule = () => { check(node: Node, reporter: Reporter): void };

function lanesOf(node: Node): Lane[] {
  let process = node.$parent;
  while (process && process.$type !== 'bpmn:Process') process = process.$parent;
  const all: Lane[] = [];
  const walk = (lanes: Lane[] = []) => {
    for (const lane of lanes) {
      all.push(lane);
      walk(lane.childLaneSet?.lanes);
    }
  };
  for (const set of process?.laneSets ?? []) walk(set.lanes);
  return all;
}

/** A user task nobody can see: no assignee, no candidates, in no lane. */
const userTaskPerformer: Rule = () => ({
  check(node, reporter) {
    if (node.$type !== 'bpmn:UserTask') return;
    const attr = (name: string) => String(node.get?.(name) ?? '').trim();
    if (
      attr('camunda:assignee') ||
      attr('camunda:candidateGroups') ||
      attr('camunda:candidateUsers')
    )
      return;
    if (lanesOf(node).some((lane) => lane.flowNodeRef?.includes(node))) return;
    reporter.report(node.id, t('lint.userTaskPerformer'));
  },
});

/** A timer with no definition, or a literal one the engine cannot schedule. */
const timerParsesRule: Rule = () => ({
  check(node, reporter) {
    for (const definition of node.eventDefinitions ?? []) {
      if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
      const kinds: TimerKind[] = ['timeDuration', 'timeDate', 'timeCycle'];
      const set = kinds.filter((kind) => definition[kind] !== undefined);
      if (set.length === 0) {
        reporter.report(node.id, t('lint.timerMissing'));
        continue;
      }
      for (const kind of set) {
        const body = definition[kind]?.body ?? '';
        if (!timerParses(kind, body))
          reporter.report(node.id, t('lint.timerUnparsable', { value: body }));
      }
    }
  },
});

/** Element types the engine refuses to deploy. */
const REFUSED = new Set(['bpmn:ComplexGateway', 'bpmn:Transaction']);
const refusedElement: Rule = () => ({
  check(node, reporter) {
    if (REFUSED.has(node.$type))
      reporter.report(node.id, t('lint.refusedElement', { type: node.$type.replace('bpmn:', '') }));
  },
});

/** A gateway that decides by conditions must say where to go when none holds. */
const gatewayDefault: Rule = () => ({
  check(node, reporter) {
    if (node.$type !== 'bpmn:ExclusiveGateway' && node.$type !== 'bpmn:InclusiveGateway') return;
    const conditional = (node.outgoing ?? []).filter((f) => f.conditionExpression);
    if (conditional.length > 0 && !node.default)
      reporter.report(node.id, t('lint.gatewayWithoutDefault'));
  },
});

/** The rules by name, as the lint config lists them (`promesa/<name>`). */
export const promesaRules: Record<string, Rule> = {
  'user-task-performer': userTaskPerformer,
  'timer-parses': timerParsesRule,
  'refused-element': refusedElement,
  'gateway-default': gatewayDefault,
};
