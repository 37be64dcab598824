/**
 * Tree-walking evaluator for Camunda 7 JUEL. Nothing here reaches JS objects generically: property
 * access reads own keys of JSON maps and list indexes only, and methods come from fixed tables
 * keyed by receiver type, so `''.constructor`, `x.__proto__` or `execution.getClass()` have nothing
 * to reach. Never `eval`, `new Function` or `vm`.
 */
import type { ExpressionContext } from './evaluate.ts';
import {
  JuelEvaluationError,
  arithmetic,
  compare,
  deepEquals,
  isEmptyValue,
  isPlainObject,
  looseEquals,
  toBoolean,
  toNumber,
  toText,
  typeName,
} from './juel-coerce.ts';
import { JuelSyntaxError, parseJuel, type JuelNode, type JuelTemplate } from './juel-parser.ts';

export { JuelEvaluationError } from './juel-coerce.ts';
export { JuelSyntaxError, type JuelTemplate } from './juel-parser.ts';

/** `execution` in an expression: a handle, not an object with reachable internals. */
class ExecutionHandle {
  constructor(readonly context: ExpressionContext) {}
}

type Method<T> = { arity: number; call(target: T, args: unknown[]): unknown };

const variable = (ctx: ExpressionContext, name: unknown) => ctx.lookup(toText(name));
const EXECUTION_METHODS = new Map<string, Method<ExecutionHandle>>([
  ['getVariable', { arity: 1, call: (e, [n]) => variable(e.context, n).value ?? null }],
  // Local scope is only distinguished when the caller supplies `lookupLocal`.
  [
    'getVariableLocal',
    {
      arity: 1,
      call: (e, [n]) => (e.context.lookupLocal ?? e.context.lookup)(toText(n)).value ?? null,
    },
  ],
  ['hasVariable', { arity: 1, call: (e, [n]) => variable(e.context, n).found }],
  ['getProcessInstanceId', { arity: 0, call: (e) => e.context.instanceId ?? null }],
  ['getBusinessKey', { arity: 0, call: (e) => e.context.businessKey ?? null }],
  // The process instance's key, as a call activity hands it on (`camunda:in businessKey`).
  ['getProcessBusinessKey', { arity: 0, call: (e) => e.context.businessKey ?? null }],
  ['getCurrentActivityId', { arity: 0, call: (e) => e.context.activityId ?? null }],
]);
// Bean properties Camunda also resolves on `execution` (`${execution.processInstanceId}`).
const EXECUTION_PROPERTIES = new Map([
  ['processInstanceId', 'getProcessInstanceId'],
  ['businessKey', 'getBusinessKey'],
  ['currentActivityId', 'getCurrentActivityId'],
  ['processBusinessKey', 'getProcessBusinessKey'],
]);

/** Java's String methods take CharSequence arguments; a null argument is a NullPointerException there. */
const textArg = (value: unknown): string => {
  if (value === null || value === undefined)
    throw new JuelEvaluationError('String method argument is null');
  return toText(value);
};
const STRING_METHODS = new Map<string, Method<string>>([
  ['equals', { arity: 1, call: (s, [x]) => s === x }],
  ['contains', { arity: 1, call: (s, [x]) => s.includes(textArg(x)) }],
  ['startsWith', { arity: 1, call: (s, [x]) => s.startsWith(textArg(x)) }],
  ['endsWith', { arity: 1, call: (s, [x]) => s.endsWith(textArg(x)) }],
  ['toUpperCase', { arity: 0, call: (s) => s.toUpperCase() }],
  ['toLowerCase', { arity: 0, call: (s) => s.toLowerCase() }],
  ['length', { arity: 0, call: (s) => s.length }],
  ['size', { arity: 0, call: (s) => s.length }],
  ['isEmpty', { arity: 0, call: (s) => s.length === 0 }],
]);
const LIST_METHODS = new Map<string, Method<unknown[]>>([
  ['size', { arity: 0, call: (l) => l.length }],
  ['isEmpty', { arity: 0, call: (l) => l.length === 0 }],
  // Java List.contains uses equals(): no EL coercion, so [1].contains('1') is false.
  ['contains', { arity: 1, call: (l, [x]) => l.some((item) => deepEquals(item, x)) }],
]);
const ALL_METHODS = new Set([
  ...EXECUTION_METHODS.keys(),
  ...STRING_METHODS.keys(),
  ...LIST_METHODS.keys(),
]);
/**
 * The functions a bare call may name, with the arities each takes. `slaPolicy(id)` or
 * `slaPolicy(touchpoint, kind)` is the target of an SLA policy (`runtime/sla-policy.ts`).
 */
