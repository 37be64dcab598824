import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../auth/roles.ts';
import { parseCamundaDate } from './dto.ts';
import { type SortValue, sortedByKeys } from './listing.ts';
import { sortingBody, sortKeys, VariableConditionBody, VariablesParam } from './query-params.ts';
import { BooleanParam, doc, ListParam, optionalJson, Paging } from './route.ts';

/**
 * Camunda's four forms of one list query: `GET /x` and `GET /x/count` with query parameters,
 * `POST /x` and `POST /x/count` with the same filters as a JSON body (lists as arrays, booleans
 * as booleans, `sorting: [{ sortBy, sortOrder }]`). A filter is declared once, for both forms;
 * the handlers see one query, whichever form it came in.
 */

interface Filter<G extends z.ZodType, P extends z.ZodType> {
  get: G;
  post: P;
}
const filter = <G extends z.ZodType, P extends z.ZodType>(get: G, post: P): Filter<G, P> => ({
  get,
  post,
});
const dateOf = (field: string) => z.string().transform((v) => parseCamundaDate(v, field));

/** `gt_<date>,lt_<date>` in GET, `[{ operator, value }]` in POST: bounds on a date, all to hold. */
export interface DateCondition {
  operator: 'gt' | 'lt';
  at: number;
}
const dateConditions = (field: string) => {
  const one = z
    .object({ operator: z.enum(['gt', 'lt']), value: dateOf(field) })
    .strict()
    .transform(({ operator, value }): DateCondition => ({ operator, at: value }));
  const text = z.string().transform((text, ctx): DateCondition[] =>
    text.split(',').map((part) => {
      const [operator, value] = [
        part.slice(0, part.indexOf('_')),
        part.slice(part.indexOf('_') + 1),
      ];
      if (operator !== 'gt' && operator !== 'lt') {
        ctx.addIssue({
          code: 'custom',
          message: `${field}: ${part} is not gt_<date> or lt_<date>`,
        });
        return { operator: 'gt', at: 0 };
      }
      return { operator, at: parseCamundaDate(value, field) };
    }),
  );
  return filter(text.optional(), z.array(one).nullable().optional());
};
/** True when `time` passes every bound (none: always). */
export const withinConditions = (time: number | null, conditions: DateCondition[] | undefined) =>
  conditions === undefined ||
  (time !== null && conditions.every((c) => (c.operator === 'gt' ? time > c.at : time < c.at)));

/** The kinds of filter parameter, each in its GET and POST form. */
export const param = {
  text: () => filter(z.string().optional(), z.string().nullable().optional()),
  list: () => filter(ListParam.optional(), z.array(z.string()).nullable().optional()),
  bool: () => filter(BooleanParam.optional(), z.boolean().nullable().optional()),
  int: () => filter(z.coerce.number().int().optional(), z.number().int().nullable().optional()),
  /** One of Camunda's named values. */
  choice: <const T extends readonly [string, ...string[]]>(values: T) =>
    filter(z.enum(values).optional(), z.enum(values).nullable().optional()),
  /** Variable conditions: `name_op_value,…` in GET, `[{ name, operator, value }]` in POST. */
  variables: () =>
    filter(VariablesParam.optional(), z.array(VariableConditionBody).nullable().optional()),
  dateConditions,
  /** A Camunda date; `field` names it in the 400 of a malformed one. */
  date: (field: string) => filter(dateOf(field).optional(), dateOf(field).nullable().optional()),
};

type Filters = Record<string, Filter<z.ZodType, z.ZodType>>;
type GetShape<F extends Filters> = { [K in keyof F]: F[K]['get'] };
/**
 * The sort keys asked for, in the store's names; a `sortBy` the store has no order for (a
 * tenant: Promesa has none) is left out, as every row would tie on it.
 */
export function storeSort<B extends string, K>(
  sort: readonly { by: B; descending: boolean }[] | undefined,
  keyOf: Record<B, K | undefined>,
): { by: K; descending: boolean }[] | undefined {
  return sort?.flatMap(({ by, descending }) => {
    const key = keyOf[by];
    return key === undefined ? [] : [{ by: key, descending }];
  });
}

/** A query as the handlers see it: the filters without nulls, and the sort keys asked for. */
export type QueryOf<F extends Filters, S extends string> = {
  [K in keyof F]?: Exclude<z.output<F[K]['get']>, undefined>;
} & { sort?: { by: S; descending: boolean }[] };

