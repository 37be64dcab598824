import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../../engine/index.ts';
import { parseCamundaDate } from '../dto.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, doc } from '../route.ts';

/**
 * Camunda's metrics, for the ones Promesa can count honestly from what it keeps: activity
 * instances started and ended, counted from the historic activity instances in the store (so
 * what the history clean-up removed no longer counts). Job acquisition, execution and decision
 * metrics are not recorded and are refused with a 400 naming them.
 */

/** Metric name → whether it counts starts or ends of activity instances. */
const COUNTED = {
  'activity-instance-start': 'started',
  'activity-instance-end': 'ended',
} as const;

const sum = createRoute({
  method: 'get',
  path: '/metrics/{metricsName}/sum',
  ...doc(
    'The sum of a metric between startDate (inclusive) and endDate (exclusive): activity-instance-start and activity-instance-end',
  ),
  request: {
    params: z.object({ metricsName: z.string().min(1).max(100) }),
    query: z.object({
      startDate: z.string().max(40).optional(),
      endDate: z.string().max(40).optional(),
    }),
  },
});

export function metricsRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(sum, async (c) => {
    const name = c.req.valid('param').metricsName;
    const { startDate, endDate } = c.req.valid('query');
    if (!Object.hasOwn(COUNTED, name))
      throw invalidRequest(
        `Metric ${name} is not recorded: only ${Object.keys(COUNTED).join(' and ')} are counted`,
      );
    const from = startDate === undefined ? undefined : parseCamundaDate(startDate, 'startDate');
    const to = endDate === undefined ? undefined : parseCamundaDate(endDate, 'endDate');
    // The store's bounds are strict: one millisecond earlier makes the start inclusive.
    const after = from === undefined ? undefined : from - 1;
    const result = await engine.countActivityPasses(
      COUNTED[name as keyof typeof COUNTED] === 'started'
        ? { startedAfter: after, startedBefore: to }
        : { ended: true, endedAfter: after, endedBefore: to },
    );
    return c.json({ result }, 200);
  });

  return app;
}
