import type { Engine, EventSubscriptionRecord, SubscriptionQuery } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { addQueryRoutes, param, type QueryOf } from '../query-resource.ts';
import { camundaApp } from '../route.ts';

const filters = {
  eventSubscriptionId: param.text(),
  eventName: param.text(),
  eventType: param.choice(['message', 'signal', 'compensate', 'conditional']),
  executionId: param.text(),
  processInstanceId: param.text(),
  activityId: param.text(),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
  includeEventSubscriptionsWithoutTenantId: param.bool(),
};
const SORT_BY = ['created', 'tenantId'] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** `EventSubscriptionDto`; a start event's subscription belongs to no execution. */
export const toEventSubscriptionDto = (s: EventSubscriptionRecord) => ({
  id: s.id,
  eventType: s.kind,
  eventName: s.name,
  executionId: s.instanceId ?? null,
  processInstanceId: s.instanceId ?? null,
  activityId: s.elementId,
  createdDate: camundaDate(s.createdAt),
  tenantId: null,
});

/** The store query of a Camunda event subscription query; undefined when nothing can match. */
function storeQuery(
  q: Query,
  page: { firstResult?: number; maxResults?: number } = {},
): SubscriptionQuery | undefined {
  if (q.eventType === 'compensate' || q.eventType === 'conditional') return undefined;
  // Nothing belongs to a tenant: a tenant filter keeps only what it says to keep without one.
  if (q.tenantIdIn !== undefined && q.includeEventSubscriptionsWithoutTenantId !== true)
    return undefined;
  // An execution is its instance: both filters must name the same one.
  if (
    q.executionId !== undefined &&
    q.processInstanceId !== undefined &&
    q.executionId !== q.processInstanceId
  )
    return undefined;
  const instanceId = q.processInstanceId ?? q.executionId;
  // A start event's subscription belongs to no execution: an empty id matches nothing.
  if (instanceId === '') return undefined;
  return {
    kind: q.eventType,
    name: q.eventName,
    id: q.eventSubscriptionId,
    elementId: q.activityId,
    instanceId,
    // Sorted by creation (tenants sort alike); unsorted, the store's order is the oldest first.
    newestFirst: q.sort?.find((s) => s.by === 'created')?.descending,
    offset: page.firstResult,
    limit: page.maxResults,
  };
}

/**
 * `/event-subscription`: who waits for which message or signal, the waiting executions' and the
 * deployed start events', filtered, sorted, counted and paged in the store. Promesa has no
 * compensation or conditional subscriptions.
 */
export function eventSubscriptionRoutes(engine: Engine) {
  const app = camundaApp();

  addQueryRoutes(app, {
    path: '/event-subscription',
    noun: 'event subscriptions',
    filters,
    sortBy: SORT_BY,
    getOnly: true,
    async list(_c, q, paging) {
      const query = storeQuery(q, paging);
      return query ? (await engine.listEventSubscriptions(query)).map(toEventSubscriptionDto) : [];
    },
    async count(_c, q) {
      const query = storeQuery(q);
      return query ? engine.countEventSubscriptions(query) : 0;
    },
  });

  return app;
}
