import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, ExternalTaskRecord, FetchAndLockRequest } from '../../../engine/index.ts';
import { eitherSignal, fetchAndLockWaiting } from '../../services/long-poll.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';
import { toExternalTaskDto } from './external-task-queries.ts';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../variables.ts';

/** Camunda's cap on `asyncResponseTimeout` (30 minutes), with its wording. */
const MAX_ASYNC_RESPONSE_TIMEOUT = 1_800_000;

const WorkerId = z.string().min(1).max(255);
const Typed = TypedVariables.nullable().optional();
const Names = z.array(z.string()).nullable().optional();
const Topic = z.object({
  topicName: z.string().min(1),
  lockDuration: z.number().int().min(1),
  variables: Names,
  localVariables: z.boolean().nullable().optional(),
  businessKey: z.string().nullable().optional(),
  processDefinitionKey: z.string().nullable().optional(),
  processDefinitionKeyIn: Names,
  processDefinitionId: z.string().nullable().optional(),
  processDefinitionIdIn: Names,
  processDefinitionVersionTag: z.string().nullable().optional(),
  processVariables: z.record(z.string(), z.unknown()).nullable().optional(),
  tenantIdIn: Names,
  withoutTenantId: z.boolean().nullable().optional(),
  deserializeValues: z.boolean().nullable().optional(),
  includeExtensionProperties: z.boolean().nullable().optional(),
});
const FetchBody = z.object({
  workerId: WorkerId,
  maxTasks: z.number().int().min(0),
  usePriority: z.boolean().nullable().optional(),
  asyncResponseTimeout: z
    .number()
    .int()
    .min(0)
    .max(
      MAX_ASYNC_RESPONSE_TIMEOUT,
      `The asynchronous response timeout cannot be set to a value greater than ${MAX_ASYNC_RESPONSE_TIMEOUT} milliseconds`,
    )
    .nullable()
    .optional(),
  sorting: z
    .array(z.object({ sortBy: z.literal('createTime'), sortOrder: z.enum(['asc', 'desc']) }))
    .nullable()
    .optional(),
  includeExtensionProperties: z.boolean().nullable().optional(),
  topics: z.array(Topic).nullable().optional(),
});
const CompleteBody = z.object({ workerId: WorkerId, variables: Typed, localVariables: Typed });
const FailureBody = z.object({
  workerId: WorkerId,
  errorMessage: z.string().nullable().optional(),
  errorDetails: z.string().nullable().optional(),
  // Camunda's DTO holds primitives: absent retries and timeout are 0.
  retries: z.number().int().min(0, 'retries are negative').nullable().optional(),
  retryTimeout: z.number().int().min(0, 'retryTimeout is negative').nullable().optional(),
  variables: Typed,
  localVariables: Typed,
});
const BpmnErrorBody = z.object({
  workerId: WorkerId,
  errorCode: z.string().min(1),
  errorMessage: z.string().nullable().optional(),
  variables: Typed,
});
const ExtendLockBody = z.object({
  workerId: WorkerId,
  newDuration: z.number().int().min(1, 'lockTime is not greater than 0'),
});

const fetchAndLock = createRoute({
  method: 'post',
  path: '/external-task/fetchAndLock',
  ...doc(
    'Fetch and lock external tasks; long polls up to `asyncResponseTimeout` ms. Answers `Content-Type: application/json` exactly, as the JS client requires',
  ),
  request: { body: requiredJson(FetchBody) },
});
const action = <B extends z.ZodType>(path: string, summary: string, schema: B) =>
  createRoute({
    method: 'post',
    path,
    ...doc(summary),
    request: { params: IdParam, body: requiredJson(schema) },
  });
const LockBody = z.object({
  workerId: z.string().min(1),
  lockDuration: z.number().int().nonnegative(),
});

const complete = action(
  '/external-task/{id}/complete',
  'Complete a locked task with typed variables',
  CompleteBody,
);
const failure = action(
  '/external-task/{id}/failure',
  'Report a failure: retries left make it fetchable after retryTimeout ms, 0 raises an incident',
  FailureBody,
);
const bpmnError = action(
  '/external-task/{id}/bpmnError',
  'Throw a BPMN error for an error boundary event or event subprocess to catch',
  BpmnErrorBody,
);
const extendLock = action(
  '/external-task/{id}/extendLock',
  'Extend the lock to now + newDuration ms',
  ExtendLockBody,
);
const lock = action(
  '/external-task/{id}/lock',
  'Lock one task by id for a worker, for lockDuration ms',
  LockBody,
);
const unlock = createRoute({
  method: 'post',
  path: '/external-task/{id}/unlock',
  ...doc('Release the lock'),
  request: { params: IdParam },
});

