import { z } from '@hono/zod-openapi';
import type { VariableCondition } from '../../engine/index.ts';
import { invalidRequest } from './errors.ts';

/**
 * Query building blocks shared by Camunda's list resources: variable conditions in their GET
 * (`name_op_value,…`) and POST (`[{ name, operator, value }]`) forms, and sorting in its GET
 * (`sortBy`/`sortOrder`) and POST (`sorting: [{ sortBy, sortOrder }]`) forms.
 */

const OPERATORS = ['eq', 'neq', 'gt', 'gteq', 'lt', 'lteq', 'like', 'notLike'] as const;

/** `variables=orderId_eq_X,amount_gt_10`: each `name_operator_value`; GET values are strings. */
export const VariablesParam = z.string().transform((text, ctx): VariableCondition[] => {
  const conditions: VariableCondition[] = [];
  for (const expression of text.split(',').filter(Boolean)) {
    const [name, operator, value, ...rest] = expression.split('_');
    if (!name || value === undefined || rest.length > 0 || !isOperator(operator)) {
      ctx.addIssue({
        code: 'custom',
        message: `variable query parameter has to have format KEY_OPERATOR_VALUE with an operator of ${OPERATORS.join(', ')}: ${expression}`,
      });
      return z.NEVER;
    }
    conditions.push({ name, operator, value });
  }
  return conditions;
});

/** One condition of a POST query body. */
export const VariableConditionBody = z
  .object({
    name: z.string().min(1),
    operator: z.enum(OPERATORS),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  })
  .strict();

function isOperator(value: string | undefined): value is VariableCondition['operator'] {
  return (OPERATORS as readonly string[]).includes(value ?? '');
}

/** A `sorting` entry of a POST query body, over the resource's sort keys. */
export function sortingBody<K extends readonly [string, ...string[]]>(keys: K) {
  return z
    .array(z.object({ sortBy: z.enum(keys), sortOrder: z.enum(['asc', 'desc']) }).strict())
    .nullable()
    .optional();
}

/**
 * The sort keys of a query: GET's one `sortBy`/`sortOrder` pair (both or neither, as Camunda
 * demands), or POST's `sorting` list; `keyOf` maps Camunda's names to the store's.
 */
export function sortKeys<C extends string, S>(
  q: {
    sortBy?: C;
    sortOrder?: 'asc' | 'desc';
    sorting?: { sortBy: C; sortOrder: 'asc' | 'desc' }[] | null;
  },
  keyOf: Record<C, S>,
): { by: S; descending: boolean }[] | undefined {
  if ((q.sortBy === undefined) !== (q.sortOrder === undefined))
    throw invalidRequest(
      'Only a single sorting parameter specified. sortBy and sortOrder required',
    );
  const pairs = q.sorting ?? (q.sortBy ? [{ sortBy: q.sortBy, sortOrder: q.sortOrder! }] : []);
  if (pairs.length === 0) return undefined;
  return pairs.map((p) => ({ by: keyOf[p.sortBy], descending: p.sortOrder === 'desc' }));
}

/**
 * Camunda's `active` and `suspended` query flags as a store filter: `true` filters (when both are
 * true, `suspended` wins, as in Camunda's query DTOs, which call `active()` then `suspended()`);
 * `false` filters nothing.
 */
export function suspensionFilter(q: {
  active?: boolean | null;
  suspended?: boolean | null;
}): boolean | undefined {
  if (q.suspended === true) return true;
  if (q.active === true) return false;
  return undefined;
}

/**
 * What all of the given values and lists allow, a single value counting as a list of one:
 * their intersection, or undefined when none is given.
 */
export function allOf<T>(...wanted: (T | T[] | undefined)[]): T[] | undefined {
  const lists = wanted.flatMap((w) => (w === undefined ? [] : [Array.isArray(w) ? w : [w]]));
  if (lists.length === 0) return undefined;
  return lists.reduce((kept, list) => kept.filter((v) => list.includes(v)));
}

/**
 * A flag and its opposite (`locked` and `notLocked`, `withRetriesLeft` and `noRetriesLeft`):
 * what they want, undefined when neither is given, null when they disagree.
 */
export function pairedFlag(
  yes: boolean | undefined,
  no: boolean | undefined,
): boolean | null | undefined {
  const wanted = [yes, no === undefined ? undefined : !no].filter((w) => w !== undefined);
  if (wanted.length === 2 && wanted[0] !== wanted[1]) return null;
  return wanted[0];
}
