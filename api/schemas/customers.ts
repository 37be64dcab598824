import { z } from '@hono/zod-openapi';
import type { CustomerSummary } from '../../engine/index.ts';
import { utcIso } from './utc-iso.ts';

export const CustomerListQuery = z.object({
  prefix: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .openapi({ description: 'Business keys that start with this text, case as written' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const Customer = z
  .object({
    businessKey: z.string().openapi({ example: 'C-1001' }),
    requests: z.number().int().openapi({ description: 'Requests opened with the key' }),
    open: z.number().int().openapi({ description: 'Those still running' }),
    lastRequestAt: z.string().openapi({ format: 'date-time', example: '2026-12-07T10:00:00.000Z' }),
  })
  .openapi('Customer');

export const CustomerList = z.object({ items: z.array(Customer) }).openapi('CustomerList');

export function toCustomer(summary: CustomerSummary): z.infer<typeof Customer> {
  return { ...summary, lastRequestAt: utcIso(summary.lastRequestAt) };
}
