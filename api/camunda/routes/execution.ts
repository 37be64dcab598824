import { createRoute, z } from '@hono/zod-openapi';
import {
  ConflictError,
  type Engine,
  type InstanceQuery,
  type InstanceSortKey,
  type InstanceView,
} from '../../../engine/index.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { suspensionFilter } from '../query-params.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { camundaApp, doc, IdParam, optionalJson } from '../route.ts';
import { addVariableRoutes } from '../variable-resource.ts';
import { fromTypedVariables, TypedVariables } from '../variables.ts';
import { toEventSubscriptionDto } from './event-subscription.ts';

/**
 * Executions. Promesa's execution of a process instance is the instance itself (Camunda's root
 * execution): its tasks, jobs and incidents name it, its local variables are the process scope's.
 */

const filters = {
  businessKey: param.text(),
  processDefinitionId: param.text(),
  processDefinitionKey: param.text(),
  processInstanceId: param.text(),
  signalEventSubscriptionName: param.text(),
  messageEventSubscriptionName: param.text(),
  active: param.bool(),
  suspended: param.bool(),
  incidentId: param.text(),
  incidentType: param.text(),
  incidentMessage: param.text(),
  incidentMessageLike: param.text(),
  tenantIdIn: param.list(),
  variables: param.variables(),
  processVariables: param.variables(),
};
const SORT_BY = ['instanceId', 'definitionKey', 'definitionId', 'tenantId'] as const;
const sortKeyOf: Record<(typeof SORT_BY)[number], InstanceSortKey | undefined> = {
  instanceId: 'id',
  definitionKey: 'processId',
  definitionId: 'definitionId',
  tenantId: undefined,
};
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** `ExecutionDto`. */
const toExecutionDto = (i: InstanceView) => ({
  id: i.id,
  processInstanceId: i.id,
  ended: false,
  tenantId: null,
});

const TriggerBody = z.object({ variables: TypedVariables.nullable().optional() }).strict();
const SubscriptionParams = IdParam.extend({ messageName: z.string().min(1).max(255) });

const get = createRoute({
  method: 'get',
  path: '/execution/{id}',
  ...doc('One execution: a running process instance'),
  request: { params: IdParam },
});
const subscription = createRoute({
  method: 'get',
  path: '/execution/{id}/messageSubscriptions/{messageName}',
  ...doc('The subscription of the execution to a message; 404 when it waits for none'),
  request: { params: SubscriptionParams },
});
const trigger = createRoute({
  method: 'post',
  path: '/execution/{id}/messageSubscriptions/{messageName}/trigger',
  ...doc('Deliver the message the execution waits for, with variables'),
  request: { params: SubscriptionParams, body: optionalJson(TriggerBody) },
});
const signal = createRoute({
  method: 'post',
  path: '/execution/{id}/signal',
  ...doc(
    'Move on the execution waiting at a receive task or other wait state without a task (it must wait at exactly one)',
  ),
  request: { params: IdParam, body: optionalJson(TriggerBody) },
});

