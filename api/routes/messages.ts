import { createRoute } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import { correlationLimit } from '../auth/starters.ts';
import {
  BroadcastSignalBody,
  CorrelateMessageBody,
  CorrelationResults,
  SignalResult,
} from '../schemas/messages.ts';
import { body, errors, json, resourceApp } from './openapi.ts';

const correlate = createRoute({
  method: 'post',
  path: '/',
  tags: ['messages and signals'],
  summary:
    'Correlate a message: reach exactly one waiting execution (or every one, with all), or start an instance',
  description:
    'Camunda 7 semantics: a message that matches nothing, or several executions without `all`, is a 400 with the reason. ' +
    'A 409 means the matched execution moved on while the message was delivered. ' +
    'Below the developer role a message only starts processes that name the caller or a group of theirs as candidate starter (403 for another process) and reaches no waiting execution.',
  request: { body: body(CorrelateMessageBody) },
  responses: { 200: json(CorrelationResults, 'What the message reached'), ...errors(409) },
});

const broadcast = createRoute({
  method: 'post',
  path: '/',
  tags: ['messages and signals'],
  summary:
    'Broadcast a signal to every waiting signal catch, and start every process with that signal start',
  request: { body: body(BroadcastSignalBody) },
  responses: {
    200: json(SignalResult, 'How many executions and new instances the signal reached'),
    ...errors(),
  },
});

/** `POST /api/messages`: messages from workers and other systems, and start messages from staff. */
export function messageRoutes(engine: Engine) {
  const app = resourceApp();
  app.openapi(correlate, async (c) => {
    const request = { ...c.req.valid('json'), ...correlationLimit(c.var.principal!) };
    return c.json({ results: await engine.correlateMessage(request) }, 200);
  });
  return app;
}

/** `POST /api/signals`: signals from workers and other systems. */
export function signalRoutes(engine: Engine) {
  const app = resourceApp();
  app.openapi(broadcast, async (c) =>
    c.json({ reached: await engine.broadcastSignal(c.req.valid('json')) }, 200),
  );
  return app;
}
