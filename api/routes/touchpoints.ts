import { createRoute } from '@hono/zod-openapi';
import type { Engine, TouchpointMap } from '../../engine/index.ts';
import type { Identity } from '../auth/identity.ts';
import { iso } from '../schemas/common.ts';
import { InventoryQuery, InventoryReport, TouchpointCatalogue } from '../schemas/touchpoints.ts';
import { errors, json, resourceApp } from './openapi.ts';

const tags = ['touchpoints'];
const HOUR = 3_600_000;

const catalogue = createRoute({
  method: 'get',
  path: '/touchpoints',
  tags,
  summary:
    'Life-cycle stages × touchpoints × the deployed processes (latest versions) that serve them',
  description:
    "Every stage and touchpoint of the company's touchpoint map, served or not, then those only the " +
    'processes name. A process serves a touchpoint where an element carries the `touchpoint` property; ' +
    "its stage is the element's `lifecycleStage`, else that of the process's start event.",
  responses: { 200: json(TouchpointCatalogue, 'The catalogue'), ...errors() },
});

const inventory = createRoute({
  method: 'get',
  path: '/inventory',
  tags,
  summary:
    'The gaps: touchpoints no process serves, processes with no SLA, human tasks nobody can do, topics no worker serves',
  description:
    'Over the latest version of each process. A human task is listed when none of the groups and users ' +
    'it is offered to has an enabled member who is not away (tasks whose people an expression chooses are ' +
    'left out); a topic when no worker asked for it within `workerWindowHours`.',
  request: { query: InventoryQuery },
  responses: { 200: json(InventoryReport, 'The inventory'), ...errors() },
});

/** `/api/touchpoints` and `/api/inventory`: where the company meets its customers, and what is missing. */
export function touchpointRoutes(engine: Engine, identity: Identity, map: TouchpointMap) {
  const app = resourceApp();

  app.openapi(catalogue, async (c) => {
    return c.json({ entries: await engine.touchpointCatalogue(map) }, 200);
  });

  app.openapi(inventory, async (c) => {
    const report = await engine.inventory({
      map,
      workerWindowMs: c.req.valid('query').workerWindowHours * HOUR,
      available: (offeredTo) => identity.availableMembers(offeredTo),
    });
    return c.json(
      {
        ...report,
        workersSince: iso(report.workersSince),
        topicsWithoutWorker: report.topicsWithoutWorker.map((t) => ({
          ...t,
          lastSeenAt: t.lastSeenAt === null ? null : iso(t.lastSeenAt),
        })),
      },
      200,
    );
  });
  return app;
}
