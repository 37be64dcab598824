import { createRoute } from '@hono/zod-openapi';
import type { Engine, InstanceView } from '../../../engine/index.ts';
import { ifFound, notFound } from '../errors.ts';
import { equalTo, flagHolds, withinBounds, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
import { camundaApp, doc, IdParam } from '../route.ts';
import { activityInstances, type ActivityInstance } from './activity-instances.ts';

const filters = {
  activityInstanceId: param.text(),
  processInstanceId: param.text(),
  processDefinitionId: param.text(),
  executionId: param.text(),
  activityId: param.text(),
  activityType: param.text(),
  taskAssignee: param.text(),
  finished: param.bool(),
  unfinished: param.bool(),
  canceled: param.bool(),
  completeScope: param.bool(),
  startedBefore: param.date('startedBefore'),
  startedAfter: param.date('startedAfter'),
  finishedBefore: param.date('finishedBefore'),
  finishedAfter: param.date('finishedAfter'),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
};
const SORT_BY = [
  'activityInstanceId',
  'instanceId',
  'executionId',
  'activityId',
  'activityType',
  'startTime',
  'endTime',
  'duration',
  'definitionId',
  'occurrence',
  'tenantId',
] as const;
const sortValue: Record<(typeof SORT_BY)[number], SortValue<ActivityInstance>> = {
  activityInstanceId: (a) => a.id,
  instanceId: (a) => a.processInstanceId,
  executionId: (a) => a.executionId,
  activityId: (a) => a.activityId,
  activityType: (a) => a.activityType,
  startTime: (a) => a.startTime,
  endTime: (a) => a.endTime,
  duration: (a) => a.durationInMillis,
  definitionId: (a) => a.processDefinitionId,
  occurrence: (a) => a.sequence,
  tenantId: () => null,
};
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

const at = (date: string | null) => (date === null ? null : Date.parse(date));

function matches(a: ActivityInstance, q: Query): boolean {
  return (
    equalTo(a.id, q.activityInstanceId) &&
    equalTo(a.executionId, q.executionId) &&
    equalTo(a.activityId, q.activityId) &&
    equalTo(a.activityType, q.activityType) &&
    equalTo(a.assignee, q.taskAssignee) &&
    flagHolds(q.finished, a.endTime !== null) &&
    flagHolds(q.unfinished, a.endTime === null) &&
    flagHolds(q.canceled, a.canceled) &&
    flagHolds(q.completeScope, a.completeScope) &&
    withinBounds(at(a.startTime), q.startedAfter, q.startedBefore) &&
    withinBounds(at(a.endTime), q.finishedAfter, q.finishedBefore) &&
    q.tenantIdIn === undefined
  );
}

/** The DTO without the ordering sequence. */
const toDto = ({
  sequence: _sequence,
  ...a
}: ActivityInstance): Omit<ActivityInstance, 'sequence'> => a;

const one = createRoute({
  method: 'get',
  path: '/history/activity-instance/{id}',
  ...doc('One historic activity instance'),
  request: { params: IdParam },
});

/**
 * `/history/activity-instance`, rebuilt from the history of the instances in scope (one
 * instance, a definition's, or all): each activity's start, end and cancellation.
 */
export function historyActivityRoutes(engine: Engine) {
  const app = camundaApp();

  async function matching(q: Query): Promise<ActivityInstance[]> {
    const scope = q.processInstanceId
      ? [await ifFound(engine.getInstance(q.processInstanceId))].filter(
          (i): i is InstanceView => i !== undefined,
        )
      : await engine.listInstances({ definitionId: q.processDefinitionId });
    return (await Promise.all(scope.map((i) => activityInstances(engine, i))))
      .flat()
      .filter((a) => equalTo(a.processDefinitionId, q.processDefinitionId) && matches(a, q));
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/history/activity-instance',
      noun: 'historic activity instances',
      filters,
      sortBy: SORT_BY,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toDto,
    }),
  );

  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    // `<activityId>:<processInstanceId>-<sequence>` (see `activityInstances`).
    const instanceId = id.slice(id.indexOf(':') + 1, id.lastIndexOf('-'));
    const instance = instanceId ? await ifFound(engine.getInstance(instanceId)) : undefined;
    const found = instance && (await activityInstances(engine, instance)).find((a) => a.id === id);
    if (!found) throw notFound(`Historic activity instance with id ${id} does not exist`);
    return c.json(toDto(found), 200);
  });

  return app;
}
