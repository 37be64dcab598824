/**
 * EL type coercion and operators (JSR-245 EL 2.2 §1.7–1.8, §1.18), mapped onto JSON-like JS values.
 * Java's Long/Double split does not exist here: every number is a JS number.
 * Error messages name types, never values, because stored incidents must not carry variable values.
 */

/** An evaluation failure inside JUEL; `evaluate.ts` turns it into an incident quoting the expression. */
export class JuelEvaluationError extends Error {
  override name = 'JuelEvaluationError';
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A short type name for messages: `null`, `string`, `number`, `boolean`, `list`, `map` or `object`. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isPlainObject(value)) return 'map';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** A JSON object, as process variables hold them; class instances (and the execution handle) are not. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** EL §1.18.3: null and '' become 0, numeric strings parse, anything else is an error. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  throw new JuelEvaluationError(`Cannot coerce ${typeName(value)} to number`);
}

/** EL §1.18.5: null and '' are false, a string is true only if it equals 'true' ignoring case. */
export function toBoolean(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.toLowerCase() === 'true';
  throw new JuelEvaluationError(`Cannot coerce ${typeName(value)} to boolean`);
}

/** EL §1.18.2: null is ''; lists and maps render as JSON, the nearest thing to Java's toString here. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  throw new JuelEvaluationError(`Cannot coerce ${typeName(value)} to string`);
}

/** EL §1.8.2 `==`: numbers win over booleans over strings; other values compare structurally. */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (typeof a === 'number' || typeof b === 'number') return toNumber(a) === toNumber(b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b);
  if (typeof a === 'string' || typeof b === 'string') return toText(a) === toText(b);
  return deepEquals(a, b);
}

/** Java `equals` on JSON values: same type and same content, no coercion (used by `list.contains`). */
export function deepEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEquals(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && deepEquals(a[k], b[k]))
    );
  }
  return false;
}

/** EL §1.8.1 `< > <= >=`: null compares false, numbers numerically, strings lexically (UTF-16, as Java). */
export function compare(op: string, a: unknown, b: unknown): boolean {
  if (a === b && (op === '<=' || op === '>=')) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  let x: number | string | boolean;
  let y: number | string | boolean;
  if (typeof a === 'number' || typeof b === 'number') [x, y] = [toNumber(a), toNumber(b)];
  else if (typeof a === 'string' && typeof b === 'string') [x, y] = [a, b];
  else if (typeof a === 'boolean' && typeof b === 'boolean') [x, y] = [a, b];
  else throw new JuelEvaluationError(`Cannot compare ${typeName(a)} with ${typeName(b)}`);
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

/** EL §1.7.1: both operands null give 0; otherwise both coerce to number. */
export function arithmetic(op: string, a: unknown, b: unknown): number {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return 0;
  // `'a' + 'b'` is the classic surprise for people coming from Java or JS: say what to write instead.
  if (op === '+' && [a, b].some((v) => typeof v === 'string' && v !== '' && !NUMERIC.test(v))) {
    throw new JuelEvaluationError(
      "Cannot coerce string to number (JUEL '+' is numeric; write text around ${...} to concatenate)",
    );
  }
  const x = toNumber(a);
  const y = toNumber(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
  }
  // Java gives Infinity/NaN for double division, but those do not survive a JSON snapshot: refuse them.
  if (y === 0) throw new JuelEvaluationError('Division by zero');
  return op === '/' ? x / y : x % y;
}

/** EL §1.10 `empty`: null, '', an empty list or an empty map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}