export function executionRoutes(engine: Engine) {
  const app = camundaApp();

  async function running(id: string): Promise<InstanceView> {
    const instance = await ifFound(engine.getInstance(id));
    if (instance?.status !== 'active') throw notFound(`Execution with id ${id} does not exist`);
    return instance;
  }

  /** The instances the subscription and incident filters leave, or undefined when none applies. */
  async function narrowedIds(q: Query): Promise<string[] | undefined> {
    let ids: string[] | undefined;
    const keep = (found: string[]) => {
      ids = ids === undefined ? found : ids.filter((id) => found.includes(id));
    };
    for (const [kind, name] of [
      ['signal', q.signalEventSubscriptionName],
      ['message', q.messageEventSubscriptionName],
    ] as const)
      if (name !== undefined)
        keep(
          (await engine.listEventSubscriptions({ kind, name, instancesOnly: true })).map(
            (s) => s.instanceId!,
          ),
        );
    if (
      [q.incidentId, q.incidentType, q.incidentMessage, q.incidentMessageLike].some(
        (v) => v !== undefined,
      )
    )
      keep(
        (
          await engine.listIncidents({
            open: true,
            match: {
              ids: q.incidentId === undefined ? undefined : [q.incidentId],
              types: q.incidentType === undefined ? undefined : [q.incidentType],
              message: q.incidentMessage,
              messageLike: q.incidentMessageLike,
            },
          })
        ).map((i) => i.instanceId),
      );
    return ids;
  }

  async function storeQuery(
    q: Query,
    page: { firstResult?: number; maxResults?: number } = {},
  ): Promise<InstanceQuery | undefined> {
    if (q.tenantIdIn !== undefined) return undefined;
    const narrowed = await narrowedIds(q);
    const ids =
      q.processInstanceId === undefined
        ? narrowed
        : (narrowed ?? [q.processInstanceId]).filter((id) => id === q.processInstanceId);
    return {
      status: 'active',
      businessKey: q.businessKey,
      definitionId: q.processDefinitionId,
      processId: q.processDefinitionKey,
      match: {
        ids,
        variables: [...(q.variables ?? []), ...(q.processVariables ?? [])],
        suspended: suspensionFilter(q),
      },
      sort: storeSort(q.sort, sortKeyOf),
      offset: page.firstResult,
      limit: page.maxResults,
    };
  }

  addQueryRoutes(app, {
    path: '/execution',
    noun: 'executions (the running process instances)',
    filters,
    sortBy: SORT_BY,
    async list(_c, q, paging) {
      const query = await storeQuery(q, paging);
      return query ? (await engine.listInstances(query)).map(toExecutionDto) : [];
    },
    async count(_c, q) {
      const query = await storeQuery(q);
      return query ? engine.countInstances(query) : 0;
    },
  });

  app.openapi(get, async (c) =>
    c.json(toExecutionDto(await running(c.req.valid('param').id)), 200),
  );

  app.openapi(subscription, async (c) => {
    const { id, messageName } = c.req.valid('param');
    const [found] = await engine.listEventSubscriptions({
      kind: 'message',
      name: messageName,
      instanceId: (await running(id)).id,
    });
    if (!found)
      throw notFound(
        `Message event subscription for execution ${id} named ${messageName} does not exist`,
      );
    return c.json(toEventSubscriptionDto(found), 200);
  });

  app.openapi(trigger, async (c) => {
    const { id, messageName } = c.req.valid('param');
    await running(id);
    const body = c.req.valid('json');
    await engine.correlateMessage({
      messageName,
      instanceId: id,
      variables: fromTypedVariables(body?.variables),
    });
    return c.body(null, 204);
  });

  app.openapi(signal, async (c) => {
    const instance = await running(c.req.valid('param').id);
    const waiting = [
      ...new Set(instance.tokens.filter((t) => t.state === 'waiting').map((t) => t.elementId)),
    ];
    if (waiting.length !== 1)
      throw invalidRequest(
        `Execution ${instance.id} waits at ${waiting.length === 0 ? 'no activity' : `several activities (${waiting.join(', ')})`}: it is the whole process instance, so which to signal is not known`,
      );
    try {
      await engine.trigger(
        instance.id,
        waiting[0]!,
        fromTypedVariables(c.req.valid('json')?.variables),
      );
    } catch (error) {
      if (error instanceof ConflictError && error.code === 'not-waiting')
        throw invalidRequest(`Execution ${instance.id} waits at a task: complete the task instead`);
      throw error;
    }
    return c.body(null, 204);
  });

  addVariableRoutes(app, engine, {
    path: '/execution/{id}/localVariables',
    noun: 'execution',
    owner: async (_c, id) => ({ instanceId: (await running(id)).id }),
  });

  return app;
}
