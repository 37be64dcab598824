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

  it('tells the browser app who is signed in without a 401 when nobody is', async () => {
    expect(await t.json('anonymous', 'GET', '/api/session')).toEqual({ user: null });
    expect((await t.json('analyst', 'GET', '/api/session')).user).toMatchObject({
      username: 'analyst',
      role: 'analyst',
    });
  });
});
