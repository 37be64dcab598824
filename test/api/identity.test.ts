import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Identity } from '../../api/auth/identity.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { openTestStore } from '../support/test-store.ts';

const basic = (user: string, secret: string) =>
  `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

describe('identity and access', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.identity.addUser({
      username: 'ana',
      role: 'staff',
      password: 'correct horse',
      groups: ['front-office'],
    });
  });
  afterEach(() => t.close());

  const login = (password: string) =>
    t.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ana', password }),
    });

  it('logs in with a password into an HttpOnly session cookie, and logs out', async () => {
    const res = await login('correct horse');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      username: 'ana',
      role: 'staff',
      groups: ['front-office'],
      language: null,
      savedFilters: [],
    });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^promesa_session=pms_[\w-]+;.*HttpOnly/);
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = setCookie.split(';')[0]!;
    expect(await (await t.app.request('/api/me', { headers: { cookie } })).json()).toMatchObject({
      username: 'ana',
    });
    expect(
      (await t.app.request('/api/session', { method: 'DELETE', headers: { cookie } })).status,
    ).toBe(204);
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });

  it('answers a wrong password or token with 401 in the error shape', async () => {
    const res = await login('wrong horse');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      type: 'invalid-credentials',
      message: expect.any(String),
      details: {},
    });
    const bad = await t.app.request('/api/me', { headers: { authorization: 'Bearer pmt_forged' } });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('accepts HTTP Basic with the password or with an API token as the password', async () => {
    expect(
      (
        await t.app.request('/api/me', {
          headers: { authorization: basic('ana', 'correct horse') },
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.app.request('/api/me', { headers: { authorization: basic('ana', 'nope') } })).status,
    ).toBe(401);
    const { token } = await t.identity.createToken('ana', 'worker');
    expect(
      (await t.app.request('/api/me', { headers: { authorization: basic('ana', token) } })).status,
    ).toBe(200);
    expect(
      (await t.app.request('/api/me', { headers: { authorization: basic('admin', token) } }))
        .status,
    ).toBe(401);
  });

  it('refuses a cookie-authenticated write sent from another origin', async () => {
    const cookie = (await login('correct horse')).headers.get('set-cookie')!.split(';')[0]!;
    const res = await t.app.request('http://localhost/api/session', {
      method: 'DELETE',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(
      (
        await t.app.request('http://localhost/api/session', {
          method: 'DELETE',
          headers: { cookie, origin: 'http://localhost' },
        })
      ).status,
    ).toBe(204);
  });

  it('lets an admin create a user with groups and a token that then works, and revoke it', async () => {
    const user = await t.json(
      'admin',
      'POST',
      '/api/users',
      { username: 'luis', role: 'developer', groups: ['back-office'] },
      201,
    );
    expect(user).toMatchObject({
      username: 'luis',
      role: 'developer',
      groups: ['back-office'],
      disabled: false,
    });
    expect(
      (await t.call('admin', 'POST', '/api/users', { username: 'luis', role: 'staff' })).status,
    ).toBe(409);
    const created = await t.json('admin', 'POST', '/api/users/luis/tokens', { name: 'ci' }, 201);
    const me = await t.app.request('/api/me', {
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(await me.json()).toEqual({
      username: 'luis',
      role: 'developer',
      groups: ['back-office'],
      language: null,
      savedFilters: [],
    });
    const [listed] = await t.json('admin', 'GET', '/api/users/luis/tokens');
    expect(listed).toEqual({
      id: created.id,
      name: 'ci',
      createdAt: expect.any(String),
      expiresAt: null,
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await t.json('admin', 'PATCH', '/api/users/luis', { role: 'staff', groups: ['front-office'] });
    expect(
      await (
        await t.app.request('/api/me', { headers: { authorization: `Bearer ${created.token}` } })
      ).json(),
    ).toMatchObject({ role: 'staff', groups: ['front-office'] });
    await t.json('admin', 'DELETE', `/api/users/luis/tokens/${created.id}`, undefined, 204);
    expect(
      (await t.app.request('/api/me', { headers: { authorization: `Bearer ${created.token}` } }))
        .status,
    ).toBe(401);
  });

  it('refuses user administration to everyone but admins', async () => {
    expect((await t.call('developer', 'GET', '/api/users')).status).toBe(403);
    expect((await t.call('anonymous', 'GET', '/api/users')).status).toBe(401);
    expect(await (await t.call('developer', 'GET', '/api/users')).json()).toMatchObject({
      type: 'forbidden',
      details: { requiredRole: 'admin' },
    });
  });

  it('stores passwords as salted scrypt hashes and tokens only as hashes', async () => {
    await t.identity.addUser({ username: 'bea', role: 'staff', password: 'correct horse' });
    const [ana, bea] = [
      await t.identity.store.getUser('ana'),
      await t.identity.store.getUser('bea'),
    ];
    expect(ana!.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(ana!.passwordHash).not.toBe(bea!.passwordHash);
    const { token, id } = await t.identity.createToken('ana', 'x');
    const [stored] = (await t.identity.store.listTokens('ana')).filter((x) => x.id === id);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(token);
  });

  it('creates the first admin once, from the given password or a generated one', async () => {
    const { store, identityStore } = await openTestStore();
    const identity = new Identity(identityStore);
    const first = await identity.ensureAdmin();
    expect(first).toMatchObject({
      created: true,
      generated: true,
      password: expect.stringMatching(/^[\w-]{24}$/),
    });
    expect(await identity.ensureAdmin('ignored')).toEqual({ created: false });
    expect(await identity.login('admin', (first as { password: string }).password)).toMatchObject({
      username: 'admin',
      role: 'admin',
    });
    await store.close();
  });
});
