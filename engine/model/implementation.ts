import type { ScriptSpec, ServiceSpec } from './graph.ts';
import {
  expressionOf,
  scriptLanguage,
  textOrExpression,
  type CompileContext,
} from './expression-text.ts';
import { extensions, text, type ModdleElement } from './moddle.ts';

/**
 * How a task gets its work done: an external worker, an expression, or a script. Java
 * delegates, connectors and DMN decisions cannot run in Promesa and are refused by name.
 */

/**
 * The implementation of a service, send or business-rule task, or of a message throw event
 * (`definition` then holds the Camunda attributes). With `required`, a task without any
 * implementation gets a `no-implementation` warning and waits for a worker on its own id.
 */
export function serviceSpec(
  element: ModdleElement,
  ctx: CompileContext,
  options: { required: boolean; definition?: ModdleElement },
): ServiceSpec | undefined {
  const id = element.id ?? element.$type;
  const holder = options.definition ?? element;
  const javaClass = text(holder, 'camunda:class');
  if (javaClass !== undefined) {
    ctx.problems.error(
      'unsupported-java-delegate',
      `'${id}' calls the Java class '${javaClass}'; Promesa cannot run Java delegates, use camunda:type="external" or an expression`,
      id,
    );
    return undefined;
  }
  if (extensions(element, 'camunda:Connector').length > 0) {
    ctx.problems.error(
      'unsupported-connector',
      `'${id}' uses a Camunda connector, which Promesa does not run; use an external task`,
      id,
    );
    return undefined;
  }
  if (
    text(holder, 'camunda:decisionRef') !== undefined ||
    extensions(element, 'zeebe:CalledDecision').length > 0
  ) {
    ctx.problems.error(
      'unsupported-decision',
      `'${id}' evaluates a DMN decision, which Promesa does not support`,
      id,
    );
    return undefined;
  }

  const type = text(holder, 'camunda:type');
  if (type !== undefined) {
    const topic = text(holder, 'camunda:topic');
    if (type !== 'external') {
      ctx.problems.error(
        'unsupported-service-type',
        `'${id}' has camunda:type="${type}"; only "external" is supported`,
        id,
      );
    } else if (topic === undefined) {
      ctx.problems.error('missing-topic', `External task '${id}' needs a camunda:topic`, id);
    } else {
      return { kind: 'external', topic: textOrExpression(topic.trim()) };
    }
    return undefined;
  }

  const resultVariable = text(holder, 'camunda:resultVariable');
  const source = text(holder, 'camunda:expression') ?? text(holder, 'camunda:delegateExpression');
  if (source !== undefined) {
    const expression = expressionOf(source, 'The expression', id, ctx);
    if (!expression) return undefined;
    return {
      kind: 'expression',
      expression,
      ...(resultVariable !== undefined && { resultVariable }),
    };
  }

  for (const definition of extensions(element, 'zeebe:TaskDefinition')) {
    const topic = text(definition, 'type');
    if (topic === undefined) {
      ctx.problems.error('missing-topic', `The zeebe:taskDefinition of '${id}' needs a type`, id);
      return undefined;
    }
    const retries = Number.parseInt(text(definition, 'retries') ?? '', 10);
    return {
      kind: 'external',
      topic: textOrExpression(topic.trim()),
      ...(Number.isFinite(retries) && { retries }),
    };
  }

  if (!options.required) return undefined;
  ctx.problems.warn(
    'no-implementation',
    `'${id}' has no implementation; it waits for an external worker on topic '${id}'`,
    id,
  );
  return { kind: 'external', topic: { literal: id } };
}

/**
 * The script of a script task: FEEL always, JavaScript only when the loader allows it.
 * Zeebe's `zeebe:script` is FEEL. The FEEL text is kept without its leading `=`.
 */
export function scriptSpec(task: ModdleElement, ctx: CompileContext): ScriptSpec | undefined {
  const id = task.id ?? task.$type;
  for (const zeebe of extensions(task, 'zeebe:Script')) {
    const expression = text(zeebe, 'expression')?.trim();
    if (expression === undefined) break;
    const resultVariable = text(zeebe, 'resultVariable');
    return {
      format: 'feel',
      script: expression.replace(/^=/, ''),
      ...(resultVariable !== undefined && { resultVariable }),
    };
  }
  if (text(task, 'camunda:resource') !== undefined) {
    ctx.problems.error(
      'unsupported-script-format',
      `Script task '${id}' loads its script from a resource, which Promesa does not support`,
      id,
    );
    return undefined;
  }
  const format = text(task, 'scriptFormat');
  const script = text(task, 'script')?.trim();
  const language = format === undefined ? undefined : scriptLanguage(format);
  if (language === undefined) {
    ctx.problems.error(
      'unsupported-script-format',
      format === undefined
        ? `Script task '${id}' has no scriptFormat`
        : `Script task '${id}' is written in '${format}'; Promesa runs FEEL scripts (and JavaScript when enabled)`,
      id,
    );
    return undefined;
  }
  if (language === 'javascript' && !ctx.allowJavaScript) {
    ctx.problems.error(
      'javascript-disabled',
      `Script task '${id}' is JavaScript, which is disabled; use scriptFormat="feel" or enable JavaScript`,
      id,
    );
    return undefined;
  }
  if (script === undefined) {
    ctx.problems.error('missing-script', `Script task '${id}' has an empty script`, id);
    return undefined;
  }
  const resultVariable = text(task, 'camunda:resultVariable');
  return { format: language, script, ...(resultVariable !== undefined && { resultVariable }) };
}
