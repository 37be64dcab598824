import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Engine, InstanceSortKey, InstanceView } from '../../../engine/index.ts';
import type { AppEnv } from '../../auth/roles.ts';
import { toInstanceDto } from '../dto.ts';
import {
  sortingBody,
  sortKeys,
  suspensionFilter,
  VariableConditionBody,
  VariablesParam,
} from '../query-params.ts';
import { ifFound, notFound } from '../errors.ts';
import {
  BooleanParam,
  camundaApp,
  doc,
  IdParam,
  ListParam,
  oneOf,
  optionalJson,
  Paging,
} from '../route.ts';
import { addVariableRoutes } from '../variable-resource.ts';
import { activityInstances } from './activity-instances.ts';

/** The filters of Camunda's instance query that Promesa honours; the others are refused (400). */
const filters = {
  processInstanceIds: ListParam.optional(),
  businessKey: z.string().optional(),
  businessKeyLike: z.string().optional(),
  processDefinitionId: z.string().optional(),
  processDefinitionKey: z.string().optional(),
  processDefinitionKeyIn: ListParam.optional(),
  processDefinitionKeyNotIn: ListParam.optional(),
  superProcessInstance: z.string().optional(),
  active: BooleanParam.optional(),
  suspended: BooleanParam.optional(),
};
const SORT_KEYS = ['instanceId', 'definitionKey', 'definitionId', 'businessKey'] as const;
const sortKeyOf: Record<(typeof SORT_KEYS)[number], InstanceSortKey> = {
  instanceId: 'id',
  definitionKey: 'processId',
  definitionId: 'definitionId',
  businessKey: 'businessKey',
};

const ListQuery = z.object({
  ...filters,
  variables: VariablesParam.optional(),
  sortBy: z.enum(SORT_KEYS).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...Paging,
});
/** `ProcessInstanceQueryDto`, the body of the POST query form; lists are JSON arrays there. */
const QueryBody = z
  .object({
    ...filters,
    processInstanceIds: z.array(z.string()).nullable().optional(),
    processDefinitionKeyIn: z.array(z.string()).nullable().optional(),
    processDefinitionKeyNotIn: z.array(z.string()).nullable().optional(),
    active: z.boolean().nullable().optional(),
    suspended: z.boolean().nullable().optional(),
    variables: z.array(VariableConditionBody).nullable().optional(),
    sorting: sortingBody(SORT_KEYS),
  })
  .strict();
type Query = z.infer<typeof ListQuery> | z.infer<typeof QueryBody>;

const list = createRoute({
  method: 'get',
  path: '/process-instance',
  ...doc('Query running process instances: filters, variable conditions, sorting and paging'),
  request: { query: ListQuery },
});
const count = createRoute({
  method: 'get',
  path: '/process-instance/count',
  ...doc('Count the running instances the same query returns: `{ count }`'),
  request: {
    query: ListQuery.omit({ firstResult: true, maxResults: true, sortBy: true, sortOrder: true }),
  },
});
const listByBody = createRoute({
  method: 'post',
  path: '/process-instance',
  ...doc(
    'The query of `GET /process-instance` as a JSON body (variables as `[{ name, operator, value }]`)',
  ),
  request: { query: z.object(Paging), body: optionalJson(QueryBody) },
});
const countByBody = createRoute({
  method: 'post',
  path: '/process-instance/count',
  ...doc('The count of `POST /process-instance`'),
  request: { body: optionalJson(QueryBody) },
});
const get = createRoute({
  method: 'get',
  path: '/process-instance/{id}',
  ...doc('Get a running instance; 404 once it ended, as in Camunda'),
  request: { params: IdParam },
});
const remove = createRoute({
  method: 'delete',
  path: '/process-instance/{id}',
  ...doc('Cancel a running instance; with failIfNotExists=false an unknown id is no error'),
  request: { params: IdParam, query: z.object({ failIfNotExists: BooleanParam.optional() }) },
});
const tree = createRoute({
  method: 'get',
  path: '/process-instance/{id}/activity-instances',
  ...doc('The activities a running instance is in now, under its process'),
  request: { params: IdParam },
});

