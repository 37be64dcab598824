import { createRoute, z } from '@hono/zod-openapi';
import {
  type DiagramElement,
  type Engine,
  OPEN_WORK_AGES_MS,
  type OpenWorkRow,
  type SlaCounts,
} from '../../engine/index.ts';
import { steersAll, steersLane } from '../auth/supervision.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { Instant, InstantQuery, iso } from '../schemas/common.ts';
import { CustomerEvent, toCustomerEvent } from '../schemas/customer-timeline.ts';
import { DefinitionParams } from '../schemas/definitions.ts';
import { SlaMetrics, SlaMetricsQuery, TREND_BUCKETS, withCompliance } from '../schemas/slas.ts';
import { errors, json, resourceApp } from './openapi.ts';
import { resolveDefinition } from './process-definitions.ts';

const Counts = {
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  byAge: z.array(z.number().int()).openapi({
    description:
      'Open tasks by how long ago they were created: younger than the first of `ageStepsMinutes`, then up to each next, then older',
    example: [4, 2, 1, 0],
  }),
};

const OpenWork = z
  .object({
    dueSoonMinutes: z.number().int(),
    ageStepsMinutes: z.array(z.number().int()).openapi({ example: [60, 240, 1440] }),
    byLane: z.array(z.object({ lane: z.string().nullable(), ...Counts })),
    byProcess: z.array(z.object({ processId: z.string(), ...Counts })),
  })
  .openapi('OpenWork');

const ElementStats = z
  .object({
    definitionId: z.string(),
    elements: z.array(
      z.object({
        elementId: z.string(),
        elementType: z.string().nullable(),
        started: z.number().int(),
        completed: z.number().int(),
        cancelled: z.number().int(),
        averageDurationMs: z.number().nullable(),
        active: z.number().int().openapi({ description: 'Passes under way now' }),
        breached: z.number().int().openapi({
          description: 'Promises on the element that started in the window and broke',
        }),
      }),
    ),
  })
  .openapi('ElementStatistics');

