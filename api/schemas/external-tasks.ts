import { z } from '@hono/zod-openapi';
import type { ExternalTaskRecord, Variables as EngineVariables } from '../../engine/index.ts';
import { Instant, iso, Variables } from './common.ts';

/** Longest a fetch-and-lock request may be held open, in ms. */
export const MAX_ASYNC_RESPONSE_TIMEOUT = 5 * 60_000;

const WorkerId = z.string().min(1).max(255);

export const FetchAndLockBody = z
  .object({
    workerId: WorkerId,
    maxTasks: z.number().int().min(1).max(100),
    usePriority: z.boolean().optional(),
    asyncResponseTimeout: z
      .number()
      .int()
      .min(0)
      .max(MAX_ASYNC_RESPONSE_TIMEOUT)
      .optional()
      .openapi({ description: 'Long polling: ms to wait for work' }),
    topics: z
      .array(
        z.object({
          topicName: z.string().min(1),
          lockDuration: z.number().int().min(1),
          processDefinitionKey: z.string().optional(),
          businessKey: z.string().optional(),
          variables: z
            .array(z.string())
            .optional()
            .openapi({ description: 'Names of the variables to return; all when absent' }),
        }),
      )
      .min(1),
  })
  .openapi('FetchAndLock');

export const LockedTask = z
  .object({
    id: z.string(),
    topic: z.string(),
    workerId: z.string().nullable(),
    instanceId: z.string(),
    definitionId: z.string(),
    processId: z.string(),
    elementId: z.string(),
    businessKey: z.string().nullable(),
    priority: z.number().int(),
    retries: z.number().int().nullable(),
    errorMessage: z.string().nullable(),
    lockExpiresAt: Instant.nullable(),
    variables: Variables,
  })
  .openapi('LockedExternalTask');

export const CompleteExternalBody = z
  .object({ workerId: WorkerId, variables: Variables.optional() })
  .openapi('CompleteExternalTask');
export const FailureBody = z
  .object({
    workerId: WorkerId,
    errorMessage: z.string().max(4000),
    errorDetails: z.string().max(100_000).optional(),
    retries: z.number().int().min(0),
    retryTimeout: z.number().int().min(0),
  })
  .openapi('ExternalTaskFailure');
export const BpmnErrorBody = z
  .object({
    workerId: WorkerId,
    errorCode: z.string().min(1),
    errorMessage: z.string().optional(),
    variables: Variables.optional(),
  })
  .openapi('ExternalTaskBpmnError');
export const ExtendLockBody = z
  .object({ workerId: WorkerId, newDuration: z.number().int().min(1) })
  .openapi('ExtendLock');

export const toLockedTask = (
  t: ExternalTaskRecord,
  variables: EngineVariables,
): z.infer<typeof LockedTask> => ({
  id: t.id,
  topic: t.topic,
  workerId: t.workerId ?? null,
  instanceId: t.instanceId,
  definitionId: t.definitionId,
  processId: t.processId,
  elementId: t.elementId,
  businessKey: t.businessKey ?? null,
  priority: t.priority,
  retries: t.retries ?? null,
  errorMessage: t.errorMessage ?? null,
  lockExpiresAt: iso(t.lockExpiresAt),
  variables,
});
