import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe("the user's language and the session probe", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('remembers the language a user chooses, for every later sign-in', async () => {
    expect((await t.json('front', 'GET', '/api/me')).language).toBeNull();
    const patched = await t.json('front', 'PATCH', '/api/me', { language: 'es' });
    expect(patched).toMatchObject({ username: 'front', language: 'es' });
    expect((await t.json('front', 'GET', '/api/me')).language).toBe('es');
    expect((await t.json('back', 'GET', '/api/me')).language).toBeNull();
  });

  it('refuses a language the app does not speak, naming the field', async () => {
    const error = await t.json('front', 'PATCH', '/api/me', { language: 'fr' }, 400);
    expect(error).toMatchObject({ type: 'validation-failed', details: { field: 'language' } });
  });

  it('keeps the task filters a user saves with the account, for every device', async () => {
    expect((await t.json('back', 'GET', '/api/me')).savedFilters).toEqual([]);
    const savedFilters = [
      { name: 'Breached, mine', query: '?queue=mine&sla=breached' },
      { name: 'Customer C-7', query: '?businessKey=C-7' },
    ];
    expect(await t.json('back', 'PATCH', '/api/me', { savedFilters })).toMatchObject({
      savedFilters,
    });
    // The language is left as it was; another user's filters are their own.
    expect(await t.json('back', 'GET', '/api/me')).toMatchObject({ savedFilters, language: null });
    expect((await t.json('front', 'GET', '/api/me')).savedFilters).toEqual([]);
    await t.json('back', 'PATCH', '/api/me', { language: 'en' });
    expect((await t.json('back', 'GET', '/api/me')).savedFilters).toEqual(savedFilters);
  });

  it('refuses saved filters with the same name twice, too many, or a query that is not one', async () => {
    const twice = [
      { name: 'Mine', query: '?queue=mine' },
      { name: 'Mine', query: '' },
    ];
    const refused = await t.json('back', 'PATCH', '/api/me', { savedFilters: twice }, 400);
    expect(refused).toMatchObject({ details: { field: 'savedFilters' } });
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `F${i}`, query: '' }));
    await t.json('back', 'PATCH', '/api/me', { savedFilters: many }, 400);
    await t.json('back', 'PATCH', '/api/me', { savedFilters: [{ name: 'x', query: 'x' }] }, 400);
    await t.json('back', 'PATCH', '/api/me', {}, 400);
  });

  it('tells the browser app who is signed in without a 401 when nobody is', async () => {
    expect(await t.json('anonymous', 'GET', '/api/session')).toEqual({ user: null });
    expect((await t.json('analyst', 'GET', '/api/session')).user).toMatchObject({
      username: 'analyst',
      role: 'analyst',
    });
  });
});
