import { compileExpression, toTextOrExpression } from '../expressions/evaluate.ts';
import type { Expression, ScriptSpec, TextOrExpression } from './graph.ts';
import { body, text, type ModdleElement, type UnresolvedReferences } from './moddle.ts';
import type { ProblemCollector } from './problems.ts';

/**
 * Turning diagram text into expressions: attribute values, conditions and script languages.
 * Syntax is checked later, in one place (validate.ts); here we only decide what a text is.
 */

/** What the compile steps share for one file. */
export interface CompileContext {
  problems: ProblemCollector;
  allowJavaScript: boolean;
  unresolved: UnresolvedReferences;
  lines: ReadonlyMap<string, number>;
  /** Ids of elements refused as unsupported, so flows to them are not reported a second time. */
  refused: Set<string>;
  /** Root elements (messages, signals, errors) by id, for references written as QNames (`tns:invoice`). */
  rootElements?: ReadonlyMap<string, ModdleElement>;
}

/** `=`-prefixed (FEEL) or holding `${`/`#{` (JUEL). Anything else is a literal. */
export function isExpressionText(raw: string): boolean {
  return raw.trimStart().startsWith('=') || raw.includes('${') || raw.includes('#{');
}

/** An attribute that may be a literal or an expression (`camunda:assignee`, `camunda:topic`). */
export function textOrExpression(raw: string): TextOrExpression {
  // compileExpression may refuse a source outright; keep the text so validation reports it.
  try {
    return toTextOrExpression(raw);
  } catch {
    return { expression: unchecked(raw) };
  }
}

/**
 * An attribute that must be an expression (`camunda:expression`, a completion condition).
 * A plain text is reported as `invalid-expression` on `elementId`.
 */
export function expressionOf(
  raw: string,
  what: string,
  elementId: string,
  ctx: CompileContext,
): Expression | undefined {
  if (!isExpressionText(raw)) {
    ctx.problems.error(
      'invalid-expression',
      `${what} of '${elementId}' must be an expression (\${...} or =...), found '${raw}'`,
      elementId,
    );
    return undefined;
  }
  try {
    return compileExpression(raw.trim());
  } catch {
    return unchecked(raw.trim());
  }
}

/** A source the expression module refused to compile: kept so that checkExpression names the error. */
function unchecked(raw: string): Expression {
  return { language: raw.trimStart().startsWith('=') ? 'feel' : 'juel', source: raw.trim() };
}

/** The script language of a `scriptFormat` or expression `language`, or undefined when unsupported. */
export function scriptLanguage(format: string): ScriptSpec['format'] | undefined {
  const name = format
    .trim()
    .toLowerCase()
    .replace(/^(application|text)\//, '');
  if (['javascript', 'js', 'ecmascript'].includes(name)) return 'javascript';
  if (name === 'feel' || /\/feel\/?$/.test(name)) return 'feel';
  return undefined;
}

/**
 * JUEL is Camunda 7's default expression language. XPath is the BPMN default `language` many
 * modelers write without meaning it, so a `${...}` body under it is still read as JUEL.
 */
const JUEL_LANGUAGES = /^(juel|uel|expression|http:\/\/www\.w3\.org\/1999\/xpath)?$/i;

export type Condition = { condition: Expression } | { script: ScriptSpec } | undefined;

/**
 * A `bpmn:FormalExpression` used as a condition (sequence flow, conditional event). Its
 * `language` picks JUEL (default), FEEL, or a JavaScript script (only with `allowJavaScript`).
 * A body that is neither `${...}` nor `=...` is an `invalid-condition`.
 */
export function conditionOf(
  expression: ModdleElement | undefined,
  elementId: string,
  ctx: CompileContext,
): Condition {
  if (!expression) return undefined;
  const source = body(expression);
  const language = text(expression, 'language')?.trim() ?? '';
  if (text(expression, 'camunda:resource')) {
    ctx.problems.error(
      'unsupported-expression-language',
      `The condition of '${elementId}' loads an external resource, which Promesa does not run`,
      elementId,
    );
    return undefined;
  }
  if (!source) {
    ctx.problems.error('invalid-condition', `The condition of '${elementId}' is empty`, elementId);
    return undefined;
  }
  const scripted = language ? scriptLanguage(language) : undefined;
  if (scripted === 'javascript') {
    if (ctx.allowJavaScript) return { script: { format: 'javascript', script: source } };
    ctx.problems.error(
      'javascript-disabled',
      `The condition of '${elementId}' is JavaScript, which is disabled`,
      elementId,
    );
    return undefined;
  }
  if (scripted === 'feel') {
    // With language FEEL the body is plain FEEL; the graph marks FEEL with a leading `=`.
    const feel = source.startsWith('=') ? source : `=${source}`;
    return { condition: expressionOf(feel, 'The condition', elementId, ctx) ?? unchecked(feel) };
  }
  if (!JUEL_LANGUAGES.test(language)) {
    ctx.problems.error(
      'unsupported-expression-language',
      `The condition of '${elementId}' is in language '${language}', which Promesa does not support`,
      elementId,
    );
    return undefined;
  }
  if (!isExpressionText(source)) {
    ctx.problems.error(
      'invalid-condition',
      `The condition of '${elementId}' must be an expression (\${...} or =...), found '${source}'`,
      elementId,
    );
    return undefined;
  }
  return { condition: expressionOf(source, 'The condition', elementId, ctx) ?? unchecked(source) };
}
