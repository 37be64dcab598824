import { z } from '@hono/zod-openapi';
import type { IncidentRecord, StoredHistoryEntry } from '../../engine/index.ts';
import { BooleanQuery, Instant, iso } from './common.ts';

/** History lines and incidents. */

export const HistoryEntry = z
  .object({
    seq: z.number().int(),
    instanceId: z.string(),
    kind: z.string().openapi({ example: 'task.completed' }),
    elementId: z.string().nullable(),
    elementType: z.string().nullable(),
    tokenId: z.string().nullable(),
    at: Instant,
    userId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('HistoryEntry');

export const Incident = z
  .object({
    id: z.string(),
    type: z.string().openapi({
      description:
        "`failedJob`, `failedExternalTask`, `expression` or `unhandledError` (the engine's), or a type an operator gave an incident raised by hand",
      example: 'failedJob',
    }),
    instanceId: z.string(),
    elementId: z.string(),
    tokenId: z.string().nullable(),
    externalTaskId: z.string().nullable(),
    jobId: z.string().nullable(),
    message: z.string(),
    createdAt: Instant,
    resolvedAt: Instant.nullable(),
  })
  .openapi('Incident');

export const IncidentQuery = z.object({
  instanceId: z.string().optional(),
  open: BooleanQuery.default(true).openapi({
    type: 'string',
    enum: ['true', 'false'],
    description: 'Open (default) or resolved incidents',
  }),
});

export const toHistoryEntry = (h: StoredHistoryEntry): z.infer<typeof HistoryEntry> => ({
  seq: h.seq,
  instanceId: h.instanceId,
  kind: h.kind,
  elementId: h.elementId ?? null,
  elementType: h.elementType ?? null,
  tokenId: h.tokenId ?? null,
  at: iso(h.at),
  userId: h.userId ?? null,
  data: h.data ?? null,
});

export const toIncident = (i: IncidentRecord): z.infer<typeof Incident> => ({
  id: i.id,
  type: i.type,
  instanceId: i.instanceId,
  elementId: i.elementId,
  tokenId: i.tokenId ?? null,
  externalTaskId: i.externalTaskId ?? null,
  jobId: i.jobId ?? null,
  message: i.message,
  createdAt: iso(i.createdAt),
  resolvedAt: iso(i.resolvedAt),
});
