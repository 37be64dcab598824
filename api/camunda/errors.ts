import type { Context, ErrorHandler } from 'hono';
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
  SuspendedError,
} from '../../engine/index.ts';
import type { AppEnv } from '../auth/roles.ts';
import { HttpError, setRetryAfter, zodProblems } from '../middleware/error-handler.ts';

/**
 * Camunda 7's error body, `{ type, message, code? }`, with `type` the simple name of the Java
 * exception Camunda would throw: clients (the Modeler, the JS worker's `EngineError`) show it
 * and some branch on it. The statuses follow Camunda's `ExceptionHandlerHelper`, not `/api`.
 */
export interface CamundaErrorBody {
  type: string;
  message: string;
  /** Filled for engine exceptions: 0 generic, 1 optimistic locking. */
  code?: number;
  [extra: string]: unknown;
}

/** An error answered as is: the status and `type` Camunda would give, plus extra body fields. */
export class CamundaError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 429 | 500,
    readonly type: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body(): CamundaErrorBody {
    return { type: this.type, message: this.message, ...this.extra };
  }
}

/** A bad parameter or body: 400 `InvalidRequestException`, as Camunda's REST layer answers. */
export const invalidRequest = (message: string) =>
  new CamundaError(400, 'InvalidRequestException', message);
/** An unknown id: 404 `InvalidRequestException`. */
export const notFound = (message: string) =>
  new CamundaError(404, 'InvalidRequestException', message);
/** The value, or undefined when the engine says it does not exist (other errors still throw). */
export async function ifFound<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** An exception of the engine proper carries a `code` (Camunda's `BuiltinExceptionCode`). */
const engineException = (status: 400 | 500, type: string, message: string, code = 0) =>
  new CamundaError(status, type, message, { code });

/** The prefix Camunda Modeler looks for to say "Server could not parse the diagram". */
export const PARSE_ERROR_PREFIX = 'ENGINE-09005 Could not parse BPMN process.';

/**
 * A refused diagram as Camunda's `ParseException`: the message lists each problem with
 * resource, line and column, and `details` holds them per resource.
 */
export function parseException(error: ModelError, resource: string): CamundaError {
  const problems = error.details.problems?.filter((p) => p.severity === 'error') ?? [];
  const listed =
    problems.length > 0
      ? problems
      : [
          {
            message: error.message,
            elementId: error.details.elementId,
            line: error.details.line,
            column: error.details.column,
          },
        ];
  const lines = listed.map(
    (p) =>
      `* ${p.message} | resource ${resource}${p.line === undefined ? '' : ` | line ${p.line}`}${p.column === undefined ? '' : ` | column ${p.column}`}`,
  );
  const errors = listed.map((p) => ({
    message: p.message,
    line: p.line ?? 0,
    column: p.column ?? 0,
    mainElementId: p.elementId ?? null,
    elementIds: p.elementId ? [p.elementId] : [],
  }));
  return new CamundaError(
    400,
    'ParseException',
    `${PARSE_ERROR_PREFIX} Errors: \n${lines.join('\n')}\n`,
    {
      code: 0,
      details: { [resource]: { errors, warnings: [] } },
    },
  );
}

/** How Camunda's engine names each kind of suspended entity in its message (`EntityTypes`). */
const SUSPENDED_NAME: Record<SuspendedError['entity'], string> = {
  'process instance': 'Execution',
  'process definition': 'Process Definition',
  task: 'task',
  'external task': 'ExternalTask',
  job: 'Job',
};

/** Camunda's message for work refused by a suspension (`EnginePersistenceLogger` 043). */
export const suspendedMessage = (error: SuspendedError) =>
  `ENGINE-03043 ${SUSPENDED_NAME[error.entity]} with id '${error.entityId}' is suspended.`;

/**
 * A resource that wraps engine failures in a `RestException` (task completion and process starts
 * as a 500 prefixed with what failed, an external task's worker calls as a 400): a suspension
 * refusing the call is answered so; any other error passes on.
 */
export async function suspendedAsRestException<T>(
  work: Promise<T>,
  status: 400 | 500,
  prefix = '',
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SuspendedError)
      throw new CamundaError(status, 'RestException', `${prefix}${suspendedMessage(error)}`);
    throw error;
  }
}

