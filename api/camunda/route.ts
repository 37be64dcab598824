import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../auth/roles.ts';
import { camundaValidationHook } from './errors.ts';

/**
 * Building blocks of the `/engine-rest` routes. They are declared like `/api` routes so the
 * OpenAPI document lists what the compatibility layer serves, but bodies follow Camunda 7's
 * own reference (docs.camunda.org), so responses are only described, not schema'd here.
 */

/** A sub-app whose schema violations answer Camunda's 400 `InvalidRequestException`. */
export function camundaApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: camundaValidationHook });
}

const responses = {
  200: { description: 'As Camunda 7 answers (see its REST reference)' },
  204: { description: 'Done' },
  400: { description: 'Camunda error body `{ type, message }`: invalid request' },
  401: { description: 'No or invalid credentials (HTTP Basic or bearer)' },
  403: { description: '`AuthorizationException`: the caller lacks the role' },
  404: { description: '`InvalidRequestException`: no such resource' },
  500: { description: '`ProcessEngineException` and its kinds, where Camunda answers 500' },
} as const;

/** Tags, summary and the responses every `/engine-rest` route documents; spread into `createRoute`. */
export function doc(summary: string, description?: string) {
  return {
    tags: ['Camunda 7 REST (/engine-rest)'],
    summary,
    ...(description ? { description } : {}),
    responses,
  };
}

/** Method, path, tags, summary and responses of a route; spread into `createRoute`. */
export function op<M extends 'get' | 'post' | 'put' | 'delete' | 'options'>(
  method: M,
  path: string,
  summary: string,
) {
  return { method, path, ...doc(summary) };
}

/** A JSON body that may be absent (Camunda accepts an empty POST for most actions). */
export function optionalJson<T extends z.ZodType>(schema: T) {
  return { required: false, content: { 'application/json': { schema } } };
}

/** A required JSON body. */
export function requiredJson<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

/** `true`/`false` in a query string, as Camunda's boolean parameters. */
export const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Camunda's paging parameters. */
export const Paging = {
  firstResult: z.coerce.number().int().min(0).optional(),
  maxResults: z.coerce.number().int().min(0).optional(),
};

/** A comma-separated list parameter (`processInstanceIds=a,b`). */
export const ListParam = z.string().transform((v) => v.split(',').filter(Boolean));

/** The `{id}` path parameter. */
export const IdParam = z.object({ id: z.string().min(1).max(300) });

/** One list from a single value and a list parameter of the same filter (both must hold). */
export function oneOf(
  single: string | undefined,
  list: string[] | undefined,
): string[] | undefined {
  if (single === undefined) return list;
  return list === undefined || list.includes(single) ? [single] : [];
}
