import { z } from '@hono/zod-openapi';
import type { SlaPolicy as SlaPolicyRecord } from '../../engine/index.ts';
import { Instant, iso } from './common.ts';

/** SLA policies: named promises per touchpoint and kind of request. */

const PolicyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, at most 64')
  .openapi({ example: 'phone-immediate' });

export const SlaPolicyParams = z.object({ id: PolicyId });

const Terms = {
  name: z.string().trim().min(1).max(200).openapi({ example: 'Phone, immediate' }),
  names: z
    .record(
      z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
      z.string().trim().min(1).max(200),
    )
    .optional()
    .openapi({
      description:
        'Its name per language (`es`, `en`), shown instead of `name` to people reading that language; on a change, left out: kept while `name` is unchanged, dropped when it changes',
      example: { en: 'Phone, immediate', es: 'Teléfono, inmediata' },
    }),
  touchpoint: z.string().trim().min(1).max(100).nullable().openapi({
    description: 'Where the customer meets the company (`phone`, `chat`, `email`, ...); null: any',
    example: 'phone',
  }),
  kind: z.enum(['first-response', 'resolution']).openapi({
    description: 'What is promised: the first response, or the resolution of the request',
  }),
  target: z.string().min(2).max(50).openapi({
    description: 'The promise, an ISO 8601 duration',
    example: 'PT3M',
  }),
  calendar: z.string().min(1).max(100).nullable().default(null).openapi({
    description:
      'A business calendar configured on the server: the target counts in its working time; null: plain time',
    example: null,
  }),
};

export const SlaPolicyTermsBody = z.object(Terms).openapi('SlaPolicyTerms');
export const NewSlaPolicyBody = z.object({ id: PolicyId, ...Terms }).openapi('NewSlaPolicy');

export const SlaPolicy = z
  .object({
    id: z.string(),
    ...Terms,
    names: z.record(z.string(), z.string()).openapi({
      description:
        'Its name per language (the shipped policies: `en` and `es`); empty when `name` is what a person typed, for every language',
      example: { en: 'Phone, immediate', es: 'Teléfono, inmediata' },
    }),
    calendar: z.string().nullable(),
    updatedAt: Instant.nullable().openapi({ description: 'Null: a default never changed' }),
    updatedBy: z.string().nullable(),
  })
  .openapi('SlaPolicy');

export function toSlaPolicy(policy: SlaPolicyRecord): z.infer<typeof SlaPolicy> {
  return { ...policy, updatedAt: iso(policy.updatedAt) };
}
