import { z } from '@hono/zod-openapi';
import type { Variables } from '../../engine/index.ts';
import { jsonDepth, MAX_JSON_DEPTH } from '../middleware/json-depth.ts';
import { invalidRequest } from './errors.ts';

/**
 * Camunda's typed variables, `{ name: { value, type, valueInfo } }`, to and from the engine's
 * plain JSON values. Promesa keeps variables as JSON, so a type only checks and converts on
 * the way in (a `Date` is stored as its ISO string, `Json` text is parsed); on the way out
 * the type is read off the value, as Camunda does for untyped values.
 */

/** One typed value as Camunda sends it; `type` may be absent (untyped) or in either first-letter case. */
export const TypedValue = z
  .object({
    value: z.unknown().optional(),
    type: z.string().nullable().optional(),
    valueInfo: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .openapi('CamundaVariableValue');
export type TypedValue = z.infer<typeof TypedValue>;

/** A typed variable map, `{ name: { value, type, valueInfo } }`. */
export const TypedVariables = z.record(z.string(), TypedValue).openapi('CamundaVariables');
export type TypedVariables = z.infer<typeof TypedVariables>;

const INT_MAX = 2 ** 31 - 1;
const integerRanges: Record<string, [number, number]> = {
  Short: [-32_768, 32_767],
  Integer: [-INT_MAX - 1, INT_MAX],
  Long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Camunda normalises only the first letter of a type name on input (`string` is `String`). */
const normalise = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

/** The engine value of one typed value; 400 for an unknown type or a value that does not fit it. */
export function fromTypedValue(
  name: string,
  { value = null, type, valueInfo }: TypedValue,
): unknown {
  const kind = type ? normalise(type) : '';
  const refuse = () =>
    invalidRequest(
      `Cannot convert value '${String(value).slice(0, 100)}' of type '${type}' for variable '${name}'`,
    );
  // An own property only: `__proto__` or `toString` is no type (they used to reach Object.prototype).
  const convert = Object.hasOwn(converters, kind) ? converters[kind] : undefined;
  if (kind && !convert)
    throw invalidRequest(`Unsupported value type '${type}' for variable '${name}'`);
  if (!convert || value === null) return value;
  const converted = convert(value, valueInfo ?? {}, kind);
  if (converted === refused) throw refuse();
  return converted;
}

const refused = Symbol('refused');
type Converter = (value: unknown, valueInfo: Record<string, unknown>, kind: string) => unknown;

const toNumber = (value: unknown) =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value.trim() !== ''
      ? Number(value)
      : NaN;

const integer: Converter = (value, _info, kind) => {
  const n = toNumber(value);
  const [min, max] = integerRanges[kind]!;
  return Number.isInteger(n) && n >= min && n <= max ? n : refused;
};

const json: Converter = (value) => {
  if (typeof value !== 'string') return value;
  // Parsing millions of open brackets holds the server for seconds: refused unread.
  if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw invalidRequest(`Json text nests deeper than the limit of ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return refused;
  }
};

const converters: Record<string, Converter> = {
  Null: () => null,
  String: (value) =>
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : refused,
  Boolean: (value) =>
    typeof value === 'boolean'
      ? value
      : value === 'true'
        ? true
        : value === 'false'
          ? false
          : refused,
  Short: integer,
  Integer: integer,
  Long: integer,
  Double: (value) => {
    const n = toNumber(value);
    return Number.isFinite(n) ? n : refused;
  },
  // Dates arrive as `2013-01-23T14:42:45.000+0200` (or the JS client's `+0000`); kept as UTC ISO text.
  Date: (value) => {
    const at = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isNaN(at) ? refused : new Date(at).toISOString();
  },
  Json: json,
  Xml: (value) => (typeof value === 'string' ? value : refused),
  // Only JSON-serialised objects mean anything outside a JVM.
  Object: (value, info) => {
    const format = info.serializationDataFormat;
    return format === undefined || format === 'application/json'
      ? json(value, info, 'Json')
      : refused;
  },
};

/** Engine variables from a typed map (absent means none). */
export function fromTypedVariables(typed: TypedVariables | null | undefined): Variables {
  return Object.fromEntries(
    Object.entries(typed ?? {}).map(([name, value]) => [name, fromTypedValue(name, value)]),
  );
}

/** The typed value Camunda would answer for a plain JSON value. */
export function toTypedValue(value: unknown): {
  type: string;
  value: unknown;
  valueInfo: Record<string, unknown>;
} {
  if (value === null || value === undefined) return { type: 'Null', value: null, valueInfo: {} };
  if (typeof value === 'string') return { type: 'String', value, valueInfo: {} };
  if (typeof value === 'boolean') return { type: 'Boolean', value, valueInfo: {} };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { type: 'Double', value, valueInfo: {} };
    return { type: Math.abs(value) <= INT_MAX ? 'Integer' : 'Long', value, valueInfo: {} };
  }
  // Objects and arrays: Camunda's Json type (Spin) carries the JSON text, which clients parse.
  return { type: 'Json', value: JSON.stringify(value), valueInfo: {} };
}

/** A typed map of engine variables, optionally only the named ones that exist. */
export function toTypedVariables(
  variables: Variables,
  names?: readonly string[],
): Record<string, ReturnType<typeof toTypedValue>> {
  const picked = names ? names.filter((n) => Object.hasOwn(variables, n)) : Object.keys(variables);
  return Object.fromEntries(picked.map((name) => [name, toTypedValue(variables[name])]));
}
