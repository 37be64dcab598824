import { z } from '@hono/zod-openapi';
import { Variables } from './common.ts';

export const CorrelateMessageBody = z
  .object({
    messageName: z.string().min(1).max(255).openapi({ example: 'customer-reply' }),
    businessKey: z.string().min(1).max(255).optional().openapi({
      description: 'Only executions (or a new instance) of this business key',
      example: 'customer-42',
    }),
    instanceId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Only executions of this instance' }),
    correlationKeys: Variables.optional().openapi({
      description: 'Only instances whose process variables equal these',
    }),
    variables: Variables.optional().openapi({
      description: 'Set on the instance the message reaches or starts',
    }),
    all: z
      .boolean()
      .optional()
      .openapi({ description: 'Deliver to every matching execution instead of exactly one' }),
  })
  .openapi('CorrelateMessage');

export const CorrelationResults = z
  .object({
    results: z.array(
      z.object({
        resultType: z
          .enum(['Execution', 'ProcessDefinition'])
          .openapi({ description: 'A waiting execution was reached, or a new instance started' }),
        instanceId: z.string(),
      }),
    ),
  })
  .openapi('CorrelationResults');

export const BroadcastSignalBody = z
  .object({
    signalName: z.string().min(1).max(255).openapi({ example: 'store-closed' }),
    variables: Variables.optional().openapi({
      description: 'Set on every instance the signal reaches or starts',
    }),
  })
  .openapi('BroadcastSignal');

export const SignalResult = z
  .object({
    reached: z
      .number()
      .int()
      .openapi({ description: 'Waiting executions reached plus instances started' }),
  })
  .openapi('SignalResult');
