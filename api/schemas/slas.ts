import { z } from '@hono/zod-openapi';
import type { SlaCounts, SlaRecord, SlaState } from '../../engine/index.ts';
import { Instant, InstantQuery, iso } from './common.ts';

const states = [
  'on-time',
  'at-risk',
  'breached',
  'met',
  'cancelled',
] as const satisfies readonly SlaState[];
export const SlaStateEnum = z.enum(states);

/** An SLA record: the promise on one activity, and whether it is being kept. */
export const Sla = z
  .object({
    id: z.string(),
    instanceId: z.string(),
    processId: z.string(),
    businessKey: z.string().nullable(),
    elementId: z.string(),
    taskId: z.string().nullable(),
    lane: z.string().nullable(),
    state: SlaStateEnum,
    startedAt: Instant,
    targetAt: Instant.openapi({
      description: 'When the promise breaks; moves with pauses and re-targeting',
    }),
    atRiskAt: Instant,
    pausedAt: Instant.nullable().openapi({
      description: 'Set while the instance waits on the customer',
    }),
    pausedMs: z.number().int(),
    atRiskSince: Instant.nullable(),
    breachedAt: Instant.nullable(),
    closedAt: Instant.nullable(),
    calendar: z.string().nullable(),
  })
  .openapi('Sla');

/** The SLA a task list row shows. */
export const TaskSla = z
  .object({
    id: z.string(),
    state: SlaStateEnum,
    startedAt: Instant,
    targetAt: Instant,
    atRiskAt: Instant,
    pausedAt: Instant.nullable(),
  })
  .openapi('TaskSla');

export const toSla = (s: SlaRecord): z.infer<typeof Sla> => ({
  id: s.id,
  instanceId: s.instanceId,
  processId: s.processId,
  businessKey: s.businessKey ?? null,
  elementId: s.elementId,
  taskId: s.taskId ?? null,
  lane: s.lane ?? null,
  state: s.state,
  startedAt: iso(s.startedAt),
  targetAt: iso(s.targetAt),
  atRiskAt: iso(s.atRiskAt),
  pausedAt: iso(s.pausedAt),
  pausedMs: s.pausedMs,
  atRiskSince: iso(s.atRiskSince),
  breachedAt: iso(s.breachedAt),
  closedAt: iso(s.closedAt),
  calendar: s.calendar ?? null,
});

export const toTaskSla = (s: SlaRecord | undefined): z.infer<typeof TaskSla> | null =>
  s
    ? {
        id: s.id,
        state: s.state,
        startedAt: iso(s.startedAt),
        targetAt: iso(s.targetAt),
        atRiskAt: iso(s.atRiskAt),
        pausedAt: iso(s.pausedAt),
      }
    : null;

/**
 * The SLA of each task among `slas`: the running one, else the latest (a task has one SLA, but
 * nothing in the store forbids more).
 */
export function slaByTask(slas: SlaRecord[]): Map<string, SlaRecord> {
  const byTask = new Map<string, SlaRecord>();
  for (const sla of slas) {
    if (!sla.taskId) continue;
    const kept = byTask.get(sla.taskId);
    if (!kept || kept.closedAt != null || sla.closedAt == null) byTask.set(sla.taskId, sla);
  }
  return byTask;
}

