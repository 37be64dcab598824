import { createRoute, z } from '@hono/zod-openapi';
import { ForbiddenError, type CustomerEvent, type Engine } from '../../engine/index.ts';
import type { Principal } from '../auth/roles.ts';
import { requireReadableInstance } from '../auth/instance-access.ts';
import { steersAll } from '../auth/supervision.ts';
import { taskVisibility } from '../auth/task-access.ts';
import { IdParams } from '../schemas/common.ts';
import {
  CustomerTimeline,
  CustomerTimelineQuery,
  toCustomerEvent,
} from '../schemas/customer-timeline.ts';
import { CustomerList, CustomerListQuery, toCustomer } from '../schemas/customers.ts';
import { HistoryEntry, toHistoryEntry } from '../schemas/history.ts';
import { errors, json, resourceApp } from './openapi.ts';

const instanceLog = createRoute({
  method: 'get',
  path: '/process-instances/{id}',
  tags: ['history'],
  summary: 'The activity log of an instance, oldest first',
  description:
    'Supervisors read the logs of the instances their lanes worked on; 404 for any other.',
  request: { params: IdParams },
  responses: {
    200: json(z.array(HistoryEntry), 'Every history line of the instance'),
    ...errors(404),
  },
});

const customers = createRoute({
  method: 'get',
  path: '/customers',
  tags: ['history'],
  summary: 'Customers by business key, latest request first',
  description:
    'The business keys requests were opened with, each with its count of requests, those still running and when ' +
    'the latest started. Staff and supervisors see the customers of requests holding a task they see, and only ' +
    'those requests counted.',
  request: { query: CustomerListQuery },
  responses: { 200: json(CustomerList, 'Customers'), ...errors() },
});

const customer = createRoute({
  method: 'get',
  path: '/customers/{businessKey}',
  tags: ['history'],
  summary:
    'The customer timeline: requests opened and resolved, tasks and who did them, messages, promises met, broken and escalated; newest first',
  description:
    'Every instance with the business key, told with process, element and lane names. Staff and supervisors see the events ' +
    'of the tasks they see, and the other events of requests holding one; a page may then hold fewer events than `limit`. ' +
    '`detail=engine` (analysts and above) adds flows, gateways and variable writes.',
  request: {
    params: z.object({ businessKey: z.string().min(1).max(255) }),
    query: CustomerTimelineQuery,
  },
  responses: { 200: json(CustomerTimeline, 'One page of the timeline'), ...errors() },
});

/**
 * What someone who does not read every lane may see of a timeline: the events of tasks they
 * see (a promise's event by the task it guards), and the task-less events of requests holding
 * one (opened, resolved, messages, escalations).
 */
async function visibleEvents(
  engine: Engine,
  principal: Principal,
  businessKey: string,
): Promise<(event: CustomerEvent) => boolean> {
  const tasks = await engine.listTasks({ businessKey, ...taskVisibility(principal) });
  const taskIds = new Set(tasks.map((t) => t.id));
  const instances = new Set(tasks.map((t) => t.instanceId));
  return (event) => {
    const taskId = event.element?.taskId;
    if (taskId) return taskIds.has(taskId);
    return event.kind !== 'engine' && instances.has(event.instanceId);
  };
}

/** Instance activity logs and the customer timeline. */
export function historyRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(instanceLog, async (c) => {
    const { id } = c.req.valid('param');
    await requireReadableInstance(engine, c.var.principal!, id);
    await engine.getInstance(id); // 404 for an unknown instance rather than an empty log
    return c.json((await engine.history(id)).map(toHistoryEntry), 200);
  });

  app.openapi(customers, async (c) => {
    const { prefix, limit } = c.req.valid('query');
    const found = await engine.listCustomers({
      prefix,
      limit,
      ...taskVisibility(c.var.principal!),
    });
    return c.json({ items: found.map(toCustomer) }, 200);
  });

  app.openapi(customer, async (c) => {
    const principal = c.var.principal!;
    const { businessKey } = c.req.valid('param');
    const { limit, before, detail } = c.req.valid('query');
    if (detail === 'engine' && !steersAll(principal))
      throw new ForbiddenError('forbidden', 'detail=engine needs the analyst role');
    const page = await engine.customerTimeline(businessKey, {
      limit,
      beforeSeq: before,
      engine: detail === 'engine',
    });
    const visible = steersAll(principal)
      ? () => true
      : await visibleEvents(engine, principal, businessKey);
    return c.json(
      { items: page.items.filter(visible).map(toCustomerEvent), nextBefore: page.nextBefore },
      200,
    );
  });

  return app;
}
