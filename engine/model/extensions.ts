import type { IoMapping, TextOrExpression } from './graph.ts';
import { scriptLanguage, textOrExpression, type CompileContext } from './expression-text.ts';
import { child, children, extensions, flag, text, type ModdleElement } from './moddle.ts';

/**
 * Camunda 7 and Zeebe extension elements every flow node may carry: properties, input/output
 * mappings and async continuations. Task-specific extensions live beside their task specs.
 */

/** `camunda:properties` and `zeebe:properties` as one name → value record; later entries win. */
export function readProperties(element: ModdleElement): Record<string, string> {
  const properties: Record<string, string> = {};
  const entries = [
    ...extensions(element, 'camunda:Properties').flatMap((p) => children(p, 'values')),
    ...extensions(element, 'zeebe:Properties').flatMap((p) => children(p, 'properties')),
  ];
  for (const entry of entries) {
    const name = text(entry, 'name');
    if (name !== undefined) properties[name] = text(entry, 'value') ?? '';
  }
  return properties;
}

/** `camunda:asyncBefore` (or the legacy `camunda:async`) and `camunda:asyncAfter`. */
export function readAsync(element: ModdleElement): { asyncBefore?: boolean; asyncAfter?: boolean } {
  const asyncBefore = flag(element, 'camunda:asyncBefore') || flag(element, 'camunda:async');
  const asyncAfter = flag(element, 'camunda:asyncAfter');
  return { ...(asyncBefore && { asyncBefore }), ...(asyncAfter && { asyncAfter }) };
}

/** `camunda:inputOutput` and `zeebe:ioMapping`, or undefined when the element has neither. */
export function readIoMapping(element: ModdleElement, ctx: CompileContext): IoMapping | undefined {
  const io: IoMapping = { inputs: [], outputs: [] };
  const elementId = element.id ?? element.$type;
  for (const mapping of extensions(element, 'camunda:InputOutput')) {
    for (const p of children(mapping, 'inputParameters')) pushCamunda(io.inputs, p, elementId, ctx);
    for (const p of children(mapping, 'outputParameters'))
      pushCamunda(io.outputs, p, elementId, ctx);
  }
  for (const mapping of extensions(element, 'zeebe:IoMapping')) {
    for (const p of children(mapping, 'inputParameters')) pushZeebe(io.inputs, p);
    for (const p of children(mapping, 'outputParameters')) pushZeebe(io.outputs, p);
  }
  return io.inputs.length || io.outputs.length ? io : undefined;
}

type Entry = IoMapping['inputs'][number];

function pushZeebe(into: Entry[], parameter: ModdleElement): void {
  const target = text(parameter, 'target');
  if (target !== undefined)
    into.push({ target, value: textOrExpression(text(parameter, 'source') ?? '') });
}

function pushCamunda(
  into: Entry[],
  parameter: ModdleElement,
  elementId: string,
  ctx: CompileContext,
): void {
  const target = text(parameter, 'name');
  if (target === undefined) return;
  const definition = child(parameter, 'definition');
  const value = definition
    ? definitionValue(definition, target, elementId, ctx)
    : textOrExpression(text(parameter, 'value')?.trim() ?? '');
  if (value) into.push({ target, value });
}

/**
 * A `camunda:list`, `camunda:map` or `camunda:script` parameter. Lists and maps of literals
 * become one FEEL literal, so the graph keeps a single value type; anything richer is refused
 * rather than silently dropped.
 */
function definitionValue(
  definition: ModdleElement,
  target: string,
  elementId: string,
  ctx: CompileContext,
): TextOrExpression | undefined {
  if (definition.$type === 'camunda:Script') {
    const source = text(definition, 'value')?.trim();
    const format = scriptLanguage(text(definition, 'scriptFormat') ?? '');
    if (format === 'feel' && source)
      return textOrExpression(source.startsWith('=') ? source : `=${source}`);
    if (format === 'javascript' && !ctx.allowJavaScript) {
      ctx.problems.error(
        'javascript-disabled',
        `The input/output '${target}' of '${elementId}' is a JavaScript script, which is disabled`,
        elementId,
      );
    } else {
      ctx.problems.error(
        'unsupported-io-mapping',
        `The input/output '${target}' of '${elementId}' is a script Promesa cannot run as a mapping`,
        elementId,
      );
    }
    return undefined;
  }
  const literal = feelLiteral(definition);
  if (literal !== undefined) return textOrExpression(`=${literal}`);
  ctx.problems.error(
    'unsupported-io-mapping',
    `The input/output '${target}' of '${elementId}' mixes expressions into a list or map, which Promesa does not support`,
    elementId,
  );
  return undefined;
}

/** A FEEL literal for a list/map/value tree of plain texts, or undefined when it holds an expression. */
function feelLiteral(definition: ModdleElement): string | undefined {
  if (definition.$type === 'camunda:List') {
    const items = children(definition, 'items').map(feelLiteral);
    return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (definition.$type === 'camunda:Map') {
    const entries = children(definition, 'entries').map((entry) => {
      const nested = child(entry, 'definition');
      const value = nested ? feelLiteral(nested) : stringLiteral(text(entry, 'value') ?? '');
      return value === undefined
        ? undefined
        : `${JSON.stringify(text(entry, 'key') ?? '')}: ${value}`;
    });
    return entries.every((e) => e !== undefined) ? `{${entries.join(', ')}}` : undefined;
  }
  if (definition.$type === 'camunda:Value') return stringLiteral(text(definition, 'value') ?? '');
  return undefined;
}

function stringLiteral(raw: string): string | undefined {
  const value = textOrExpression(raw);
  return 'literal' in value ? JSON.stringify(value.literal) : undefined;
}