const FUNCTIONS = new Map<string, readonly number[]>([['slaPolicy', [1, 2]]]);
/** Names that lead to prototypes or constructors in JS; refused even where a JSON map has them as keys. */
const FORBIDDEN_NAMES = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/**
 * Parses a JUEL source and checks what can be checked statically: method names against the
 * allowlist and forbidden property names. Throws `JuelSyntaxError` (with the position) otherwise.
 */
export function compileJuel(source: string): JuelTemplate {
  const template = parseJuel(source);
  const check = (node: JuelNode): void => {
    const fail = (detail: string, at = node.start) => {
      throw new JuelSyntaxError(detail, at + 1, source);
    };
    // Object before name before arguments, so the leftmost problem is the one reported.
    switch (node.type) {
      case 'property':
        check(node.object);
        if (FORBIDDEN_NAMES.has(node.name))
          fail(`Access to '${node.name}' is not allowed`, node.nameAt);
        return;
      case 'index':
        check(node.object);
        if (node.index.type === 'literal' && FORBIDDEN_NAMES.has(String(node.index.value)))
          fail(`Access to '${String(node.index.value)}' is not allowed`, node.index.start);
        return check(node.index);
      case 'call':
        check(node.object);
        if (!ALL_METHODS.has(node.method))
          fail(
            `Method '${node.method}' is not allowed (allowed: ${[...ALL_METHODS].join(', ')})`,
            node.nameAt,
          );
        return node.args.forEach(check);
      case 'function': {
        const arities = FUNCTIONS.get(node.name);
        if (!arities)
          fail(`Function '${node.name}' is not known (known: ${[...FUNCTIONS.keys()].join(', ')})`);
        else if (!arities.includes(node.args.length))
          fail(
            `Function '${node.name}' takes ${arities.join(' or ')} argument(s), got ${node.args.length}`,
          );
        return node.args.forEach(check);
      }
      case 'unary':
        return check(node.operand);
      case 'binary':
        return [node.left, node.right].forEach(check);
      case 'conditional':
        return [node.test, node.then, node.otherwise].forEach(check);
    }
  };
  for (const part of template.parts) if (typeof part !== 'string') check(part);
  return template;
}

/**
 * Evaluates a compiled template. A single `${...}` keeps its type; composite text gives a string.
 * Throws `JuelEvaluationError` for unknown variables, null dereferences and type errors.
 */
export function evaluateJuel(template: JuelTemplate, context: ExpressionContext): unknown {
  const { parts, source } = template;
  const evaluate = (node: JuelNode) => unwrap(evalNode(node, context, source));
  if (parts.length === 1 && typeof parts[0] !== 'string') return evaluate(parts[0]!);
  return parts.map((part) => (typeof part === 'string' ? part : toText(evaluate(part)))).join('');
}

function unwrap(value: unknown): unknown {
  if (value instanceof ExecutionHandle)
    throw new JuelEvaluationError("'execution' cannot be used as a value");
  return value;
}