export interface QueryResource<F extends Filters, S extends readonly [string, ...string[]]> {
  /** E.g. `/external-task`. */
  path: string;
  /** What is listed, for the summaries: `external tasks`. */
  noun: string;
  filters: F;
  sortBy: S;
  /** Only the GET forms (Camunda documents no POST query for the resource). */
  getOnly?: boolean;
  /** Query parameters of the two list forms only, that shape the answer, not the query. */
  listOptions?: z.ZodRawShape;
  list(
    c: Context<AppEnv>,
    q: QueryOf<F, S[number]>,
    paging: { firstResult?: number; maxResults?: number },
  ): Promise<unknown[]>;
  count(c: Context<AppEnv>, q: QueryOf<F, S[number]>): Promise<number>;
}

/**
 * The list and count of a resource whose matches are read into memory (variable instances, read
 * from the running instances' state): sorted by `sortValue`, paged, each answered by `toDto`.
 */
export function inMemory<F extends Filters, S extends readonly [string, ...string[]], T>(
  resource: Omit<QueryResource<F, S>, 'list' | 'count'> & {
    matching(c: Context<AppEnv>, q: QueryOf<F, S[number]>): Promise<T[]>;
    sortValue: Record<S[number], SortValue<T>>;
    toDto(item: T): unknown;
  },
): QueryResource<F, S> {
  const { matching, sortValue, toDto, ...rest } = resource;
  return {
    ...rest,
    list: async (c, q, paging) =>
      sortedByKeys(
        await matching(c, q),
        q.sort?.map((s) => ({ by: sortValue[s.by as S[number]], descending: s.descending })),
        paging,
      ).map(toDto),
    count: async (c, q) => (await matching(c, q)).length,
  };
}

const dropNulls = (q: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== null && v !== undefined));

/** Adds the GET (and unless `getOnly`, POST) list and count routes of a query resource. */
export function addQueryRoutes<F extends Filters, S extends readonly [string, ...string[]]>(
  app: OpenAPIHono<AppEnv>,
  resource: QueryResource<F, S>,
): void {
  const { path, noun, filters, sortBy } = resource;
  const getShape = Object.fromEntries(
    Object.entries(filters).map(([name, f]) => [name, f.get]),
  ) as GetShape<F>;
  const postShape = Object.fromEntries(Object.entries(filters).map(([name, f]) => [name, f.post]));
  const sorting = {
    sortBy: z.enum(sortBy).optional(),
    sortOrder: z.enum(['asc', 'desc']).optional(),
  };
  const Body = z.object({ ...postShape, sorting: sortingBody(sortBy) }).strict();
  const identity = Object.fromEntries(sortBy.map((k) => [k, k])) as Record<S[number], S[number]>;
  type Q = QueryOf<F, S[number]>;
  // Only the filters: paging, sorting and list options shape the answer, not the query.
  const query = (raw: Record<string, unknown>): Q => {
    const named = Object.fromEntries(Object.entries(raw).filter(([name]) => name in filters));
    return { ...dropNulls(named), sort: sortKeys(raw as never, identity) } as Q;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path,
      ...doc(`Query ${noun}: filters, sorting and paging`),
      request: {
        query: z.object({ ...getShape, ...sorting, ...Paging, ...resource.listOptions }),
      },
    }),
    (async (c: Context<AppEnv>) => {
      const raw = (c.req as { valid(t: 'query'): Record<string, unknown> }).valid('query');
      return c.json(await resource.list(c, query(raw), raw), 200);
    }) as never,
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${path}/count`,
      ...doc(`Count the ${noun} the same query lists: \`{ count }\``),
      request: { query: z.object(getShape) },
    }),
    (async (c: Context<AppEnv>) => {
      const raw = (c.req as { valid(t: 'query'): Record<string, unknown> }).valid('query');
      return c.json({ count: await resource.count(c, query(raw)) }, 200);
    }) as never,
  );
  if (resource.getOnly) return;
  app.openapi(
    createRoute({
      method: 'post',
      path,
      ...doc(`The query of \`GET ${path}\` as a JSON body`),
      request: {
        query: z.object({ ...Paging, ...resource.listOptions }),
        body: optionalJson(Body),
      },
    }),
    (async (c: Context<AppEnv>) => {
      const valid = c.req as { valid(t: 'query' | 'json'): Record<string, unknown> };
      const paging = valid.valid('query');
      return c.json(await resource.list(c, query(valid.valid('json') ?? {}), paging), 200);
    }) as never,
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${path}/count`,
      ...doc(`The count of \`POST ${path}\``),
      request: { body: optionalJson(Body) },
    }),
    (async (c: Context<AppEnv>) => {
      const valid = c.req as { valid(t: 'json'): Record<string, unknown> };
      return c.json({ count: await resource.count(c, query(valid.valid('json') ?? {})) }, 200);
    }) as never,
  );
}
