import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import { IdParams } from '../schemas/common.ts';
import {
  BpmnErrorBody,
  CompleteExternalBody,
  ExtendLockBody,
  FailureBody,
  FetchAndLockBody,
  LockedTask,
  toLockedTask,
} from '../schemas/external-tasks.ts';
import { eitherSignal, fetchAndLockWaiting } from '../services/long-poll.ts';
import { body, errors, json, noContent, resourceApp } from './openapi.ts';

const tags = ['external tasks'];

const fetchAndLock = createRoute({
  method: 'post',
  path: '/fetch-and-lock',
  tags,
  summary: 'Fetch and lock tasks of topics, waiting up to asyncResponseTimeout ms for work',
  request: { body: body(FetchAndLockBody) },
  responses: { 200: json(z.array(LockedTask), 'Locked tasks, possibly none'), ...errors() },
});

const workerAction = <B extends z.ZodType>(path: string, summary: string, schema: B) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    request: { params: IdParams, body: body(schema) },
    responses: { 204: noContent, ...errors(404) },
  });

const complete = workerAction(
  '/{id}/complete',
  'Complete a locked task with variables',
  CompleteExternalBody,
);
const failure = workerAction(
  '/{id}/failure',
  'Report a failure: retries left make it fetchable after retryTimeout ms, 0 raises an incident',
  FailureBody,
);
const bpmnError = workerAction(
  '/{id}/bpmn-error',
  'Throw a BPMN error for an error boundary event to catch',
  BpmnErrorBody,
);
const extendLock = workerAction(
  '/{id}/extend-lock',
  'Extend the lock to now + newDuration ms',
  ExtendLockBody,
);
const unlock = createRoute({
  method: 'post',
  path: '/{id}/unlock',
  tags,
  summary: 'Release the lock so any worker can fetch the task again',
  request: { params: IdParams },
  responses: { 204: noContent, ...errors(404) },
});

/** Remote workers: Camunda 7's external task protocol in the API's shapes. */
export function externalTaskRoutes(engine: Engine, shutdown?: AbortSignal) {
  const app = resourceApp();

  app.openapi(fetchAndLock, async (c) => {
    const { asyncResponseTimeout = 0, ...request } = c.req.valid('json');
    const signal = eitherSignal(c.req.raw.signal, shutdown);
    const tasks = await fetchAndLockWaiting(engine, request, {
      timeoutMs: asyncResponseTimeout,
      signal,
    });
    const locked = await Promise.all(
      tasks.map(async (task) => {
        const names = request.topics.find((t) => t.topicName === task.topic)?.variables;
        const all = await engine.variablesAt(task);
        return toLockedTask(
          task,
          names ? Object.fromEntries(names.filter((n) => n in all).map((n) => [n, all[n]])) : all,
        );
      }),
    );
    return c.json(locked, 200);
  });

  app.openapi(complete, async (c) => {
    await engine.completeExternalTask(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(failure, async (c) => {
    await engine.failExternalTask(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(bpmnError, async (c) => {
    await engine.bpmnErrorExternalTask(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(extendLock, async (c) => {
    await engine.extendExternalTaskLock(c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(unlock, async (c) => {
    await engine.unlockExternalTask(c.req.valid('param').id);
    return c.body(null, 204);
  });

  return app;
}
