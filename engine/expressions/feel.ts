/**
 * FEEL (Camunda 8 / Zeebe `=`-prefixed expressions) through feelin. feelin interprets a lezer parse
 * tree and never executes JS from the expression; what we add is a compile step (syntax check, the
 * list of variable names to look up) and conversion of FEEL values to JSON-safe JS values.
 */
import {
  FeelDate,
  FeelDateTime,
  FeelDuration,
  FeelFunction,
  FeelRange,
  FeelTime,
  evaluate,
  parseExpression,
  type Warning,
} from 'feelin';
import { withTimeLimit } from './time-limit.ts';

// lezer's node type, taken from feelin's own signature so we depend on feelin only.
type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** A FEEL syntax error; `position` is 1-based in the full source, `=` included. */
export class FeelSyntaxError extends Error {
  override name = 'FeelSyntaxError';
  constructor(
    readonly detail: string,
    readonly position: number,
    readonly source: string,
  ) {
    super(`${detail} at position ${position} in '${source}'`);
  }
}

/** How long one FEEL evaluation may run unless the engine is configured otherwise. */
export const DEFAULT_FEEL_TIME_LIMIT_MS = 200;

/** A FEEL evaluation failure (feelin threw, or the result has no JSON form). */
export class FeelEvaluationError extends Error {
  override name = 'FeelEvaluationError';
}

export interface CompiledFeel {
  /** The expression without the leading `=`. */
  body: string;
  /** Variables the expression may read; only these are looked up, since lookup has no enumeration. */
  names: string[];
  /**
   * Whether it can run long: loops (`for`, `some`, `every`), filters, function calls and
   * definitions. Only these get the time limit, whose watchdog costs a few hundred µs a call.
   */
  mayLoop: boolean;
}

/** Parse nodes of work that grows with data or input (see `CompiledFeel.mayLoop`). */
const LOOPING = new Set([
  'ForExpression',
  'QuantifiedExpression',
  'FilterExpression',
  'FunctionInvocation',
  'FunctionDefinition',
]);

/**
 * Parses `= ...` and collects its variable names. Throws `FeelSyntaxError` naming the position.
 * @example compileFeel('= amount > 100') // { body: ' amount > 100', names: ['amount'], mayLoop: false }
 */
export function compileFeel(source: string): CompiledFeel {
  const offset = source.indexOf('=') + 1;
  const body = source.slice(offset);
  // Parsed without a context: names with spaces (`order total`) then come out as one VariableName.
  const tree = parseExpression(body, {}, undefined);
  const names = new Set<string>();
  let mayLoop = false;
  let error: FeelSyntaxError | undefined;
  tree.iterate({
    enter(ref) {
      if (error) return false;
      if (ref.type.isError) {
        const { detail, at } = describeError(ref.node, body);
        error = new FeelSyntaxError(`Invalid FEEL: ${detail}`, offset + at + 1, source);
        return false;
      }
      // A callee (`count(...)`) is a builtin, not a variable: looking it up could shadow the builtin.
      const callee = ref.node.parent?.name === 'FunctionInvocation' && !ref.node.prevSibling;
      if (ref.name === 'VariableName' && !callee) names.add(body.slice(ref.from, ref.to));
      if (LOOPING.has(ref.name)) mayLoop = true;
      return undefined;
    },
  });
  if (error) throw error;
  return { body, names: [...names], mayLoop };
}

/** Words a lezer error node the way feelin does: an empty error node blames the token after it. */
function describeError(node: SyntaxNode, body: string): { detail: string; at: number } {
  const where = node.parent?.name ?? 'Expression';
  if (node.from !== node.to)
    return {
      detail: `Unrecognized token '${body.slice(node.from, node.to)}' in ${where}`,
      at: node.from,
    };
  for (let up: SyntaxNode | null = node; up; up = up.parent) {
    const next = up.nextSibling;
    if (next)
      return {
        detail: `Unrecognized token '${body.slice(next.from, next.to)}' in ${where}`,
        at: next.from,
      };
  }
  const unfinished = node.parent?.enterUnfinishedNodesBefore(node.to);
  return {
    detail: `Incomplete ${(unfinished ?? node.parent)?.name ?? 'Expression'}`,
    at: node.from,
  };
}

/**
 * Evaluates a compiled FEEL expression. A missing variable is `null` with a warning, as in Zeebe;
 * the caller decides whether `null` is acceptable and can quote the warnings when it is not.
 */
export function evaluateFeel(
  compiled: CompiledFeel,
  lookup: (name: string) => { found: boolean; value?: unknown },
  /** FEEL can loop (`for i in 1..2000000 ...`): past this it fails instead of holding the server. */
  timeLimitMs = DEFAULT_FEEL_TIME_LIMIT_MS,
): { value: unknown; warnings: string[] } {
  const variables: Record<string, unknown> = {};
  for (const name of compiled.names) {
    const { found, value } = lookup(name);
    if (found) variables[name] = value ?? null;
  }
  let result: { value: unknown; warnings: Warning[] };
  try {
    const run = () => evaluate(compiled.body, variables);
    result = compiled.mayLoop ? withTimeLimit(timeLimitMs, run) : run();
  } catch (cause) {
    throw new FeelEvaluationError(
      `FEEL evaluation failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  return { value: toPlain(result.value), warnings: result.warnings.map(formatWarning) };
}

/** FEEL values → JSON-safe values: temporals become ISO 8601 strings, ranges plain objects. */
export function toPlain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof FeelDateTime) {
    // A named zone (`@Europe/Paris`) is not ISO 8601; keep the instant as an offset instead.
    if (value.zone?.includes('/'))
      return value.unwrap().toZonedDateTime(value.zone).toString({ timeZoneName: 'never' });
    return value.iso;
  }
  if (value instanceof FeelDate || value instanceof FeelTime || value instanceof FeelDuration)
    return value.iso;
  if (value instanceof FeelRange) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      startIncluded: value['start included'],
      endIncluded: value['end included'],
    };
  }
  if (value instanceof FeelFunction || typeof value === 'function')
    throw new FeelEvaluationError('A FEEL function cannot be used as a value');
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** Warning text with value placeholders replaced by FEEL type names: stored errors carry no values. */
function formatWarning(warning: Warning): string {
  const { template, values } = warning.details;
  return `[${warning.type}] ${template.replace(/\{(\w+)\}/g, (_, key: string) => feelType(values[key]))}`;
}

function feelType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof FeelDateTime) return 'date and time';
  if (value instanceof FeelDate) return 'date';
  if (value instanceof FeelTime) return 'time';
  if (value instanceof FeelDuration) return 'duration';
  if (value instanceof FeelRange) return 'range';
  if (value instanceof FeelFunction) return 'function';
  return typeof value === 'object' ? 'context' : typeof value;
}