const notEmpty = (map: object | null | undefined) => !!map && Object.keys(map).length > 0;

/** Camunda's topic filters in the engine's terms; the ones it cannot apply are refused, never ignored. */
function toEngineTopics(topics: z.infer<typeof Topic>[]): FetchAndLockRequest['topics'] {
  return topics.flatMap((t) => {
    if (
      t.processDefinitionId ||
      t.processDefinitionIdIn?.length ||
      t.processDefinitionVersionTag ||
      notEmpty(t.processVariables)
    ) {
      throw invalidRequest(
        `Topic ${t.topicName}: filters processDefinitionId(In), processDefinitionVersionTag and processVariables are not supported`,
      );
    }
    // Nothing in Promesa belongs to a tenant: a tenant filter matches no task.
    if (t.tenantIdIn?.length) return [];
    const keys = t.processDefinitionKeyIn?.length
      ? t.processDefinitionKeyIn
      : [t.processDefinitionKey ?? undefined];
    return keys.map((key) => ({
      topicName: t.topicName,
      lockDuration: t.lockDuration,
      processDefinitionKey: key,
      businessKey: t.businessKey ?? undefined,
    }));
  });
}

/** `LockedExternalTaskDto`. */
function toLockedDto(t: ExternalTaskRecord, variables: Record<string, unknown>) {
  return {
    ...toExternalTaskDto(t),
    errorDetails: t.errorDetails ?? null,
    variables,
    extensionProperties: {},
  };
}

/** Every external-task call camunda-external-task-client-js makes, over the engine calls `/api` uses. */
export function externalTaskRoutes(engine: Engine, shutdown?: AbortSignal) {
  const app = camundaApp();

  app.openapi(fetchAndLock, async (c) => {
    const body = c.req.valid('json');
    if (body.sorting?.some((s) => s.sortOrder === 'desc'))
      throw invalidRequest(
        'Sorting by createTime desc is not supported: tasks are locked oldest first',
      );
    const topics = toEngineTopics(body.topics ?? []);
    if (body.maxTasks === 0 || topics.length === 0) return c.json([], 200);
    const request = {
      workerId: body.workerId,
      maxTasks: body.maxTasks,
      usePriority: body.usePriority ?? false,
      topics,
    };
    const signal = eitherSignal(c.req.raw.signal, shutdown);
    const tasks = await fetchAndLockWaiting(engine, request, {
      timeoutMs: body.asyncResponseTimeout ?? 0,
      signal,
    });
    const locked = await Promise.all(
      tasks.map(async (task) => {
        const topic = body.topics!.find((t) => t.topicName === task.topic);
        const variables = await engine.variablesAt({
          ...task,
          local: topic?.localVariables ?? false,
        });
        return toLockedDto(task, toTypedVariables(variables, topic?.variables ?? undefined));
      }),
    );
    return c.json(locked, 200);
  });

  app.openapi(complete, async (c) => {
    const { workerId, variables, localVariables } = c.req.valid('json');
    if (notEmpty(localVariables))
      throw invalidRequest(
        'localVariables are not supported: Promesa keeps no variables local to the activity',
      );
    await engine.completeExternalTask(c.req.valid('param').id, {
      workerId,
      variables: fromTypedVariables(variables),
    });
    return c.body(null, 204);
  });

  app.openapi(failure, async (c) => {
    const body = c.req.valid('json');
    if (notEmpty(body.variables) || notEmpty(body.localVariables))
      throw invalidRequest('Variables on a failure report are not supported');
    await engine.failExternalTask(c.req.valid('param').id, {
      workerId: body.workerId,
      errorMessage: body.errorMessage ?? '',
      errorDetails: body.errorDetails ?? undefined,
      retries: body.retries ?? 0,
      retryTimeout: body.retryTimeout ?? 0,
    });
    return c.body(null, 204);
  });

  app.openapi(bpmnError, async (c) => {
    const body = c.req.valid('json');
    await engine.bpmnErrorExternalTask(c.req.valid('param').id, {
      workerId: body.workerId,
      errorCode: body.errorCode,
      errorMessage: body.errorMessage ?? undefined,
      variables: fromTypedVariables(body.variables),
    });
    return c.body(null, 204);
  });

  app.openapi(extendLock, async (c) => {
    await engine.extendExternalTaskLock(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(lock, async (c) => {
    await engine.lockExternalTask(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(unlock, async (c) => {
    await engine.unlockExternalTask(c.req.valid('param').id);
    return c.body(null, 204);
  });

  return app;
}
