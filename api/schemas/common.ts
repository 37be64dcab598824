import { z } from '@hono/zod-openapi';
import { utcIso } from './utc-iso.ts';

/** Shapes shared by every resource: errors, times, variables, pages. */

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const ErrorSchema = z
  .object({
    type: z.string().openapi({ example: 'task-claimed' }),
    message: z.string().openapi({ example: 'Task 42 is already claimed by ana' }),
    details: z.record(z.string(), z.unknown()).openapi({ example: { field: 'variables.amount' } }),
  })
  .openapi('Error');

/** A UTC instant in responses. */
export const Instant = z
  .string()
  .openapi({ format: 'date-time', example: '2026-01-05T09:00:00.000Z' });

/** An instant in a query string, ISO 8601 with offset, read as epoch milliseconds. */
export const InstantQuery = z.iso
  .datetime({ offset: true })
  .transform((value) => Date.parse(value))
  .openapi({ type: 'string', format: 'date-time', example: '2026-01-05T09:00:00Z' });

export const Variables = z
  .record(z.string(), z.unknown())
  .openapi('Variables', { example: { amount: 1200, channel: 'phone' } });

export const Limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .openapi({ example: DEFAULT_PAGE_SIZE });
export const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0);

export const IdParams = z.object({ id: z.string().min(1).max(200) });

/** `true`/`false` in a query string. */
export const BooleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Epoch milliseconds as ISO 8601 (UTC, as `Date#toISOString` writes it), keeping null. */
export function iso(ms: number): string;
export function iso(ms: number | null | undefined): string | null;
export function iso(ms: number | null | undefined): string | null {
  return ms == null ? null : utcIso(ms);
}
