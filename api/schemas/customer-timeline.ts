import { z } from '@hono/zod-openapi';
import type {
  CustomerEvent as EngineCustomerEvent,
  NamedElement as EngineNamedElement,
} from '../../engine/index.ts';
import { Instant, iso } from './common.ts';

/** The customer timeline: what happened to one customer, in the customer's terms. */

const kinds = [
  'request.opened',
  'request.resolved',
  'request.cancelled',
  'task.created',
  'task.completed',
  'message.received',
  'promise.at-risk',
  'promise.breached',
  'promise.met',
  'promise.escalated',
  'promise.paused',
  'promise.resumed',
  'promise.moved',
  'engine',
] as const satisfies readonly EngineCustomerEvent['kind'][];

const NamedElement = z
  .object({
    elementId: z.string(),
    name: z.string().nullable().openapi({ example: 'Answer the customer' }),
    lane: z.string().nullable().openapi({ example: 'Front office' }),
    taskId: z
      .string()
      .nullable()
      .openapi({ description: 'The user task it is, or the one the promise guards' }),
  })
  .openapi('NamedElement');

export const CustomerEvent = z
  .object({
    seq: z.number().int().openapi({ description: 'The history line it stands for' }),
    at: Instant,
    kind: z.enum(kinds).openapi({
      description:
        'request.* (opened by, resolved at which end, cancelled), task.created, task.completed (by whom, ' +
        'with what outcome), message.received, promise.* (at-risk, breached, met, escalated, paused while ' +
        'waiting on the customer, resumed, moved); `engine` only with `detail=engine`',
    }),
    instanceId: z.string(),
    processId: z.string(),
    processName: z.string().nullable().openapi({ example: 'Customer request' }),
    element: NamedElement.nullable(),
    userId: z.string().nullable().openapi({ description: 'Who did it' }),
    outcome: z
      .array(z.object({ name: z.string(), label: z.string().nullable(), value: z.unknown() }))
      .optional()
      .openapi({ description: 'task.completed: the values submitted, with their form labels' }),
    onBehalfOf: z.string().optional(),
    messageName: z.string().optional(),
    dueAt: Instant.optional().openapi({ description: 'Promise events: when the promise is due' }),
    escalatedTo: NamedElement.optional().openapi({
      description: 'promise.escalated: the work the escalation started',
    }),
    reason: z.string().optional().openapi({
      description: 'request.resolved: the end reached; request.cancelled: why',
    }),
    engine: z
      .object({ kind: z.string(), data: z.record(z.string(), z.unknown()).nullable() })
      .optional()
      .openapi({ description: 'engine events: the history line as the engine wrote it' }),
  })
  .openapi('CustomerEvent');

export const CustomerTimeline = z
  .object({
    items: z.array(CustomerEvent),
    nextBefore: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Pass as `before` for older events' }),
  })
  .openapi('CustomerTimeline');

export const CustomerTimelineQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ description: 'History lines a page covers; it holds at most this many events' }),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: '`seq` to page back from' }),
  detail: z.enum(['customer', 'engine']).default('customer').openapi({
    description:
      '`engine` adds every other history line (flows, gateways, variable writes); analysts and above',
  }),
});

const toNamed = (e: EngineNamedElement): z.infer<typeof NamedElement> => ({ ...e });

export const toCustomerEvent = (e: EngineCustomerEvent): z.infer<typeof CustomerEvent> => ({
  seq: e.seq,
  at: iso(e.at),
  kind: e.kind,
  instanceId: e.instanceId,
  processId: e.processId,
  processName: e.processName,
  element: e.element && toNamed(e.element),
  userId: e.userId,
  ...(e.outcome ? { outcome: e.outcome } : {}),
  ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf } : {}),
  ...(e.messageName ? { messageName: e.messageName } : {}),
  ...(e.dueAt !== undefined ? { dueAt: iso(e.dueAt) } : {}),
  ...(e.escalatedTo ? { escalatedTo: toNamed(e.escalatedTo) } : {}),
  ...(e.reason !== undefined ? { reason: e.reason } : {}),
  ...(e.engine ? { engine: e.engine } : {}),
});
