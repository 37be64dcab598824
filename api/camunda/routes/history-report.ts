import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { parseCamundaDate } from '../dto.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, doc, ListParam } from '../route.ts';

/**
 * Camunda's duration report of historic process instances: the shortest, longest and average
 * run of ended instances by the month or quarter of their start (in UTC, every year together),
 * computed in the store.
 */

const ReportQuery = z.object({
  reportType: z.string().max(50).optional(),
  periodUnit: z.string().max(50).optional(),
  processDefinitionIdIn: ListParam.optional(),
  processDefinitionKeyIn: ListParam.optional(),
  startedBefore: z.string().max(40).optional(),
  startedAfter: z.string().max(40).optional(),
});

const report = createRoute({
  method: 'get',
  path: '/history/process-instance/report',
  ...doc('Durations of ended instances by the month or quarter they started in'),
  request: { query: ReportQuery },
});

export function historyReportRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(report, async (c) => {
    const q = c.req.valid('query');
    if (q.reportType !== 'duration')
      throw invalidRequest(`Unknown report type ${q.reportType ?? null}`);
    if (q.periodUnit !== 'month' && q.periodUnit !== 'quarter')
      throw invalidRequest(
        `Cannot set query parameter 'periodUnit' to value '${q.periodUnit ?? ''}': month or quarter`,
      );
    const at = (value: string | undefined, field: string) =>
      value === undefined ? undefined : parseCamundaDate(value, field);
    const before = at(q.startedBefore, 'startedBefore');
    const after = at(q.startedAfter, 'startedAfter');
    const rows = await engine.instanceDurationReport({
      unit: q.periodUnit,
      definitionIds: q.processDefinitionIdIn,
      processIds: q.processDefinitionKeyIn,
      // Camunda's bounds are inclusive; the store's are strict.
      startedBefore: before === undefined ? undefined : before + 1,
      startedAfter: after === undefined ? undefined : after - 1,
    });
    const periodUnit = q.periodUnit.toUpperCase();
    return c.json(
      rows.map((r) => ({
        period: r.period,
        periodUnit,
        minimum: r.minimum,
        maximum: r.maximum,
        average: r.average,
      })),
      200,
    );
  });

  return app;
}
