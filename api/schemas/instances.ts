import { z } from '@hono/zod-openapi';
import type { InstanceView } from '../../engine/index.ts';
import { Instant, InstantQuery, iso, Limit, Offset, Variables } from './common.ts';

export const InstanceStatus = z.enum(['active', 'completed', 'terminated', 'cancelled']);

export const Instance = z
  .object({
    id: z.string(),
    definitionId: z.string(),
    processId: z.string(),
    businessKey: z.string().nullable(),
    status: InstanceStatus,
    activeElements: z.array(z.string()),
    tokens: z.array(
      z.object({
        tokenId: z.string(),
        elementId: z.string(),
        state: z.enum(['waiting', 'incident']),
      }),
    ),
    variables: Variables,
    startedAt: Instant,
    endedAt: Instant.nullable(),
    suspended: z.boolean().openapi({
      description:
        'Suspended by a developer: its timers wait, its tasks refuse work, messages pass it by',
    }),
  })
  .openapi('ProcessInstance');

export const InstancePage = z
  .object({ items: z.array(Instance), limit: z.number().int(), offset: z.number().int() })
  .openapi('ProcessInstancePage');

export const InstanceListQuery = z.object({
  processId: z.string().optional(),
  definitionId: z.string().optional(),
  businessKey: z.string().optional(),
  status: InstanceStatus.optional(),
  startedAfter: InstantQuery.optional(),
  startedBefore: InstantQuery.optional(),
  limit: Limit,
  offset: Offset,
});

export const StartBody = z
  .object({
    businessKey: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({ description: 'Usually the customer id', example: 'customer-42' }),
    variables: Variables.optional(),
  })
  .openapi('StartInstance');

export const SetVariablesBody = z.object({ variables: Variables }).openapi('SetVariables');
export const CancelBody = z
  .object({ reason: z.string().max(500).optional() })
  .openapi('CancelInstance');

export const toInstance = (v: InstanceView): z.infer<typeof Instance> => ({
  id: v.id,
  definitionId: v.definitionId,
  processId: v.processId,
  businessKey: v.businessKey ?? null,
  status: v.status,
  activeElements: v.activeElements,
  tokens: v.tokens,
  variables: v.variables,
  startedAt: iso(v.startedAt),
  endedAt: iso(v.endedAt),
  suspended: v.suspended,
});