/**
 * The runtime view of instances. Camunda's runtime tables drop an instance when it ends, so
 * only `active` instances exist here; ended ones are under `/history/process-instance`.
 */
export function processInstanceRoutes(engine: Engine) {
  const app = camundaApp();

  async function running(id: string): Promise<InstanceView> {
    const instance = await ifFound(engine.getInstance(id));
    if (instance?.status !== 'active')
      throw notFound(`Process instance with id ${id} does not exist`);
    return instance;
  }

  /** The store query of a Camunda instance query; undefined when nothing can match. */
  function storeQuery(q: Query, page: { firstResult?: number; maxResults?: number } = {}) {
    const sort = sortKeys(q, sortKeyOf);
    return {
      status: 'active' as const,
      businessKey: q.businessKey ?? undefined,
      definitionId: q.processDefinitionId ?? undefined,
      parentInstanceId: q.superProcessInstance ?? undefined,
      match: {
        ids: q.processInstanceIds ?? undefined,
        processIds: oneOf(
          q.processDefinitionKey ?? undefined,
          q.processDefinitionKeyIn ?? undefined,
        ),
        notProcessIds: q.processDefinitionKeyNotIn ?? undefined,
        businessKeyLike: q.businessKeyLike ?? undefined,
        variables: q.variables ?? undefined,
        suspended: suspensionFilter(q),
      },
      sort,
      offset: page.firstResult,
      limit: page.maxResults,
    };
  }

  const listed = async (c: Context<AppEnv>, query: ReturnType<typeof storeQuery>) =>
    c.json(query ? (await engine.listInstances(query)).map((i) => toInstanceDto(c, i)) : [], 200);
  const counted = async (c: Context<AppEnv>, query: ReturnType<typeof storeQuery>) =>
    c.json({ count: query ? await engine.countInstances(query) : 0 }, 200);

  app.openapi(list, (c) => {
    const q = c.req.valid('query');
    return listed(c, storeQuery(q, q));
  });
  app.openapi(count, (c) => counted(c, storeQuery(c.req.valid('query'))));
  app.openapi(listByBody, (c) => listed(c, storeQuery(c.req.valid('json'), c.req.valid('query'))));
  app.openapi(countByBody, (c) => counted(c, storeQuery(c.req.valid('json'))));

  app.openapi(get, async (c) =>
    c.json(toInstanceDto(c, await running(c.req.valid('param').id)), 200),
  );

  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const instance = await ifFound(engine.getInstance(id));
    if (instance?.status === 'active')
      await engine.cancelInstance(id, 'deleted through /engine-rest', {
        userId: c.var.principal!.username,
      });
    else if (c.req.valid('query').failIfNotExists !== false)
      throw notFound(`Process instance with id ${id} does not exist`);
    return c.body(null, 204);
  });

  app.openapi(tree, async (c) => {
    const instance = await running(c.req.valid('param').id);
    const incidents = await engine.listIncidents({ instanceId: instance.id, open: true });
    const open = await activityInstances(engine, { instanceId: instance.id, ended: false });
    return c.json(
      {
        id: instance.id,
        parentActivityInstanceId: null,
        activityId: instance.processId,
        activityName: null,
        activityType: 'processDefinition',
        processInstanceId: instance.id,
        processDefinitionId: instance.definitionId,
        childActivityInstances: open.map((a) => {
          const own = incidents.filter((i) => i.elementId === a.activityId);
          return {
            id: a.id,
            parentActivityInstanceId: instance.id,
            activityId: a.activityId,
            activityName: a.activityName,
            activityType: a.activityType,
            processInstanceId: instance.id,
            processDefinitionId: instance.definitionId,
            childActivityInstances: [],
            childTransitionInstances: [],
            executionIds: [instance.id],
            incidentIds: own.map((i) => i.id),
            incidents: own.map((i) => ({ id: i.id, parentActivityInstanceId: a.id })),
          };
        }),
        childTransitionInstances: [],
        executionIds: [instance.id],
        incidentIds: [],
        incidents: [],
      },
      200,
    );
  });

  addVariableRoutes(app, engine, {
    path: '/process-instance/{id}/variables',
    noun: 'process instance',
    owner: async (_c, id) => ({ instanceId: (await running(id)).id }),
  });

  return app;
}
