import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../auth/roles.ts';
import { validationHook } from '../middleware/error-handler.ts';
import { ErrorSchema } from '../schemas/common.ts';

/** Building blocks of route declarations: one sub-app per resource, standard responses. */

/** A sub-app whose schema violations answer 400 in the API's error shape. */
export function resourceApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

const errorText = {
  400: 'The request breaks the schema or an engine rule; `details` names the field',
  401: 'No or invalid credentials',
  403: 'The caller lacks the role this route needs',
  404: 'No such resource, or one the caller may not see',
  409: 'The state changed: already completed, claimed by someone else, still in use',
  413: 'The body is larger than the limit',
  422: 'The BPMN failed validation; `details.problems` names elements and lines',
} as const;

type ErrorStatus = keyof typeof errorText;

/** The error responses a route can give, besides 401/403 which every protected route has. */
export function errors<S extends ErrorStatus>(...statuses: S[]) {
  const all = [...new Set<ErrorStatus>([400, 401, 403, ...statuses])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      { description: errorText[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as Record<
    S | 400 | 401 | 403,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  >;
}

/** A JSON response. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body. */
export function body<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

/** An optional JSON request body (an absent body validates as `{}`). */
export function optionalBody<T extends z.ZodType>(schema: T) {
  return { required: false, content: { 'application/json': { schema } } };
}

export const noContent = { description: 'Done' } as const;