function fromEngine(error: EngineError): CamundaError {
  if (error instanceof NotFoundError) return notFound(error.message);
  if (error instanceof SuspendedError)
    // The external-task resource wraps every `BadUserRequestException` in a 400 `RestException`;
    // elsewhere it reaches the client as itself, a 400 too.
    return error.entity === 'external task'
      ? new CamundaError(400, 'RestException', suspendedMessage(error))
      : engineException(400, 'SuspendedEntityInteractionException', suspendedMessage(error));
  if (error instanceof ModelError) return parseException(error, 'diagram.bpmn');
  if (error instanceof ForbiddenError)
    return new CamundaError(403, 'AuthorizationException', error.message, {
      missingAuthorizations: [],
    });
  if (error instanceof InvalidRequestError) {
    // Camunda wraps a failed correlation in a RestException whose message names the cause.
    if (error.code.startsWith('message-'))
      return new CamundaError(
        400,
        'RestException',
        `org.camunda.bpm.engine.MismatchingMessageCorrelationException: ${error.message}`,
      );
    return engineException(400, 'BadUserRequestException', error.message);
  }
  if (error instanceof ConflictError) {
    if (error.code === 'task-claimed')
      return engineException(500, 'TaskAlreadyClaimedException', error.message);
    // Camunda deletes finished tasks and instances: acting on one is acting on an unknown id.
    if (error.code === 'task-not-open' || error.code === 'instance-ended')
      return notFound(error.message);
    return engineException(500, 'OptimisticLockingException', error.message, 1);
  }
  if (error instanceof BpmnError)
    return engineException(400, 'BadUserRequestException', error.message);
  return engineException(500, 'ProcessEngineException', error.message);
}

/** Maps anything thrown under `/engine-rest` to a status and Camunda's error body. */
export function toCamundaError(error: unknown, requestId: string, username?: string): CamundaError {
  if (error instanceof CamundaError) return error;
  if (error instanceof EngineError) return fromEngine(error);
  if (error instanceof HttpError) {
    if (error.status === 401)
      return new CamundaError(401, 'AuthenticationException', error.message);
    if (error.status === 403)
      return new CamundaError(403, 'AuthorizationException', error.message, {
        userId: username ?? null,
        missingAuthorizations: [],
      });
    if (error.status === 500) return engineException(500, 'ProcessEngineException', error.message);
    if (error.status === 429)
      return new CamundaError(429, 'AuthenticationException', error.message);
    return new CamundaError(
      error.status === 413 ? 413 : 400,
      'InvalidRequestException',
      error.message,
    );
  }
  if (error instanceof HTTPException && error.status < 500)
    return new CamundaError(
      error.status === 413 ? 413 : 400,
      'InvalidRequestException',
      error.message,
    );
  return engineException(
    500,
    'ProcessEngineException',
    `The server failed to answer this request (request id ${requestId})`,
  );
}

/** `onError` of the `/engine-rest` sub-app. */
export const camundaErrorHandler: ErrorHandler<AppEnv> = (error, c) => {
  const requestId = c.get('requestId') ?? randomUUID();
  const mapped = toCamundaError(error, requestId, c.get('principal')?.username);
  // Camunda's own 500s (an engine refusal a resource wraps) are answers, not server faults.
  if (mapped.status === 500 && !(error instanceof EngineError) && !(error instanceof CamundaError))
    console.error(`[${requestId}] ${c.req.method} ${c.req.path}:`, error);
  if (mapped.status === 401) c.header('WWW-Authenticate', 'Basic realm="promesa"');
  setRetryAfter(c, error);
  return c.json(mapped.body, mapped.status);
};

/** `defaultHook` of the `/engine-rest` routes: a schema violation is a 400 `InvalidRequestException` naming the field. */
export function camundaValidationHook(
  result: { success: true } | { success: false; error: ZodError; target?: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const [first] = zodProblems(result.error);
  const where = result.target === 'json' ? 'body' : (result.target ?? 'request');
  const message = first
    ? `Invalid ${where}: ${first.field || '(root)'}: ${first.message}`
    : `Invalid ${where}`;
  return c.json(invalidRequest(message).body, 400);
}
