import type { Engine } from '../../engine/index.ts';
import { authorize } from '../auth/access.ts';
import { authenticate } from '../auth/authenticate.ts';
import type { Identity } from '../auth/identity.ts';
import { limitBody } from '../middleware/body-limit.ts';
import { limitJsonDepth } from '../middleware/json-depth.ts';
import { camundaAccess } from './access.ts';
import { refuseUnknownQuery } from '../middleware/query-guard.ts';
import { ENGINE_REST } from './dto.ts';
import { CamundaError, camundaErrorHandler, invalidRequest, notFound } from './errors.ts';
import { camundaApp } from './route.ts';
import { deploymentResourceRoutes } from './routes/deployment-resources.ts';
import { deploymentRoutes } from './routes/deployment.ts';
import { eventSubscriptionRoutes } from './routes/event-subscription.ts';
import { externalTaskOperationRoutes } from './routes/external-task-operations.ts';
import { externalTaskQueryRoutes } from './routes/external-task-queries.ts';
import { externalTaskRoutes } from './routes/external-task.ts';
import { historyActivityRoutes } from './routes/history-activities.ts';
import { historyTaskRoutes } from './routes/history-tasks.ts';
import { historyVariableRoutes } from './routes/history-variables.ts';
import { historyReportRoutes } from './routes/history-report.ts';
import { historyRoutes } from './routes/history.ts';
import { historyDeletionRoutes } from './routes/history-deletion.ts';
import { groupRoutes } from './routes/group.ts';
import { identityServiceRoutes } from './routes/identity-service.ts';
import { customIncidentRoutes } from './routes/custom-incidents.ts';
import { incidentRoutes } from './routes/incident.ts';
import { executionRoutes } from './routes/execution.ts';
import { variableInstanceRoutes } from './routes/variable-instance.ts';
import { jobRoutes } from './routes/job.ts';
import { messageRoutes } from './routes/message.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { processDefinitionDiagramRoutes } from './routes/process-definition-diagram.ts';
import { processDefinitionFormRoutes } from './routes/process-definition-forms.ts';
import { processDefinitionReadRoutes } from './routes/process-definition-reads.ts';
import { processDefinitionTimeToLiveRoutes } from './routes/process-definition-ttl.ts';
import { processDefinitionRoutes } from './routes/process-definition.ts';
import { processInstanceRoutes } from './routes/process-instance.ts';
import { suspensionRoutes } from './routes/suspension.ts';
import { taskActionRoutes } from './routes/task-actions.ts';
import { taskVariableRoutes } from './routes/task-variables.ts';
import { taskDelegationRoutes } from './routes/task-delegation.ts';
import { taskFormRoutes } from './routes/task-forms.ts';
import { taskRoutes } from './routes/task.ts';
import { taskUpdateRoutes } from './routes/task-update.ts';
import { taskCommentRoutes } from './routes/task-comments.ts';
import { userRoutes } from './routes/user.ts';

export { camundaAccess };

export interface CamundaOptions {
  engine: Engine;
  identity: Identity;
  maxBodyBytes: number;
  /** Aborted on shutdown: ends parked fetch-and-lock requests. */
  shutdown?: AbortSignal;
}

/**
 * Camunda 7's REST API (the subset Camunda Modeler, camunda-external-task-client-js and
 * typical scripts use) as a thin adapter over the engine calls `/api` makes: same engine,
 * same authentication (HTTP Basic or bearer) and role table, Camunda's paths, typed
 * variables, statuses and `{ type, message }` errors. Mount it at `/engine-rest`.
 *
 * @example
 * app.route('/engine-rest', camundaRoutes({ engine, identity, maxBodyBytes, shutdown }));
 */
export function camundaRoutes({ engine, identity, maxBodyBytes, shutdown }: CamundaOptions) {
  const app = camundaApp();
  // Its own error handler, so 401/403 from the shared middleware also come in Camunda's shape.
  app.onError(camundaErrorHandler);
  app.use(
    '*',
    limitBody({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(
          new CamundaError(
            413,
            'InvalidRequestException',
            `Request bodies are limited to ${maxBodyBytes} bytes`,
          ).body,
          413,
        ),
    }),
    limitJsonDepth(),
    authenticate(identity),
    authorize(camundaAccess),
    // Promesa refuses what it cannot honour: a parameter Camunda documents but Promesa does
    // not implement (tenants, EL expressions, ...) is named in a 400, never silently ignored.
    refuseUnknownQuery(
      app,
      (c, names) =>
        c.json(
          invalidRequest(`Query parameters not supported by this resource: ${names.join(', ')}`)
            .body,
          400,
        ),
      ENGINE_REST,
    ),
  );
  app.route('/', deploymentRoutes(engine));
  app.route('/', deploymentResourceRoutes(engine));
  app.route('/', processDefinitionReadRoutes(engine));
  app.route('/', processDefinitionFormRoutes(engine));
  app.route('/', processDefinitionTimeToLiveRoutes(engine));
  app.route('/', processDefinitionDiagramRoutes(engine));
  app.route('/', processDefinitionRoutes(engine));
  app.route('/', processInstanceRoutes(engine));
  app.route('/', suspensionRoutes(engine));
  app.route('/', taskRoutes(engine, identity));
  app.route('/', taskActionRoutes(engine, identity));
  app.route('/', taskDelegationRoutes(engine, identity));
  app.route('/', taskUpdateRoutes(engine, identity));
  app.route('/', taskCommentRoutes(engine));
  app.route('/', taskFormRoutes(engine));
  app.route('/', taskVariableRoutes(engine));
  app.route('/', messageRoutes(engine));
  app.route('/', metricsRoutes(engine));
  app.route('/', historyReportRoutes(engine));
  app.route('/', historyRoutes(engine));
  app.route('/', historyDeletionRoutes(engine));
  app.route('/', historyActivityRoutes(engine));
  app.route('/', historyTaskRoutes(engine));
  app.route('/', historyVariableRoutes(engine));
  app.route('/', incidentRoutes(engine));
  app.route('/', customIncidentRoutes(engine));
  app.route('/', eventSubscriptionRoutes(engine));
  app.route('/', jobRoutes(engine));
  app.route('/', executionRoutes(engine));
  app.route('/', variableInstanceRoutes(engine));
  app.route('/', externalTaskRoutes(engine, shutdown));
  app.route('/', externalTaskQueryRoutes(engine));
  app.route('/', externalTaskOperationRoutes(engine));
  app.route('/', userRoutes(identity));
  app.route('/', groupRoutes(identity));
  app.route('/', identityServiceRoutes(identity));
  // Unknown paths answer in Camunda's shape too (the access check lets them through to here).
  app.all('*', (c) => {
    throw notFound(`No resource ${c.req.method} ${c.req.path}`);
  });
  return app;
}