function evalNode(node: JuelNode, ctx: ExpressionContext, source: string): unknown {
  const ev = (n: JuelNode) => evalNode(n, ctx, source);
  const value = (n: JuelNode) => unwrap(ev(n));
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'identifier': {
      // Camunda resolves `execution` before variables, so it shadows a variable of that name.
      if (node.name === 'execution') return new ExecutionHandle(ctx);
      const found = ctx.lookup(node.name);
      // Camunda's wording, so operators recognise the failure.
      if (!found.found)
        throw new JuelEvaluationError(
          `Unknown property used in expression: Cannot resolve identifier '${node.name}'`,
        );
      return found.value ?? null;
    }
    case 'property':
      return readProperty(
        ev(node.object),
        node.name,
        source.slice(node.object.start, node.object.end),
      );
    case 'index':
      return readProperty(
        ev(node.object),
        value(node.index),
        source.slice(node.object.start, node.object.end),
      );
    case 'call':
      return callMethod(
        ev(node.object),
        node.method,
        node.args.map(value),
        source.slice(node.object.start, node.object.end),
      );
    case 'function': {
      if (!ctx.slaPolicy)
        throw new JuelEvaluationError(`'${node.name}' cannot be used in this expression`);
      return ctx.slaPolicy(node.args.map(value));
    }
    case 'unary': {
      const operand = value(node.operand);
      if (node.op === 'empty') return isEmptyValue(operand);
      if (node.op === '!') return !toBoolean(operand);
      return 0 - toNumber(operand); // `0 -` keeps -0 out of results
    }
    case 'binary':
      return binary(
        node.op,
        () => value(node.left),
        () => value(node.right),
      );
    case 'conditional':
      return toBoolean(value(node.test)) ? value(node.then) : value(node.otherwise);
  }
}

function binary(op: string, left: () => unknown, right: () => unknown): unknown {
  // `&&` and `||` short-circuit (EL §1.9), so `x != null && x.y` is safe.
  if (op === '&&') return toBoolean(left()) && toBoolean(right());
  if (op === '||') return toBoolean(left()) || toBoolean(right());
  const a = left();
  const b = right();
  if (op === '==') return looseEquals(a, b);
  if (op === '!=') return !looseEquals(a, b);
  if (op === '<' || op === '>' || op === '<=' || op === '>=') return compare(op, a, b);
  return arithmetic(op, a, b);
}

function readProperty(base: unknown, key: unknown, baseText: string): unknown {
  const name = typeof key === 'number' ? String(key) : toText(key);
  if (FORBIDDEN_NAMES.has(name))
    throw new JuelEvaluationError(`Access to '${name}' is not allowed`);
  // EL §1.6: a property of null is null, not an error.
  if (base === null || base === undefined) return null;
  if (base instanceof ExecutionHandle) {
    const getter = EXECUTION_PROPERTIES.get(name);
    if (getter) return EXECUTION_METHODS.get(getter)!.call(base, []);
    throw new JuelEvaluationError(`Unknown property '${name}' of execution`);
  }
  if (isPlainObject(base)) return Object.hasOwn(base, name) ? (base[name] ?? null) : null;
  if (Array.isArray(base)) {
    const index = toNumber(key);
    if (!Number.isInteger(index))
      throw new JuelEvaluationError(`List index must be an integer, got ${typeName(key)}`);
    // EL's list resolver answers null outside the bounds rather than failing.
    return index >= 0 && index < base.length ? (base[index] ?? null) : null;
  }
  throw new JuelEvaluationError(`Cannot read '${name}' of ${typeName(base)} '${baseText}'`);
}

function callMethod(target: unknown, name: string, args: unknown[], targetText: string): unknown {
  const pick = <T>(table: Map<string, Method<T>>, self: T, kind: string) => {
    const method = table.get(name);
    if (!method)
      throw new JuelEvaluationError(`Method '${name}' is not allowed on ${kind} '${targetText}'`);
    if (method.arity !== args.length)
      throw new JuelEvaluationError(
        `Method '${name}' takes ${method.arity} argument(s), got ${args.length}`,
      );
    return method.call(self, args);
  };
  if (target instanceof ExecutionHandle) return pick(EXECUTION_METHODS, target, 'execution');
  if (typeof target === 'string') return pick(STRING_METHODS, target, 'string');
  if (Array.isArray(target)) return pick(LIST_METHODS, target, 'list');
  if (target === null || target === undefined)
    throw new JuelEvaluationError(`Cannot call '${name}' on null: '${targetText}' is null`);
  throw new JuelEvaluationError(
    `Method '${name}' is not allowed on ${typeName(target)} '${targetText}'`,
  );
}