const InstanceCounts = z
  .object({
    byDefinition: z.array(
      z.object({
        processId: z.string(),
        definitionId: z.string(),
        status: z.enum(['active', 'completed', 'terminated', 'cancelled']),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('InstanceCounts');

const openWork = createRoute({
  method: 'get',
  path: '/open-work',
  tags: ['metrics'],
  summary: 'Open user tasks per lane and per process: overdue, and due within dueSoonMinutes',
  description: 'Supervisors count the lanes they steer only.',
  request: {
    query: z.object({ dueSoonMinutes: z.coerce.number().int().min(1).max(10_080).default(60) }),
  },
  responses: { 200: json(OpenWork, 'Counts of open work'), ...errors() },
});

const elements = createRoute({
  method: 'get',
  path: '/process-definitions/{id}/elements',
  tags: ['metrics'],
  summary: 'Passes and mean durations per element of a definition version, for a heat map',
  description:
    'Passes started, completed and cancelled and their mean duration in [from, to) (all time without them), ' +
    'the passes under way now (`active`), and the promises that started in the window and broke.',
  request: {
    params: DefinitionParams,
    query: z.object({ from: InstantQuery.optional(), to: InstantQuery.optional() }),
  },
  responses: { 200: json(ElementStats, 'Per-element statistics from history'), ...errors(404) },
});

const sla = createRoute({
  method: 'get',
  path: '/sla',
  tags: ['metrics'],
  summary:
    'SLA compliance per process, touchpoint, lane and SLA policy over a window, and the running SLAs per lane',
  description:
    'Counts the SLAs that started in [from, to) by state; compliance is met / (met + breached). ' +
    '`openByLane` counts every running SLA, whenever it started: the on-time, at-risk and breached work now. ' +
    '`byPolicy` groups the SLAs by the SLA policy their target came from (`${slaPolicy(...)}`), those of none first. ' +
    'Supervisors get the lanes they steer only, and empty `byProcess` and `byPolicy` (a process or a policy spans lanes they do not steer).',
  request: { query: SlaMetricsQuery },
  responses: { 200: json(SlaMetrics, 'SLA compliance'), ...errors() },
});

const EscalationList = z
  .object({
    from: Instant,
    to: Instant.nullable(),
    items: z.array(
      CustomerEvent.extend({
        businessKey: z.string().nullable().openapi({ description: 'The customer' }),
      }),
    ),
  })
  .openapi('Escalations');

const escalationList = createRoute({
  method: 'get',
  path: '/escalations',
  tags: ['metrics'],
  summary: 'The escalations of a window, newest first: work moved on after its promise broke',
  description:
    'Read from the instances whose promises started in [from, to) and broke; each names the event that ' +
    'escalated (element) and the work it started (escalatedTo). Supervisors get those from or to a lane they steer.',
  request: { query: z.object({ from: InstantQuery, to: InstantQuery.optional() }) },
  responses: { 200: json(EscalationList, 'Escalations'), ...errors() },
});

const instances = createRoute({
  method: 'get',
  path: '/instances',
  tags: ['metrics'],
  summary: 'How many instances of each definition version are in each status',
  responses: { 200: json(InstanceCounts, 'Counts per version and status'), ...errors() },
});

/** Sums rows into one entry per key. */
function totals<K extends string>(
  rows: OpenWorkRow[],
  key: (row: OpenWorkRow) => string | null,
  name: K,
) {
  type Sum = Pick<OpenWorkRow, 'open' | 'overdue' | 'dueSoon' | 'byAge'>;
  const sums = new Map<string | null, Sum>();
  for (const row of rows) {
    const sum = sums.get(key(row));
    sums.set(key(row), {
      open: (sum?.open ?? 0) + row.open,
      overdue: (sum?.overdue ?? 0) + row.overdue,
      dueSoon: (sum?.dueSoon ?? 0) + row.dueSoon,
      byAge: row.byAge.map((count, i) => count + (sum?.byAge[i] ?? 0)),
    });
  }
  return [...sums].map(
    ([k, counts]) => ({ [name]: k, ...counts }) as Record<K, string | null> & Sum,
  );
}

/** Bucket rows of several lanes summed into one row per bucket, with its start and compliance. */
function trendOf(rows: (SlaCounts & { bucket: number })[], from: number, bucketMs: number) {
  const states = ['met', 'breached', 'onTime', 'atRisk', 'cancelled'] as const;
  const sums = new Map<number, Record<(typeof states)[number], number>>();
  for (const row of rows) {
    const sum = sums.get(row.bucket) ?? { met: 0, breached: 0, onTime: 0, atRisk: 0, cancelled: 0 };
    for (const state of states) sum[state] += row[state];
    sums.set(row.bucket, sum);
  }
  return [...sums]
    .sort(([a], [b]) => a - b)
    .map(([bucket, counts]) => ({
      from: iso(from + bucket * bucketMs),
      ...counts,
      compliance:
        counts.met + counts.breached === 0 ? null : counts.met / (counts.met + counts.breached),
    }));
}

/** Each policy row with the policy's name as it is now; null for no policy or one unknown. */
async function policyNamed<T extends { policy: string | null }>(
  engine: Engine,
  rows: T[],
): Promise<(T & { name: string | null })[]> {
  const names = new Map((await engine.listSlaPolicies()).map((p) => [p.id, p.name]));
  return rows.map((row) => ({ ...row, name: (row.policy && names.get(row.policy)) ?? null }));
}

/** Rows of processes with the name their latest version gives them. */
async function processNamed<T extends { processId: string }>(
  engine: Engine,
  rows: T[],
): Promise<(T & { name: string | null })[]> {
  const names = new Map(
    (await engine.listDefinitions({ latestOnly: true })).map((d) => [d.processId, d.name]),
  );
  return rows.map((row) => ({ ...row, name: names.get(row.processId) ?? null }));
}

/**
 * Rows of elements with the name and touchpoint the process's latest version gives each (null
 * for an element it no longer has), so a dashboard shows what people drew, not ids.
 */
async function named<T extends { processId: string; elementId: string }>(
  engine: Engine,
  rows: T[],
): Promise<(T & { name: string | null; touchpoint: string | null })[]> {
  const latest = new Map(
    (await engine.listDefinitions({ latestOnly: true })).map((d) => [d.processId, d.id]),
  );
  const elements = new Map<string, Map<string, DiagramElement>>();
  for (const processId of new Set(rows.map((row) => row.processId))) {
    const definitionId = latest.get(processId);
    if (!definitionId) continue;
    const drawn = await engine.diagramElements(definitionId);
    elements.set(processId, new Map(drawn.map((e) => [e.elementId, e])));
  }
  return rows.map((row) => {
    const element = elements.get(row.processId)?.get(row.elementId);
    return {
      ...row,
      name: element?.name ?? null,
      touchpoint: element?.properties.touchpoint ?? null,
    };
  });
}

/**
 * Dashboard figures: open work by due date, SLA compliance, instances per version, and a heat
 * map per element.
 */
export function metricsRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(openWork, async (c) => {
    const { dueSoonMinutes } = c.req.valid('query');
    const principal = c.var.principal!;
    const rows = (await engine.openWork({ dueSoonMs: dueSoonMinutes * 60_000 })).filter((row) =>
      steersLane(principal, row.lane),
    );
    const byProcess = totals(rows, (r) => r.processId, 'processId').map((p) => ({
      ...p,
      processId: p.processId ?? '',
    }));
    return c.json(
      {
        dueSoonMinutes,
        ageStepsMinutes: OPEN_WORK_AGES_MS.map((ms) => ms / 60_000),
        byLane: totals(rows, (r) => r.lane, 'lane'),
        byProcess,
      },
      200,
    );
  });

  app.openapi(sla, async (c) => {
    const { from, to, processId, bucket } = c.req.valid('query');
    if (from !== undefined && to !== undefined && from > to) {
      throw new HttpError(400, 'validation-failed', 'Invalid query: from: after to', {
        in: 'query',
        field: 'from',
      });
    }
    const bucketMs = bucket && TREND_BUCKETS[bucket];
    const statistics = await engine.slaStatistics({ from, to, processId, bucketMs });
    const principal = c.var.principal!;
    const steered = <T extends { lane: string | null }>(rows: T[]) =>
      rows.filter((row) => steersLane(principal, row.lane));
    return c.json(
      {
        from: iso(statistics.from),
        to: iso(statistics.to),
        processId: processId ?? null,
        byProcess: steersAll(principal)
          ? await processNamed(engine, statistics.byProcess.map(withCompliance))
          : [],
        byElement: await named(engine, steered(statistics.byElement).map(withCompliance)),
        byLane: steered(statistics.byLane).map(withCompliance),
        byPolicy: steersAll(principal)
          ? await policyNamed(engine, statistics.byPolicy.map(withCompliance))
          : [],
        openByLane: steered(statistics.openByLane),
        trend:
          statistics.byBucket && bucketMs
            ? trendOf(steered(statistics.byBucket), statistics.from, bucketMs)
            : null,
      },
      200,
    );
  });

  app.openapi(escalationList, async (c) => {
    const { from, to } = c.req.valid('query');
    const principal = c.var.principal!;
    const found = (await engine.escalations({ from, to })).filter(
      (e) => steersLane(principal, e.element?.lane) || steersLane(principal, e.escalatedTo?.lane),
    );
    return c.json(
      {
        from: iso(from),
        to: iso(to),
        items: found.map((e) => ({ ...toCustomerEvent(e), businessKey: e.businessKey })),
      },
      200,
    );
  });

  app.openapi(instances, async (c) => c.json({ byDefinition: await engine.instanceCounts() }, 200));

  app.openapi(elements, async (c) => {
    const definition = await resolveDefinition(engine, c.req.valid('param').id);
    const window = c.req.valid('query');
    return c.json(
      {
        definitionId: definition.id,
        elements: await engine.elementStatistics(definition.id, window),
      },
      200,
    );
  });

  return app;
}
