import { BpmnModdle, type ModdleParseWarning } from 'bpmn-moddle';
import camundaPackage from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import zeebePackage from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { ModelError } from '../errors.ts';
import type { ProblemCollector } from './problems.ts';

/**
 * The bpmn-moddle side of loading: one shared parser with the Camunda 7 and Zeebe extensions,
 * its warnings turned into problems, and small typed accessors for the untyped element tree.
 */

/** A node of the moddle tree, typed only as far as the loader reads it. */
export interface ModdleElement {
  readonly $type: string;
  readonly id?: string;
  readonly $parent?: ModdleElement;
  get(name: string): unknown;
}

/** Raw ids of references moddle could not resolve, per element and property (`bpmn:errorRef`). */
export type UnresolvedReferences = Map<ModdleElement, Map<string, string>>;

export interface ParsedDefinitions {
  definitions: ModdleElement;
  unresolved: UnresolvedReferences;
}

// Both extensions declare `modelerTemplate` on bpmn:FlowElement, which moddle refuses as a
// clash; the engine never reads it, so Zeebe's copy is left out.
const zeebe = {
  ...zeebePackage,
  types: zeebePackage.types.filter((t) => t.name !== 'TemplateSupported'),
};
// Camunda 7 still accepts the Activiti namespace its schema grew from; read it as `camunda:`.
const moddle = new BpmnModdle(
  { camunda: camundaPackage, zeebe },
  { nsMap: { 'http://activiti.org/bpmn': 'camunda' } },
);

const POSITION = /line: (\d+)\s+column: (\d+)/;
/** saxen reports attribute syntax errors as warnings and keeps going; they are still malformed XML. */
const ATTRIBUTE_SYNTAX = /attribute|quotes|non-whitespace outside of root node|illegal/;

/**
 * Parses BPMN XML with bpmn-moddle. Parser warnings go into `problems`; XML syntax errors and
 * documents that are not `bpmn:definitions` throw a `ModelError` (`malformed-xml`, `not-bpmn`).
 */
export async function parseBpmn(
  xml: string,
  problems: ProblemCollector,
): Promise<ParsedDefinitions> {
  let result: Awaited<ReturnType<typeof moddle.fromXML>>;
  try {
    result = await moddle.fromXML(xml);
  } catch (error) {
    throw parseFailure(error);
  }
  const unresolved: UnresolvedReferences = new Map();
  for (const warning of result.warnings) reportWarning(warning, problems, unresolved);
  // Attribute syntax errors do not stop saxen, but the document is still not well-formed XML.
  const malformed = problems.errors.filter((p) => p.code === 'malformed-xml');
  const first = malformed[0];
  if (first)
    throw new ModelError('malformed-xml', first.message, {
      line: first.line,
      column: first.column,
      problems: malformed,
    });
  return { definitions: result.rootElement as ModdleElement, unresolved };
}

function parseFailure(error: unknown): ModelError {
  const message = error instanceof Error ? error.message : String(error);
  const nested = /nested error: (.*)/.exec(message)?.[1];
  const position = POSITION.exec(message);
  if (nested && position) {
    const line = Number(position[1]) + 1;
    const column = Number(position[2]) + 1;
    const text = `Malformed XML: ${nested} (line ${line}, column ${column})`;
    const problem = {
      severity: 'error' as const,
      code: 'malformed-xml',
      message: text,
      line,
      column,
    };
    return new ModelError('malformed-xml', text, {
      line,
      column,
      problems: [problem],
      cause: error,
    });
  }
  const text = 'The document is not BPMN 2.0: its root element must be bpmn:definitions';
  return new ModelError('not-bpmn', text, {
    problems: [{ severity: 'error', code: 'not-bpmn', message: text }],
    cause: error,
  });
}

function reportWarning(
  warning: ModdleParseWarning,
  problems: ProblemCollector,
  unresolved: UnresolvedReferences,
): void {
  const element = warning.element as ModdleElement | undefined;
  if (element && warning.property && warning.value !== undefined) {
    const refs = unresolved.get(element) ?? new Map<string, string>();
    refs.set(warning.property.replace(/^bpmn:/, ''), warning.value);
    unresolved.set(element, refs);
    // A sequence flow to nowhere is an error (missing-flow-target), reported by validation.
    if (element.$type === 'bpmn:SequenceFlow' && /^bpmn:(source|target)Ref$/.test(warning.property))
      return;
    // Camunda reads loopDataInputRef as the name of a collection variable, not as a reference.
    if (warning.property === 'bpmn:loopDataInputRef') return;
    const owner = element.id ?? element.$type;
    problems.warn(
      'unresolved-reference',
      `'${owner}' refers to '${warning.value}', which does not exist`,
      element.id,
    );
    return;
  }
  const nested = /nested error: (.*)/.exec(warning.message)?.[1] ?? warning.message;
  const position = POSITION.exec(warning.message);
  // saxen counts lines and columns from 0.
  const at = position
    ? { line: Number(position[1]) + 1, column: Number(position[2]) + 1 }
    : undefined;
  const duplicate = /^duplicate ID <(.*)>$/.exec(nested);
  const illegal = /^illegal ID <(.*)>$/.exec(nested);
  // moddle drops the element in both cases, so running on would run a different process.
  if (duplicate) {
    problems.error(
      'duplicate-id',
      `The id '${duplicate[1]}' is used by more than one element`,
      duplicate[1],
      at,
    );
  } else if (illegal) {
    problems.error(
      'invalid-id',
      `The id '${illegal[1]}' is not a valid XML name (start with a letter or _; use letters, digits, - . _)`,
      illegal[1],
      at,
    );
  } else if (nested.startsWith('unrecognized element')) {
    problems.warn('unknown-element', `Ignored ${nested}`, undefined, at);
  } else if (at && ATTRIBUTE_SYNTAX.test(nested)) {
    problems.error(
      'malformed-xml',
      `Malformed XML: ${nested} (line ${at.line}, column ${at.column})`,
      undefined,
      at,
    );
  } else {
    problems.warn('parser-warning', nested, undefined, at);
  }
}

/** A string attribute, or undefined when absent or blank. */
export function text(element: ModdleElement | undefined, name: string): string | undefined {
  const value = element?.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A boolean attribute, or undefined when absent. */
export function flag(element: ModdleElement | undefined, name: string): boolean | undefined {
  const value = element?.get(name);
  return typeof value === 'boolean' ? value : undefined;
}

/** A single child element or reference. */
export function child(element: ModdleElement | undefined, name: string): ModdleElement | undefined {
  const value = element?.get(name);
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as ModdleElement)
    : undefined;
}

/** A many-valued child or reference list (empty when absent). */
export function children(element: ModdleElement | undefined, name: string): ModdleElement[] {
  const value = element?.get(name);
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

/** Extension elements of one type, e.g. `camunda:InputOutput`. */
export function extensions(element: ModdleElement | undefined, type: string): ModdleElement[] {
  return children(child(element, 'extensionElements'), 'values').filter(
    (value) => value.$type === type,
  );
}

/** The trimmed body of a `bpmn:FormalExpression` or other text element, or undefined when empty. */
export function body(element: ModdleElement | undefined): string | undefined {
  const value = element?.get('body');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The id a reference points to, also when moddle could not resolve it. */
export function refId(
  element: ModdleElement,
  name: string,
  unresolved: UnresolvedReferences,
): string | undefined {
  return child(element, name)?.id ?? unresolved.get(element)?.get(name);
}
