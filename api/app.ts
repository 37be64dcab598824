import { OpenAPIHono } from '@hono/zod-openapi';
import type { DraftStore, Engine, TouchpointMap } from '../engine/index.ts';
import { apiAccess, authorize } from './auth/access.ts';
import { authenticate } from './auth/authenticate.ts';
import type { Identity } from './auth/identity.ts';
import type { AppEnv } from './auth/roles.ts';
import { camundaAccess, camundaRoutes } from './camunda/app.ts';
import { limitBody } from './middleware/body-limit.ts';
import { limitJsonDepth } from './middleware/json-depth.ts';
import { forwarded } from './middleware/forwarded.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { durableReads } from './middleware/durable-reads.ts';
import { refuseUnknownQuery } from './middleware/query-guard.ts';
import { readTurns } from './middleware/read-turns.ts';
import {
  errorHandler,
  notFoundHandler,
  payloadTooLarge,
  requestId,
  unknownQueryParameters,
  validationHook,
} from './middleware/error-handler.ts';
import { deploymentRoutes } from './routes/deployments.ts';
import { draftRoutes } from './routes/drafts.ts';
import { docsRoutes } from './routes/docs.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { externalTaskRoutes } from './routes/external-tasks.ts';
import { historyRoutes } from './routes/history.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { instanceSlaRoutes } from './routes/instance-slas.ts';
import { messageRoutes, signalRoutes } from './routes/messages.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { processDefinitionRoutes } from './routes/process-definitions.ts';
import { processInstanceRoutes } from './routes/process-instances.ts';
import { sessionRoutes } from './routes/session.ts';
import { slaPolicyRoutes } from './routes/sla-policies.ts';
import { taskActionRoutes } from './routes/task-actions.ts';
import { taskRoutes } from './routes/tasks.ts';
import { taskCommentRoutes } from './routes/task-comments.ts';
import { touchpointRoutes } from './routes/touchpoints.ts';
import { absenceRoutes, teamRoutes } from './routes/teams.ts';
import { userRoutes } from './routes/users.ts';
import { Drafts } from './services/drafts.ts';

/**
 * The access rules of every route the app serves. `/engine-rest` adds its table here; the
 * authorization matrix test checks every route of the app against this one object.
 */
export const accessTable = { ...apiAccess, ...camundaAccess } as const;

/** Request bodies above this answer 413 (a large BPMN file is well under 1 MB). */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  engine: Engine;
  identity: Identity;
  /** Where the browser app saves what people draw. */
  drafts: DraftStore;
  maxBodyBytes?: number;
  /** Aborted on shutdown: ends event streams and long polls so in-flight requests can finish. */
  shutdown?: AbortSignal;
  /** Believe `X-Forwarded-*` headers: the server sits behind a proxy that sets them. */
  trustProxy?: boolean;
  /** Whether the store can serve (`/api/ready`); absent: always. */
  ready?: () => Promise<boolean>;
  /** The company's touchpoint map, for the catalogue and the inventory; none by default. */
  touchpoints?: TouchpointMap;
}

/**
 * The HTTP face of the engine: the native API under `/api`. Every request passes request id,
 * body limit, `authenticate` and `authorize` (the access table in `auth/access.ts`), then the
 * resource's sub-app. `/engine-rest` mounts beside it with the same middleware.
 *
 * @example
 * const app = createApp({
 *   engine,
 *   identity: new Identity(createSqliteIdentityStore(store.database)),
 *   drafts: createSqliteDraftStore(store.database),
 * });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export function createApp({
  engine,
  identity,
  drafts,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  shutdown,
  trustProxy = false,
  ready = async () => true,
  touchpoints = { stages: {} },
}: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler);
  app.notFound(notFoundHandler);
  app.use('*', requestId);
  app.use('*', securityHeaders());
  app.use('*', forwarded(trustProxy));
  app.use('*', readTurns());
  app.use(
    '*',
    durableReads(() => engine.durable()),
  );
  app.use('/api/*', limitBody({ maxSize: maxBodyBytes, onError: payloadTooLarge(maxBodyBytes) }));
  app.use('/api/*', limitJsonDepth());
  app.use('/api/*', authenticate(identity), authorize(accessTable));
  app.use('/api/*', refuseUnknownQuery(app, unknownQueryParameters));

  app.route('/api', healthRoutes(ready, shutdown));
  app.route('/api', docsRoutes(app, accessTable));
  app.route('/api', sessionRoutes(identity));
  app.route('/api/users', userRoutes(identity));
  app.route('/api/drafts', draftRoutes(new Drafts(drafts)));
  app.route('/api/users', absenceRoutes(identity));
  app.route('/api/teams', teamRoutes(engine, identity));
  app.route('/api/deployments', deploymentRoutes(engine));
  app.route('/api/process-definitions', processDefinitionRoutes(engine));
  app.route('/api/process-instances', processInstanceRoutes(engine));
  app.route('/api/process-instances', instanceSlaRoutes(engine));
  app.route('/api/tasks', taskRoutes(engine));
  app.route('/api/tasks', taskActionRoutes(engine, identity));
  app.route('/api/tasks', taskCommentRoutes(engine));
  app.route('/api/external-tasks', externalTaskRoutes(engine, shutdown));
  app.route('/api/incidents', incidentRoutes(engine));
  app.route('/api/messages', messageRoutes(engine));
  app.route('/api/signals', signalRoutes(engine));
  app.route('/api/history', historyRoutes(engine));
  app.route('/api/sla-policies', slaPolicyRoutes(engine));
  app.route('/api/metrics', metricsRoutes(engine));
  app.route('/api', touchpointRoutes(engine, identity, touchpoints));
  app.route('/api/events', eventRoutes(engine, identity, shutdown));
  // Camunda 7 REST for Modeler, workers and scripts: its own auth middleware and error shape.
  app.route('/engine-rest', camundaRoutes({ engine, identity, maxBodyBytes, shutdown }));
  return app;
}
