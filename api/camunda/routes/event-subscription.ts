import type { Engine, EventSubscriptionRecord } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { equalTo, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
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
const sortValue: Record<(typeof SORT_BY)[number], SortValue<EventSubscriptionRecord>> = {
  created: (s) => s.createdAt,
  tenantId: () => null,
};
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

function matches(s: EventSubscriptionRecord, q: Query): boolean {
  return (
    equalTo(s.id, q.eventSubscriptionId) &&
    equalTo(s.instanceId, q.executionId) &&
    equalTo(s.elementId, q.activityId) &&
    // Nothing belongs to a tenant: a tenant filter keeps only what it says to keep without one.
    (q.tenantIdIn === undefined || q.includeEventSubscriptionsWithoutTenantId === true)
  );
}

/**
 * `/event-subscription`: who waits for which message or signal, the waiting executions' and the
 * deployed start events'. Promesa has no compensation or conditional subscriptions.
 */
export function eventSubscriptionRoutes(engine: Engine) {
  const app = camundaApp();

  async function matching(q: Query): Promise<EventSubscriptionRecord[]> {
    if (q.eventType === 'compensate' || q.eventType === 'conditional') return [];
    const found = await engine.listEventSubscriptions({
      kind: q.eventType,
      name: q.eventName,
      instanceId: q.processInstanceId,
    });
    return found.filter((s) => matches(s, q));
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/event-subscription',
      noun: 'event subscriptions',
      filters,
      sortBy: SORT_BY,
      getOnly: true,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toEventSubscriptionDto,
    }),
  );

  return app;
}
