/**
 * The one entry point for expressions: compile at load time (so a bad diagram is refused at
 * deployment), evaluate at run time (so a failure becomes an incident on the element).
 * JUEL is Camunda 7's `${...}` / `#{...}`; FEEL is Camunda 8's `= ...`.
 */
import { IncidentError, ModelError } from '../errors.ts';
import type { Expression, TextOrExpression } from '../model/graph.ts';
import { FeelSyntaxError, compileFeel, evaluateFeel, type CompiledFeel } from './feel.ts';
import { JuelSyntaxError, compileJuel, evaluateJuel, type JuelTemplate } from './juel.ts';

/** What an expression can see: variables through `lookup`, plus the execution facts JUEL exposes. */
export interface ExpressionContext {
  /** Resolves a variable through the scope chain; `found: false` when no scope has it. */
  lookup(name: string): { found: boolean; value?: unknown };
  /** Resolves in the current scope only (`execution.getVariableLocal`); falls back to `lookup`. */
  lookupLocal?(name: string): { found: boolean; value?: unknown };
  instanceId?: string;
  businessKey?: string | null;
  /** The element evaluating the expression; named as `elementId` on incidents. */
  activityId?: string;
  /**
   * `slaPolicy(...)` in JUEL: the target of the SLA policy its arguments name, from the
   * policies the instance started with; absent where no instance runs the expression.
   */
  slaPolicy?(args: unknown[]): unknown;
  /** How long a FEEL expression may run before it fails (its default otherwise). */
  timeLimitMs?: number;
}

type Compiled = { language: 'juel'; juel: JuelTemplate } | { language: 'feel'; feel: CompiledFeel };

// Sources come from deployed diagrams, so the set is bounded in practice; the cap guards the rest.
const CACHE_LIMIT = 5000;
const cache = new Map<string, Compiled>();

/** Whether a text is an expression rather than a literal: `=`-prefixed FEEL, or containing `${`/`#{`. */
export function isExpression(raw: string): boolean {
  const text = raw.trim();
  return text.startsWith('=') || text.includes('${') || text.includes('#{');
}

/**
 * Compiles a diagram text into an `Expression`, or throws `ModelError('invalid-expression')`
 * naming the position of the syntax error. Surrounding whitespace is dropped, as Camunda's parser does.
 * @example compileExpression('${amount > 100}') // { language: 'juel', source: '${amount > 100}' }
 */
export function compileExpression(source: string): Expression {
  const text = source.trim();
  if (!isExpression(text)) {
    throw new ModelError(
      'invalid-expression',
      `'${text}' is not an expression: write \${...} (JUEL) or =... (FEEL)`,
    );
  }
  const expression: Expression = { language: text.startsWith('=') ? 'feel' : 'juel', source: text };
  const message = checkExpression(expression);
  if (message) throw new ModelError('invalid-expression', message);
  return expression;
}

/** The syntax error of an expression as a message, or `undefined` when it parses. */
export function checkExpression(expr: Expression): string | undefined {
  try {
    compiled(expr);
    return undefined;
  } catch (error) {
    if (error instanceof JuelSyntaxError || error instanceof FeelSyntaxError) return error.message;
    throw error;
  }
}

/**
 * Evaluates an expression against variables. A single `${...}` keeps its type, composite text gives
 * a string, FEEL gives a JSON-safe value. Throws `IncidentError('expression-failed')` quoting the source.
 */
export function evaluateExpression(expr: Expression, context: ExpressionContext): unknown {
  return run(expr, context).value;
}

/**
 * Evaluates a condition (sequence flow, conditional event). Like Camunda, anything but a boolean
 * result is an incident, not a silent `false`.
 */
export function evaluateCondition(expr: Expression, context: ExpressionContext): boolean {
  const { value, warnings } = run(expr, context);
  if (typeof value === 'boolean') return value;
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  const why = warnings.length ? ` (${warnings.join('; ')})` : '';
  throw incident(expr, context, `must return a boolean but returned ${got}${why}`);
}

/** A literal gives its text; an expression gives its value. */
export function resolveText(value: TextOrExpression, context: ExpressionContext): unknown {
  return 'literal' in value ? value.literal : evaluateExpression(value.expression, context);
}

/** Reads a diagram attribute: a literal unless it is an expression, which is compiled (and may throw `ModelError`). */
export function toTextOrExpression(raw: string): TextOrExpression {
  return isExpression(raw) ? { expression: compileExpression(raw) } : { literal: raw };
}

function compiled(expr: Expression): Compiled {
  const hit = cache.get(expr.source);
  if (hit && hit.language === expr.language) return hit;
  const entry: Compiled =
    expr.language === 'feel'
      ? { language: 'feel', feel: compileFeel(expr.source) }
      : { language: 'juel', juel: compileJuel(expr.source) };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(expr.source, entry);
  return entry;
}

function run(expr: Expression, context: ExpressionContext): { value: unknown; warnings: string[] } {
  let entry: Compiled;
  try {
    entry = compiled(expr);
  } catch (error) {
    // A graph built without compileExpression can still hold a bad source: the token must not vanish.
    throw incident(expr, context, 'is invalid', error);
  }
  try {
    if (entry.language === 'feel')
      return evaluateFeel(entry.feel, (name) => context.lookup(name), context.timeLimitMs);
    return { value: evaluateJuel(entry.juel, context), warnings: [] };
  } catch (error) {
    throw incident(expr, context, 'failed', error);
  }
}

function incident(
  expr: Expression,
  context: ExpressionContext,
  what: string,
  cause?: unknown,
): IncidentError {
  const reason =
    cause instanceof Error ? `: ${cause.message}` : cause === undefined ? '' : `: ${String(cause)}`;
  const details = context.activityId ? { elementId: context.activityId, cause } : { cause };
  return new IncidentError(
    'expression-failed',
    `Expression '${expr.source}' ${what}${reason}`,
    details,
  );
}
