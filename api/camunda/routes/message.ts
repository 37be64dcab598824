import { createRoute, z } from '@hono/zod-openapi';
import type { CorrelationResult, Engine } from '../../../engine/index.ts';
import { correlationLimit } from '../../auth/starters.ts';
import { toInstanceDto } from '../dto.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, doc, optionalJson } from '../route.ts';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../variables.ts';

const Typed = TypedVariables.nullable().optional();
const MessageBody = z.object({
  messageName: z.string().nullable().optional(),
  businessKey: z.string().nullable().optional(),
  processInstanceId: z.string().nullable().optional(),
  tenantId: z.string().nullable().optional(),
  withoutTenantId: z.boolean().nullable().optional(),
  correlationKeys: Typed,
  localCorrelationKeys: Typed,
  processVariables: Typed,
  processVariablesLocal: Typed,
  processVariablesToTriggeredScope: Typed,
  all: z.boolean().nullable().optional(),
  resultEnabled: z.boolean().nullable().optional(),
  variablesInResultEnabled: z.boolean().nullable().optional(),
});
const SignalBody = z.object({
  name: z.string().nullable().optional(),
  executionId: z.string().nullable().optional(),
  variables: Typed,
  tenantId: z.string().nullable().optional(),
  withoutTenantId: z.boolean().nullable().optional(),
});

const message = createRoute({
  method: 'post',
  path: '/message',
  ...doc(
    'Correlate a message: 204, or 200 with an array of results when `resultEnabled`; 400 when it matches nothing or more than one target',
    'Below the developer role a message only starts processes that name the caller or a group of theirs as candidate starter (403 for another process).',
  ),
  request: { body: optionalJson(MessageBody) },
});
const signal = createRoute({
  method: 'post',
  path: '/signal',
  ...doc('Broadcast a signal to every waiting catch and signal start'),
  request: { body: optionalJson(SignalBody) },
});

const isEmpty = (map: object | null | undefined) => !map || Object.keys(map).length === 0;

/** `POST /message` and `POST /signal` over the engine's correlation (Camunda 7 semantics). */
export function messageRoutes(engine: Engine) {
  const app = camundaApp();

  app.openapi(message, async (c) => {
    const body = c.req.valid('json');
    if (!body.messageName) throw invalidRequest('No message name supplied');
    if (body.tenantId && body.withoutTenantId)
      throw invalidRequest(
        "Parameter 'tenantId' cannot be used together with parameter 'withoutTenantId'.",
      );
    if (body.tenantId) throw invalidRequest('Promesa has no tenants: correlate without tenantId');
    if (body.variablesInResultEnabled && !body.resultEnabled)
      throw invalidRequest(
        "Parameter 'variablesInResultEnabled' cannot be used without 'resultEnabled' set to true.",
      );
    // Refused rather than dropped: Promesa correlates on process variables only, and has no
    // triggered-scope variables (Camunda 7.22+).
    if (!isEmpty(body.localCorrelationKeys) || !isEmpty(body.processVariablesToTriggeredScope)) {
      throw invalidRequest(
        'localCorrelationKeys and processVariablesToTriggeredScope are not supported',
      );
    }
    const correlationKeys = fromTypedVariables(body.correlationKeys);
    const results = await engine.correlateMessage({
      messageName: body.messageName,
      businessKey: body.businessKey ?? undefined,
      instanceId: body.processInstanceId ?? undefined,
      variables: fromTypedVariables(body.processVariables),
      localVariables: fromTypedVariables(body.processVariablesLocal),
      correlationKeys: Object.keys(correlationKeys).length ? correlationKeys : undefined,
      all: body.all ?? false,
      ...correlationLimit(c.var.principal!),
    });
    if (!body.resultEnabled) return c.body(null, 204);
    return c.json(await Promise.all(results.map((r) => toResultDto(r))), 200);

    async function toResultDto(result: CorrelationResult) {
      const instance = await engine.getInstance(result.instanceId);
      const variables = body.variablesInResultEnabled
        ? { variables: toTypedVariables(instance.variables) }
        : {};
      if (result.resultType === 'ProcessDefinition')
        return {
          resultType: result.resultType,
          execution: null,
          processInstance: toInstanceDto(c, instance),
          ...variables,
        };
      // Promesa has no execution ids: the instance stands for its execution, as C7's root execution does.
      const execution = {
        id: instance.id,
        processInstanceId: instance.id,
        ended: instance.status !== 'active',
        tenantId: null,
      };
      return { resultType: result.resultType, execution, processInstance: null, ...variables };
    }
  });

  app.openapi(signal, async (c) => {
    const body = c.req.valid('json');
    if (!body.name) throw invalidRequest('No signal name given');
    if (body.executionId)
      throw invalidRequest(
        'Signalling one execution (executionId) is not supported; broadcast without it',
      );
    if (body.tenantId) throw invalidRequest('Promesa has no tenants: signal without tenantId');
    await engine.broadcastSignal({
      signalName: body.name,
      variables: fromTypedVariables(body.variables),
    });
    return c.body(null, 204);
  });

  return app;
}
