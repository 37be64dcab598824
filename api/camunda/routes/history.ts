import { createRoute, z } from '@hono/zod-openapi';
import type {
  DefinitionRecord,
  Engine,
  InstanceStatus,
  InstanceView,
} from '../../../engine/index.ts';
import { camundaDate, page, parseCamundaDate } from '../dto.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { BooleanParam, camundaApp, doc, IdParam, ListParam, Paging } from '../route.ts';
import { activityInstances, type ActivityInstance } from './activity-instances.ts';

const state: Record<InstanceStatus, string> = {
  active: 'ACTIVE',
  completed: 'COMPLETED',
  cancelled: 'EXTERNALLY_TERMINATED',
  terminated: 'INTERNALLY_TERMINATED',
};
const date = (field: string) => z.string().transform((v) => parseCamundaDate(v, field));

const InstanceQuery = z.object({
  processInstanceId: z.string().optional(),
  processInstanceIds: ListParam.optional(),
  processInstanceBusinessKey: z.string().optional(),
  processDefinitionId: z.string().optional(),
  processDefinitionKey: z.string().optional(),
  finished: BooleanParam.optional(),
  unfinished: BooleanParam.optional(),
  startedBefore: date('startedBefore').optional(),
  startedAfter: date('startedAfter').optional(),
  sortBy: z
    .enum(['instanceId', 'definitionId', 'definitionKey', 'businessKey', 'startTime', 'endTime'])
    .optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});
const ActivityQuery = z.object({
  processInstanceId: z.string().optional(),
  processDefinitionId: z.string().optional(),
  activityId: z.string().optional(),
  activityType: z.string().optional(),
  finished: BooleanParam.optional(),
  unfinished: BooleanParam.optional(),
  canceled: BooleanParam.optional(),
  sortBy: z
    .enum(['activityInstanceId', 'instanceId', 'activityId', 'startTime', 'endTime', 'occurrence'])
    .optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});

const instances = createRoute({
  method: 'get',
  path: '/history/process-instance',
  ...doc('Historic process instances: running and ended'),
  request: { query: InstanceQuery },
});
const instance = createRoute({
  method: 'get',
  path: '/history/process-instance/{id}',
  ...doc('One historic process instance'),
  request: { params: IdParam },
});
const activities = createRoute({
  method: 'get',
  path: '/history/activity-instance',
  ...doc('Historic activity instances, from the instance log'),
  request: { query: ActivityQuery },
});

function sortBy<T>(
  items: T[],
  key: ((item: T) => string | number | null) | undefined,
  order: 'asc' | 'desc' | undefined,
): T[] {
  if (!key) return items;
  const sign = order === 'desc' ? -1 : 1;
  return items.sort((a, b) =>
    (key(a) ?? '') < (key(b) ?? '') ? -sign : (key(a) ?? '') > (key(b) ?? '') ? sign : 0,
  );
}

/** `/history/process-instance` and `/history/activity-instance` over the engine's instances and history. */
export function historyRoutes(engine: Engine) {
  const app = camundaApp();

  const definitionsById = async () =>
    new Map((await engine.listDefinitions({ latestOnly: false })).map((d) => [d.id, d]));

  function toHistoricInstance(i: InstanceView, definition: DefinitionRecord | undefined) {
    return {
      id: i.id,
      businessKey: i.businessKey ?? null,
      processDefinitionId: i.definitionId,
      processDefinitionKey: i.processId,
      processDefinitionName: definition?.name ?? null,
      processDefinitionVersion: definition?.version ?? null,
      startTime: camundaDate(i.startedAt),
      endTime: camundaDate(i.endedAt),
      removalTime: null,
      durationInMillis: i.endedAt == null ? null : i.endedAt - i.startedAt,
      startUserId: null,
      startActivityId: null,
      deleteReason: null,
      rootProcessInstanceId: i.id,
      superProcessInstanceId: null,
      superCaseInstanceId: null,
      caseInstanceId: null,
      tenantId: null,
      state: state[i.status],
    };
  }

  app.openapi(instances, async (c) => {
    const q = c.req.valid('query');
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    const found = (
      await engine.listInstances({
        businessKey: q.processInstanceBusinessKey,
        definitionId: q.processDefinitionId,
        processId: q.processDefinitionKey,
        startedBefore: q.startedBefore,
        startedAfter: q.startedAfter,
      })
    ).filter(
      (i) =>
        (q.processInstanceId === undefined || i.id === q.processInstanceId) &&
        (q.processInstanceIds === undefined || q.processInstanceIds.includes(i.id)) &&
        (q.finished === undefined || q.finished === (i.status !== 'active')) &&
        (q.unfinished === undefined || q.unfinished === (i.status === 'active')),
    );
    const keys: Record<string, (i: InstanceView) => string | number | null> = {
      instanceId: (i) => i.id,
      definitionId: (i) => i.definitionId,
      definitionKey: (i) => i.processId,
      businessKey: (i) => i.businessKey ?? null,
      startTime: (i) => i.startedAt,
      endTime: (i) => i.endedAt ?? null,
    };
    const definitions = await definitionsById();
    return c.json(
      page(sortBy(found, q.sortBy && keys[q.sortBy], q.sortOrder), q).map((i) =>
        toHistoricInstance(i, definitions.get(i.definitionId)),
      ),
      200,
    );
  });

  app.openapi(instance, async (c) => {
    const { id } = c.req.valid('param');
    const found = await ifFound(engine.getInstance(id));
    if (!found) throw notFound(`Historic process instance with id ${id} does not exist`);
    return c.json(
      toHistoricInstance(found, (await definitionsById()).get(found.definitionId)),
      200,
    );
  });

  app.openapi(activities, async (c) => {
    const q = c.req.valid('query');
    if (q.sortOrder && !q.sortBy)
      throw invalidRequest(
        'Only a single sorting parameter specified. sortBy and sortOrder required',
      );
    const scope = q.processInstanceId
      ? [await ifFound(engine.getInstance(q.processInstanceId))].filter(
          (i): i is InstanceView => i !== undefined,
        )
      : await engine.listInstances({ definitionId: q.processDefinitionId });
    const found = (await Promise.all(scope.map((i) => activityInstances(engine, i))))
      .flat()
      .filter(
        (a) =>
          (q.activityId === undefined || a.activityId === q.activityId) &&
          (q.activityType === undefined || a.activityType === q.activityType) &&
          (q.finished === undefined || q.finished === (a.endTime !== null)) &&
          (q.unfinished === undefined || q.unfinished === (a.endTime === null)) &&
          (q.canceled === undefined || q.canceled === a.canceled),
      );
    const keys: Record<string, (a: ActivityInstance) => string | number | null> = {
      activityInstanceId: (a) => a.id,
      instanceId: (a) => a.processInstanceId,
      activityId: (a) => a.activityId,
      startTime: (a) => a.startTime,
      endTime: (a) => a.endTime,
      occurrence: (a) => a.sequence,
    };
    return c.json(
      page(sortBy(found, q.sortBy && keys[q.sortBy], q.sortOrder), q).map(
        ({ sequence: _sequence, ...a }) => a,
      ),
      200,
    );
  });

  return app;
}
