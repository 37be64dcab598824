import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { randomUUID } from 'node:crypto';
import type { ZodError } from 'zod';
import {
  BpmnError,
  ConflictError,
  EngineError,
  ForbiddenError,
  InvalidRequestError,
  ModelError,
  NotFoundError,
} from '../../engine/index.ts';
import type { AppEnv } from '../auth/roles.ts';

/**
 * One error shape for every API: `{ type, message, details }`. `type` is a stable kebab-case
 * code (the engine's error code where there is one), `details` names the offending field, the
 * schema problems or the diagram's elements and lines. A 500 carries only the request id.
 */
export interface ErrorBody {
  type: string;
  message: string;
  details: Record<string, unknown>;
}

/** An error raised by the HTTP layer itself (401, 413, ...), with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500,
    readonly type: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const engineStatus: [new (...args: never[]) => EngineError, 400 | 403 | 404 | 409 | 422][] = [
  [ModelError, 422],
  [NotFoundError, 404],
  [ConflictError, 409],
  [ForbiddenError, 403],
  [InvalidRequestError, 400],
  // A business outcome, never a server failure.
  [BpmnError, 422],
];

/** Maps any thrown value to a status and body; other APIs (e.g. `/engine-rest`) reshape it. */
export function toErrorResponse(
  error: unknown,
  requestId: string,
): { status: number; body: ErrorBody } {
  if (error instanceof HttpError)
    return {
      status: error.status,
      body: { type: error.type, message: error.message, details: error.details },
    };
  if (error instanceof EngineError) {
    const status = engineStatus.find(([type]) => error instanceof type)?.[1];
    if (status) {
      const { cause: _cause, ...details } = error.details;
      return { status, body: { type: error.code, message: error.message, details } };
    }
  }
  if (error instanceof HTTPException && error.status < 500) {
    return {
      status: error.status,
      body: {
        type: error.status === 413 ? 'payload-too-large' : 'invalid-request',
        message: error.message,
        details: {},
      },
    };
  }
  return {
    status: 500,
    body: {
      type: 'internal-error',
      message: 'The server failed to answer this request',
      details: { requestId },
    },
  };
}

/** `app.onError`: the JSON error shape, and a log line with the request id for 500s. */
export const errorHandler: ErrorHandler<AppEnv> = (error, c) => {
  const requestId = c.get('requestId') ?? randomUUID();
  const { status, body } = toErrorResponse(error, requestId);
  if (status === 500) console.error(`[${requestId}] ${c.req.method} ${c.req.path}:`, error);
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="promesa"');
  setRetryAfter(c, error);
  return c.json(body, status as 500);
};

/** A throttled request (429) says when to come back. */
export function setRetryAfter(c: Context, error: unknown): void {
  if (error instanceof HttpError && error.status === 429)
    c.header('Retry-After', String(error.details.retryAfterSeconds ?? 1));
}

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json(
    {
      type: 'route-not-found',
      message: `No route ${c.req.method} ${c.req.path}`,
      details: {},
    } satisfies ErrorBody,
    404,
  );

/** Sets `requestId` from `X-Request-Id` or a new UUID, and echoes it on the response. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const given = c.req.header('x-request-id');
  const id = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
};

/** The schema problems of a zod error, each naming its field as a dotted path. */
export function zodProblems(error: ZodError): { field: string; message: string; code: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** `defaultHook` of every OpenAPIHono sub-app: a schema violation is a 400 naming the field. */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError; target?: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const problems = zodProblems(result.error);
  const first = problems[0];
  const where = result.target === 'json' || result.target === 'form' ? 'body' : result.target;
  const message = first
    ? `Invalid ${where ?? 'request'}: ${first.field || '(root)'}: ${first.message}`
    : 'Invalid request';
  return c.json(
    {
      type: 'validation-failed',
      message,
      details: { in: where, field: first?.field, problems },
    } satisfies ErrorBody,
    400,
  );
}

/** The 400 for query parameters a route does not declare, naming each. */
export function unknownQueryParameters(c: Context, names: string[]): Response {
  return c.json(
    {
      type: 'validation-failed',
      message: `Unknown query parameters: ${names.join(', ')}`,
      details: {
        in: 'query',
        field: names[0],
        problems: names.map((field) => ({
          field,
          message: 'Not a parameter of this route',
          code: 'unrecognized_keys',
        })),
      },
    } satisfies ErrorBody,
    400,
  );
}

/** The 413 of the body size limit, in the error shape. */
export function payloadTooLarge(maxBytes: number): (c: Context) => Response {
  return (c) =>
    c.json(
      {
        type: 'payload-too-large',
        message: `Request bodies are limited to ${maxBytes} bytes`,
        details: { maxBytes },
      } satisfies ErrorBody,
      413,
    );
}
