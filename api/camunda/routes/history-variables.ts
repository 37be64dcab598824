import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, InstanceView } from '../../../engine/index.ts';
import { camundaDate } from '../dto.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { equalTo, likePattern, oneOfList, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
import { BooleanParam, camundaApp, doc, IdParam } from '../route.ts';
import { toTypedValue } from '../variables.ts';
import { variableInstanceId, variableInstanceParts } from '../variable-ids.ts';

/**
 * `/history/variable-instance`: the variables of running and ended instances, read from each
 * instance's history (its `variable.set` and `variable.removed` lines). One historic variable is
 * one name in one element's scope of one instance: its last value, created when first set,
 * DELETED once removed. The scopes of one element are not told apart (a multi-instance body's
 * iterations share one).
 */

const filters = {
  variableName: param.text(),
  variableNameLike: param.text(),
  variableTypeIn: param.list(),
  includeDeleted: param.bool(),
  processInstanceId: param.text(),
  processInstanceIdIn: param.list(),
  processDefinitionId: param.text(),
  processDefinitionKey: param.text(),
  // Promesa's execution of a variable is its instance (as C7's root execution).
  executionIdIn: param.list(),
  caseInstanceId: param.text(),
  caseExecutionIdIn: param.list(),
  caseActivityIdIn: param.list(),
  activityInstanceIdIn: param.list(),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
};
const SORT_BY = ['instanceId', 'variableName', 'tenantId'] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

interface HistoricVariable {
  id: string;
  name: string;
  value: unknown;
  instance: InstanceView;
  elementId: string;
  createdAt: number;
  deleted: boolean;
}

/** The process scope's variables belong to the instance; an element's to `<element>:<instance>`. */
const activityInstanceOf = (v: HistoricVariable) =>
  v.elementId === v.instance.processId ? v.instance.id : `${v.elementId}:${v.instance.id}`;

const sortValue: Record<(typeof SORT_BY)[number], SortValue<HistoricVariable>> = {
  instanceId: (v) => v.instance.id,
  variableName: (v) => v.name,
  tenantId: () => null,
};

/** `HistoricVariableInstanceDto`. */
function toDto(v: HistoricVariable) {
  return {
    id: v.id,
    name: v.name,
    ...toTypedValue(v.value),
    processDefinitionKey: v.instance.processId,
    processDefinitionId: v.instance.definitionId,
    processInstanceId: v.instance.id,
    executionId: v.instance.id,
    activityInstanceId: activityInstanceOf(v),
    caseDefinitionKey: null,
    caseDefinitionId: null,
    caseInstanceId: null,
    caseExecutionId: null,
    taskId: null,
    tenantId: null,
    errorMessage: null,
    state: v.deleted ? 'DELETED' : 'CREATED',
    createTime: camundaDate(v.createdAt),
    removalTime: null,
    rootProcessInstanceId: v.instance.id,
  };
}

const get = createRoute({
  method: 'get',
  path: '/history/variable-instance/{id}',
  ...doc('One historic variable instance, typed'),
  request: { params: IdParam, query: z.object({ deserializeValues: BooleanParam.optional() }) },
});
const data = createRoute({
  method: 'get',
  path: '/history/variable-instance/{id}/data',
  ...doc('The binary value of a variable: Promesa keeps no binary variables, so always a 400'),
  request: { params: IdParam },
});

export function historyVariableRoutes(engine: Engine) {
  const app = camundaApp();

  /** The instance's variables as its history wrote them, in the order first set. */
  async function variablesOf(instance: InstanceView): Promise<HistoricVariable[]> {
    const byKey = new Map<string, HistoricVariable>();
    for (const line of await engine.history(instance.id)) {
      if (line.kind !== 'variable.set' && line.kind !== 'variable.removed') continue;
      const name = line.data?.name;
      if (typeof name !== 'string') continue;
      const elementId = line.elementId ?? instance.processId;
      const id = variableInstanceId(instance.id, elementId, name);
      const known = byKey.get(id);
      if (line.kind === 'variable.removed') {
        if (known) known.deleted = true;
      } else if (known && !known.deleted) known.value = line.data?.value;
      else
        byKey.set(id, {
          id,
          name,
          value: line.data?.value,
          instance,
          elementId,
          createdAt: line.at,
          deleted: false,
        });
    }
    return [...byKey.values()];
  }

  async function instancesIn(q: Query): Promise<InstanceView[]> {
    const named = [q.processInstanceId, q.processInstanceIdIn, q.executionIdIn].filter(
      (ids) => ids !== undefined,
    );
    if (named.length === 0)
      return engine.listInstances({
        processId: q.processDefinitionKey,
        definitionId: q.processDefinitionId,
      });
    const ids = [...new Set(named.flatMap((ids) => (typeof ids === 'string' ? [ids] : ids)))];
    return (await Promise.all(ids.map((id) => ifFound(engine.getInstance(id))))).filter(
      (i): i is InstanceView => i !== undefined,
    );
  }

  async function matching(q: Query): Promise<HistoricVariable[]> {
    // Nothing belongs to a case or a tenant.
    if (q.caseInstanceId ?? q.caseExecutionIdIn ?? q.caseActivityIdIn ?? q.tenantIdIn) return [];
    const all = (await Promise.all((await instancesIn(q)).map(variablesOf))).flat();
    return all.filter(
      (v) =>
        (q.includeDeleted || !v.deleted) &&
        equalTo(v.name, q.variableName) &&
        likePattern(v.name, q.variableNameLike) &&
        oneOfList(toTypedValue(v.value).type, q.variableTypeIn) &&
        equalTo(v.instance.id, q.processInstanceId) &&
        oneOfList(v.instance.id, q.processInstanceIdIn) &&
        oneOfList(v.instance.id, q.executionIdIn) &&
        equalTo(v.instance.definitionId, q.processDefinitionId) &&
        equalTo(v.instance.processId, q.processDefinitionKey) &&
        oneOfList(activityInstanceOf(v), q.activityInstanceIdIn),
    );
  }

  async function one(id: string): Promise<HistoricVariable> {
    const [instanceId, elementId, name] = variableInstanceParts(id) ?? [];
    const instance = instanceId ? await ifFound(engine.getInstance(instanceId)) : undefined;
    const found = instance
      ? (await variablesOf(instance)).find((v) => v.elementId === elementId && v.name === name)
      : undefined;
    if (!found) throw notFound(`Historic variable instance with Id '${id}' does not exist.`);
    return found;
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/history/variable-instance',
      noun: 'variables of running and ended instances, as their history wrote them,',
      filters,
      // Values are JSON here, so serialized and deserialized forms are the same.
      listOptions: { deserializeValues: BooleanParam.optional() },
      sortBy: SORT_BY,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto,
    }),
  );

  app.openapi(get, async (c) => c.json(toDto(await one(c.req.valid('param').id)), 200));

  app.openapi(data, async (c) => {
    const { id } = c.req.valid('param');
    await one(id);
    throw invalidRequest(`Value of variable with id ${id} is not a binary value.`);
  });

  return app;
}
