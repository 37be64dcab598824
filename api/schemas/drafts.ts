import { z } from '@hono/zod-openapi';
import type { DraftRecord, DraftSummary as DraftSummaryRecord } from '../../engine/index.ts';
import { Instant, iso } from './common.ts';

/** Diagrams drawn in the browser app, saved per user. */

const Name = z.string().min(1).max(200).openapi({ example: 'customer-request.bpmn' });
const Xml = z.string().min(1).openapi({ description: 'The BPMN XML as drawn; not validated' });

export const DraftSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int().openapi({ description: 'One more per save' }),
    basedOn: z
      .string()
      .nullable()
      .openapi({ description: 'The deployed definition it was opened from' }),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .openapi('DraftSummary');

export const Draft = DraftSummary.extend({ xml: z.string() }).openapi('Draft');

export const NewDraftBody = z
  .object({ name: Name, xml: Xml, basedOn: z.string().max(200).nullable().optional() })
  .openapi('NewDraft');

export const DraftSaveBody = z
  .object({
    name: Name,
    xml: Xml,
    version: z.number().int().min(1).openapi({
      description: 'The version this save was made on; an older one than stored answers 409',
    }),
  })
  .openapi('DraftSave');

export function toDraftSummary(d: DraftSummaryRecord): z.infer<typeof DraftSummary> {
  return {
    id: d.id,
    name: d.name,
    version: d.version,
    basedOn: d.basedOn,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  };
}

export function toDraft(d: DraftRecord): z.infer<typeof Draft> {
  return { ...toDraftSummary(d), xml: d.xml };
}
