import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('drafts', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const xml = (label: string) => `<bpmn:definitions id="${label}"/>`;

  it('keeps each analyst’s drafts, newest saved first, and saves over the version read', async () => {
    const first = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: 'a.bpmn', xml: xml('a') },
      201,
    );
    expect(first).toMatchObject({ name: 'a.bpmn', xml: xml('a'), version: 1, basedOn: null });
    const second = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: 'b.bpmn', xml: xml('b'), basedOn: 'customer-request:1' },
      201,
    );
    const saved = await t.json('analyst', 'PUT', `/api/drafts/${first.id}`, {
      name: 'a2.bpmn',
      xml: xml('a2'),
      version: 1,
    });
    expect(saved).toMatchObject({ id: first.id, name: 'a2.bpmn', xml: xml('a2'), version: 2 });
    const listed = await t.json('analyst', 'GET', '/api/drafts');
    expect(listed.map((d: { id: string }) => d.id)).toEqual([first.id, second.id]);
    expect(listed[0]).not.toHaveProperty('xml');
    expect(await t.json('analyst', 'GET', `/api/drafts/${first.id}`)).toEqual(saved);
  });

  it('refuses a save made on an older version with 409, naming the version that won, and overwrites nothing', async () => {
    const draft = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: 'a.bpmn', xml: xml('v1') },
      201,
    );
    // Two tabs read version 1; the first saves.
    await t.json('analyst', 'PUT', `/api/drafts/${draft.id}`, {
      name: 'a.bpmn',
      xml: xml('tab-1'),
      version: 1,
    });
    const refused = await t.call('analyst', 'PUT', `/api/drafts/${draft.id}`, {
      name: 'a.bpmn',
      xml: xml('tab-2'),
      version: 1,
    });
    expect(refused.status).toBe(409);
    const body = await refused.json();
    expect(body).toMatchObject({
      type: 'draft-version-conflict',
      details: { draftId: draft.id, version: 2, savedAt: expect.any(String) },
    });
    expect((await t.json('analyst', 'GET', `/api/drafts/${draft.id}`)).xml).toBe(xml('tab-1'));
  });

  it("answers another user's draft as if it did not exist, and keeps staff out of drafts", async () => {
    const draft = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: 'a.bpmn', xml: xml('a') },
      201,
    );
    const path = `/api/drafts/${draft.id}`;
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { name: 'mine.bpmn', xml: xml('taken'), version: 1 }],
      ['DELETE', undefined],
    ] as const) {
      const reply = await t.call('developer', method, path, body);
      expect(reply.status).toBe(404);
      expect(((await reply.json()) as { type: string }).type).toBe('draft-not-found');
    }
    expect(await t.json('developer', 'GET', '/api/drafts')).toEqual([]);
    for (const [method, url] of [
      ['GET', '/api/drafts'],
      ['POST', '/api/drafts'],
      ['GET', path],
      ['PUT', path],
      ['DELETE', path],
    ] as const) {
      const body = method === 'GET' ? undefined : { name: 'x', xml: 'x', version: 1 };
      const reply = await t.call('front', method, url, body);
      expect(reply.status).toBe(403);
    }
    expect(await t.json('analyst', 'GET', path)).toMatchObject({ xml: xml('a'), version: 1 });
  });

  it('deletes a draft once and refuses a nameless one', async () => {
    const draft = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: 'a.bpmn', xml: xml('a') },
      201,
    );
    await t.json('analyst', 'DELETE', `/api/drafts/${draft.id}`, undefined, 204);
    await t.json('analyst', 'DELETE', `/api/drafts/${draft.id}`, undefined, 404);
    const nameless = await t.json(
      'analyst',
      'POST',
      '/api/drafts',
      { name: '', xml: xml('a') },
      400,
    );
    expect(nameless).toMatchObject({ type: 'validation-failed' });
  });
});
