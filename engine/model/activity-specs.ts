import type { CallActivitySpec, MultiInstanceSpec, VariableMapping } from './graph.ts';
import { expressionOf, textOrExpression, type CompileContext } from './expression-text.ts';
import { body, child, extensions, flag, refId, text, type ModdleElement } from './moddle.ts';

/**
 * What an activity does around its own work: calling another process, or running several
 * times (multi-instance). Camunda 7 attributes and Zeebe extension elements both map here.
 */

/**
 * The process a call activity starts and the variables that cross over. Without `camunda:in`
 * or `camunda:out` nothing is copied (Camunda 7); Zeebe copies everything unless told not to.
 */
export function callActivitySpec(
  activity: ModdleElement,
  ctx: CompileContext,
): CallActivitySpec | undefined {
  const id = activity.id ?? activity.$type;
  if (text(activity, 'camunda:caseRef') !== undefined) {
    ctx.problems.error(
      'unsupported-element',
      `Call activity '${id}' calls a CMMN case, which Promesa does not support`,
      id,
    );
    return undefined;
  }
  const zeebe = extensions(activity, 'zeebe:CalledElement')[0];
  const called =
    text(activity, 'calledElement') ??
    text(zeebe, 'processId') ??
    text(zeebe, 'processIdExpression');
  if (called === undefined) {
    ctx.problems.error(
      'missing-called-element',
      `Call activity '${id}' does not name the process it calls (calledElement)`,
      id,
    );
    return undefined;
  }
  const binding = calledElementBinding(activity, zeebe, id, ctx);
  if (!binding) return undefined;
  const spec: CallActivitySpec = {
    calledElement: textOrExpression(called.trim()),
    ...binding,
    inputAll: zeebe ? (flag(zeebe, 'propagateAllParentVariables') ?? true) : false,
    outputAll: zeebe ? (flag(zeebe, 'propagateAllChildVariables') ?? true) : false,
    inputs: [],
    outputs: [],
  };
  for (const binding of extensions(activity, 'camunda:In')) {
    const businessKey = text(binding, 'businessKey');
    if (businessKey !== undefined) spec.businessKey = textOrExpression(businessKey.trim());
    if (text(binding, 'variables') === 'all') spec.inputAll = true;
    pushMapping(spec.inputs, binding, id, ctx);
  }
  for (const binding of extensions(activity, 'camunda:Out')) {
    if (text(binding, 'variables') === 'all') spec.outputAll = true;
    pushMapping(spec.outputs, binding, id, ctx);
  }
  return spec;
}

/**
 * `camunda:calledElementBinding` (Zeebe: `bindingType`). Version tags are refused rather than
 * read as "latest": Promesa does not record `camunda:versionTag`, and a silently different
 * version would be worse than a refused deployment.
 */
function calledElementBinding(
  activity: ModdleElement,
  zeebe: ModdleElement | undefined,
  id: string,
  ctx: CompileContext,
): Pick<CallActivitySpec, 'binding' | 'version'> | undefined {
  const binding = (
    text(activity, 'camunda:calledElementBinding') ??
    text(zeebe, 'bindingType') ??
    'latest'
  ).trim();
  if (binding === 'latest' || binding === 'deployment') return { binding };
  if (binding === 'version') {
    const version = text(activity, 'camunda:calledElementVersion');
    if (version === undefined || version.trim() === '') {
      ctx.problems.error(
        'missing-called-element-version',
        `Call activity '${id}' binds to a version but names none (camunda:calledElementVersion)`,
        id,
      );
      return undefined;
    }
    return { binding, version: textOrExpression(version.trim()) };
  }
  const what =
    binding === 'versionTag'
      ? 'a version tag, which Promesa does not record'
      : `'${binding}', which is not a binding (latest, deployment or version)`;
  ctx.problems.error(
    'unsupported-called-element-binding',
    `Call activity '${id}' binds its called process by ${what}`,
    id,
  );
  return undefined;
}

function pushMapping(
  into: VariableMapping[],
  binding: ModdleElement,
  id: string,
  ctx: CompileContext,
): void {
  const source = text(binding, 'source');
  const sourceExpression = text(binding, 'sourceExpression');
  const target = text(binding, 'target') ?? source;
  if (target === undefined) return;
  if (sourceExpression !== undefined) {
    const expression = expressionOf(sourceExpression, 'The sourceExpression', id, ctx);
    if (expression) into.push({ target, expression });
  } else if (source !== undefined) {
    into.push({ target, source });
  }
}

/**
 * The multi-instance characteristics of an activity, or undefined when it runs once.
 * Standard loops (`standardLoopCharacteristics`) are refused: Promesa does not run them.
 */
export function multiInstanceSpec(
  activity: ModdleElement,
  ctx: CompileContext,
): MultiInstanceSpec | undefined {
  const id = activity.id ?? activity.$type;
  const loop = child(activity, 'loopCharacteristics');
  if (!loop) return undefined;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    ctx.problems.error(
      'unsupported-element',
      `'${id}' has a standard loop, which Promesa does not support; use multi-instance`,
      id,
    );
    return undefined;
  }
  const spec: MultiInstanceSpec = { isSequential: flag(loop, 'isSequential') ?? false };
  const cardinality = body(child(loop, 'loopCardinality'));
  if (cardinality !== undefined) spec.loopCardinality = textOrExpression(cardinality);
  const collection = text(loop, 'camunda:collection');
  if (collection !== undefined) spec.collection = textOrExpression(collection.trim());
  // The BPMN-standard form Camunda also reads: loopDataInputRef names the collection variable.
  const dataInput = refId(loop, 'loopDataInputRef', ctx.unresolved);
  if (collection === undefined && dataInput !== undefined) spec.collection = { literal: dataInput };
  const elementVariable =
    text(loop, 'camunda:elementVariable') ?? text(child(loop, 'inputDataItem'), 'name');
  if (elementVariable !== undefined) spec.elementVariable = elementVariable;
  const completion = body(child(loop, 'completionCondition'));
  if (completion !== undefined) {
    const expression = expressionOf(completion, 'The completionCondition', id, ctx);
    if (expression) spec.completionCondition = expression;
  }
  for (const zeebe of extensions(loop, 'zeebe:LoopCharacteristics')) {
    const input = text(zeebe, 'inputCollection');
    if (input !== undefined) spec.collection = textOrExpression(input.trim());
    const element = text(zeebe, 'inputElement') ?? spec.elementVariable;
    if (element !== undefined) spec.elementVariable = element;
    const outputCollection = text(zeebe, 'outputCollection');
    if (outputCollection !== undefined) spec.outputCollection = outputCollection;
    const outputElement = text(zeebe, 'outputElement');
    if (outputElement !== undefined) spec.outputElement = textOrExpression(outputElement.trim());
  }
  if (!spec.loopCardinality && !spec.collection) {
    ctx.problems.error(
      'invalid-multi-instance',
      `Multi-instance '${id}' needs a loopCardinality or a collection`,
      id,
    );
    return undefined;
  }
  if (
    spec.loopCardinality &&
    'literal' in spec.loopCardinality &&
    !/^\d+$/.test(spec.loopCardinality.literal)
  ) {
    ctx.problems.error(
      'invalid-multi-instance',
      `The loopCardinality of '${id}' must be a whole number or an expression, found '${cardinality}'`,
      id,
    );
  }
  return spec;
}