/** `slaState=at-risk,breached`: a comma-separated list of SLA states. */
export const SlaStateListQuery = z
  .string()
  .transform((value, ctx) => {
    const parts = value.split(',').map((part) => part.trim());
    const unknown = parts.filter((part) => !(states as readonly string[]).includes(part));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown SLA state ${unknown.map((u) => `'${u}'`).join(', ')}; use ${states.join(', ')}`,
      });
      return z.NEVER;
    }
    return parts as SlaState[];
  })
  .openapi({
    type: 'string',
    description: `Comma-separated SLA states (${states.join(', ')})`,
    example: 'at-risk,breached',
  });

export const RetargetSlaBody = z
  .object({
    duration: z.union([z.string().min(2).max(50), z.number().int().positive()]).openapi({
      description:
        'The new target, counted from the SLA start: an ISO 8601 duration or milliseconds',
      example: 'PT4H',
    }),
  })
  .openapi('RetargetSla');

export const SlaParams = z.object({
  id: z.string().min(1).max(200),
  slaId: z.string().min(1).max(200),
});

const Counts = z.object({
  met: z.number().int(),
  breached: z.number().int(),
  onTime: z.number().int().openapi({ description: 'Running, within the promise' }),
  atRisk: z.number().int(),
  cancelled: z.number().int(),
  compliance: z
    .number()
    .nullable()
    .openapi({ description: 'met / (met + breached); null when neither' }),
  averageCloseMs: z.number().nullable().openapi({
    description:
      'Mean time on the SLA clock (pauses excluded) of the met and breached SLAs that closed',
  }),
  p90CloseMs: z
    .number()
    .nullable()
    .openapi({ description: '90th percentile (nearest rank) of the same times' }),
});

export const SlaMetrics = z
  .object({
    from: Instant,
    to: Instant.nullable().openapi({ description: 'Null: up to now' }),
    processId: z.string().nullable(),
    byProcess: z.array(
      Counts.extend({
        processId: z.string(),
        name: z.string().nullable().openapi({
          description: "The process's name in its latest version",
          example: 'Customer request',
        }),
      }),
    ),
    byElement: z.array(
      Counts.extend({
        processId: z.string(),
        elementId: z.string(),
        lane: z.string().nullable(),
        name: z.string().nullable().openapi({
          description: "The element's name in the process's latest version",
          example: 'Answer the customer',
        }),
        touchpoint: z.string().nullable().openapi({
          description: 'Its `touchpoint` property: where the customer meets the company',
          example: 'phone, chat',
        }),
      }),
    ),
    byLane: z.array(Counts.extend({ lane: z.string().nullable() })),
    byPolicy: z.array(
      Counts.extend({
        policy: z.string().nullable().openapi({
          description: 'The SLA policy the targets came from; null: none',
          example: 'phone-immediate',
        }),
        name: z.string().nullable().openapi({
          description: "The policy's name as it is now",
          example: 'Phone, immediate',
        }),
      }),
    ),
    openByLane: z.array(
      z.object({
        lane: z.string().nullable(),
        onTime: z.number().int(),
        atRisk: z.number().int(),
        breached: z.number().int(),
        paused: z.number().int(),
      }),
    ),
    trend: z
      .array(
        Counts.omit({ averageCloseMs: true, p90CloseMs: true }).extend({
          from: Instant.openapi({ description: 'When the bucket starts' }),
        }),
      )
      .nullable()
      .openapi({
        description:
          'With `bucket`: the SLAs that started in each bucket of the window, over the lanes the caller steers, ' +
          'oldest first; buckets without any are left out. Null without `bucket`.',
      }),
  })
  .openapi('SlaMetrics');

/** The lengths a trend's buckets may have. */
export const TREND_BUCKETS = { hour: 3_600_000, day: 86_400_000 } as const;

export const SlaMetricsQuery = z.object({
  from: InstantQuery.optional().openapi({
    description: 'SLAs that started at or after this; default 30 days before `to` (or now)',
  }),
  to: InstantQuery.optional().openapi({
    description: 'SLAs that started before this; default: up to now',
  }),
  processId: z.string().optional(),
  bucket: z.enum(['hour', 'day']).optional().openapi({
    description:
      'Adds `trend`, counted per hour or per 24 hours from `from` (send `from` at a midnight for calendar days)',
  }),
});

/** A store group's counts with the compliance ratio. */
export function withCompliance<T extends SlaCounts>(counts: T): T & { compliance: number | null } {
  const decided = counts.met + counts.breached;
  return { ...counts, compliance: decided === 0 ? null : counts.met / decided };
}
