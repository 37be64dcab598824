import { createRoute, z } from '@hono/zod-openapi';
import type { Drafts } from '../services/drafts.ts';
import { IdParams } from '../schemas/common.ts';
import {
  Draft,
  DraftSaveBody,
  DraftSummary,
  NewDraftBody,
  toDraft,
  toDraftSummary,
} from '../schemas/drafts.ts';
import { body, errors, json, noContent, resourceApp } from './openapi.ts';

const tags = ['drafts'];

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "The caller's drafts, most recently saved first",
  responses: { 200: json(z.array(DraftSummary), 'Drafts without their XML'), ...errors() },
});
const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Save a new draft',
  request: { body: body(NewDraftBody) },
  responses: { 201: json(Draft, 'The draft at version 1'), ...errors(413) },
});
const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One of the caller’s drafts with its XML',
  request: { params: IdParams },
  responses: { 200: json(Draft, 'The draft'), ...errors(404) },
});
const save = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: 'Save a draft over the version it was made on',
  description:
    'Answers 409 `draft-version-conflict` when the draft was saved elsewhere since `version` (another tab or machine); `details` names the stored `version` and when it was saved (`savedAt`), and nothing is overwritten.',
  request: { params: IdParams, body: body(DraftSaveBody) },
  responses: { 200: json(Draft, 'The draft at its new version'), ...errors(404, 409, 413) },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Delete one of the caller’s drafts',
  request: { params: IdParams },
  responses: { 204: noContent, ...errors(404) },
});

/** Each user's drafts; another user's draft answers 404. */
export function draftRoutes(drafts: Drafts) {
  const app = resourceApp();
  const owner = (c: { var: { principal?: { username: string } } }) => c.var.principal!.username;

  app.openapi(list, async (c) => c.json((await drafts.list(owner(c))).map(toDraftSummary), 200));
  app.openapi(create, async (c) =>
    c.json(toDraft(await drafts.create(owner(c), c.req.valid('json'))), 201),
  );
  app.openapi(get, async (c) =>
    c.json(toDraft(await drafts.get(owner(c), c.req.valid('param').id)), 200),
  );
  app.openapi(save, async (c) =>
    c.json(toDraft(await drafts.save(owner(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(remove, async (c) => {
    await drafts.remove(owner(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}
