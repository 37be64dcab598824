import { createRoute, z } from '@hono/zod-openapi';
import type { Engine, InstanceView } from '../../../engine/index.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { equalTo, likePattern, oneOfList, type SortValue } from '../listing.ts';
import { addQueryRoutes, inMemory, param, type QueryOf } from '../query-resource.ts';
import { BooleanParam, camundaApp, doc, IdParam } from '../route.ts';
import { toTypedValue } from '../variables.ts';
import { variableInstanceId, variableInstanceParts } from '../variable-ids.ts';

/**
 * `/variable-instance`: every variable of the running instances, one per scope and name. Its id
 * names the instance, the scope and the variable, so one can be read back without a table of
 * its own. Scopes nested in an instance (subprocesses, a task's input mappings) are found
 * through the instance's tokens.
 */

const filters = {
  variableName: param.text(),
  variableNameLike: param.text(),
  processInstanceIdIn: param.list(),
  executionIdIn: param.list(),
  caseInstanceIdIn: param.list(),
  caseExecutionIdIn: param.list(),
  taskIdIn: param.list(),
  activityInstanceIdIn: param.list(),
  tenantIdIn: param.list(),
};
const SORT_BY = ['variableName', 'variableType', 'activityInstanceId', 'tenantId'] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** One variable of one scope of a running instance. */
interface VariableInstance {
  id: string;
  name: string;
  value: unknown;
  instance: InstanceView;
  scopeId: string;
  /** The instance for its process scope, else `<element>:<scope>`. */
  activityInstanceId: string;
}
const sortValue: Record<(typeof SORT_BY)[number], SortValue<VariableInstance>> = {
  variableName: (v) => v.name,
  variableType: (v) => toTypedValue(v.value).type,
  activityInstanceId: (v) => v.activityInstanceId,
  tenantId: () => null,
};

/** `VariableInstanceDto`. */
function toDto(v: VariableInstance) {
  return {
    id: v.id,
    name: v.name,
    ...toTypedValue(v.value),
    processDefinitionId: v.instance.definitionId,
    processInstanceId: v.instance.id,
    executionId: v.instance.id,
    caseInstanceId: null,
    caseExecutionId: null,
    taskId: null,
    batchId: null,
    activityInstanceId: v.activityInstanceId,
    tenantId: null,
    errorMessage: null,
  };
}

const ReadOne = z.object({ deserializeValue: BooleanParam.optional() });
const get = createRoute({
  method: 'get',
  path: '/variable-instance/{id}',
  ...doc('One variable instance, typed'),
  request: { params: IdParam, query: ReadOne },
});
const data = createRoute({
  method: 'get',
  path: '/variable-instance/{id}/data',
  ...doc('The binary value of a variable: Promesa keeps no binary variables, so always a 400'),
  request: { params: IdParam },
});

export function variableInstanceRoutes(engine: Engine) {
  const app = camundaApp();

  /** Every variable of every scope of the instance, the process scope first. */
  async function variablesOf(instance: InstanceView): Promise<VariableInstance[]> {
    const seen = new Set<string>();
    const found: VariableInstance[] = [];
    const tokens = [undefined, ...instance.tokens.map((t) => t.tokenId)];
    for (const tokenId of tokens)
      for (const scope of await engine.variableScopes(instance.id, tokenId)) {
        if (seen.has(scope.scopeId)) continue;
        seen.add(scope.scopeId);
        const process = scope.elementId === instance.processId && !scope.local;
        for (const [name, value] of Object.entries(scope.variables))
          found.push({
            id: variableInstanceId(instance.id, scope.scopeId, name),
            name,
            value,
            instance,
            scopeId: scope.scopeId,
            activityInstanceId: process ? instance.id : `${scope.elementId}:${scope.scopeId}`,
          });
      }
    return found;
  }

  async function instancesIn(q: Query): Promise<InstanceView[]> {
    const ids = [...(q.processInstanceIdIn ?? []), ...(q.executionIdIn ?? [])];
    if (q.taskIdIn !== undefined)
      for (const id of q.taskIdIn) {
        const task = await ifFound(engine.getTask(id));
        if (task) ids.push(task.instanceId);
      }
    const named = q.processInstanceIdIn ?? q.executionIdIn ?? q.taskIdIn;
    if (named === undefined) return engine.listInstances({ status: 'active' });
    const found = await Promise.all([...new Set(ids)].map((id) => ifFound(engine.getInstance(id))));
    return found.filter((i): i is InstanceView => i?.status === 'active');
  }

  async function matching(q: Query): Promise<VariableInstance[]> {
    // Nothing belongs to a case or a tenant.
    if (q.caseInstanceIdIn ?? q.caseExecutionIdIn ?? q.tenantIdIn) return [];
    const all = (await Promise.all((await instancesIn(q)).map(variablesOf))).flat();
    return all.filter(
      (v) =>
        equalTo(v.name, q.variableName) &&
        likePattern(v.name, q.variableNameLike) &&
        oneOfList(v.instance.id, q.processInstanceIdIn) &&
        oneOfList(v.instance.id, q.executionIdIn) &&
        oneOfList(v.activityInstanceId, q.activityInstanceIdIn),
    );
  }

  async function one(id: string): Promise<VariableInstance> {
    const [instanceId, scopeId, name] = variableInstanceParts(id) ?? [];
    const instance = instanceId ? await ifFound(engine.getInstance(instanceId)) : undefined;
    const found =
      instance?.status === 'active'
        ? (await variablesOf(instance)).find((v) => v.scopeId === scopeId && v.name === name)
        : undefined;
    if (!found) throw notFound(`Variable instance with Id '${id}' does not exist.`);
    return found;
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/variable-instance',
      noun: 'variables of the running instances',
      filters,
      // Values are JSON here, so serialized and deserialized forms are the same.
      listOptions: { deserializeValues: BooleanParam.optional() },
      sortBy: SORT_BY,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toDto,
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
