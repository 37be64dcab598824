import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sseReader } from '../support/sse-reader.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const basic = (username: string, secret: string) =>
  `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}`;

describe('credentials that end', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.identity.addUser({
      username: 'ana',
      role: 'staff',
      password: 'first-password',
      groups: ['front-office'],
    });
  });
  afterEach(() => t.close());

  const me = async (authorization: string) =>
    (await t.app.request('/api/me', { headers: { authorization } })).status;
  const patch = (body: object, status = 200) =>
    t.json('admin', 'PATCH', '/api/users/ana', body, status);
  async function logIn(password: string): Promise<string> {
    const res = await t.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ana', password }),
    });
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }
  const withCookie = async (cookie: string) =>
    (await t.app.request('/api/me', { headers: { cookie } })).status;

  it('stops a revoked token at once, also when it is sent through HTTP Basic', async () => {
    const { id, token } = await t.json(
      'admin',
      'POST',
      '/api/users/ana/tokens',
      { name: 'worker' },
      201,
    );
    expect(await me(basic('ana', token))).toBe(200);
    await t.json('admin', 'DELETE', `/api/users/ana/tokens/${id}`, undefined, 204);
    expect(await me(basic('ana', token))).toBe(401);
    expect(await me(`Bearer ${token}`)).toBe(401);
  });

  it('refuses an old password through HTTP Basic as soon as it is changed, and a disabled user at once', async () => {
    expect(await me(basic('ana', 'first-password'))).toBe(200);
    await patch({ password: 'second-password' });
    expect(await me(basic('ana', 'first-password'))).toBe(401);
    expect(await me(basic('ana', 'second-password'))).toBe(200);
    await patch({ disabled: true });
    expect(await me(basic('ana', 'second-password'))).toBe(401);
  });

  it('ends sessions when the password changes or the user is disabled, also after re-enabling', async () => {
    const first = await logIn('first-password');
    expect(await withCookie(first)).toBe(200);
    await patch({ password: 'second-password' });
    expect(await withCookie(first)).toBe(401);

    const second = await logIn('second-password');
    await patch({ disabled: true });
    await patch({ disabled: false });
    expect(await withCookie(second)).toBe(401);
  });

  it('closes an open event stream when its user is disabled', async () => {
    const { token } = await t.json('admin', 'POST', '/api/users/ana/tokens', { name: 'app' }, 201);
    const res = await t.app.request('/api/events', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const stream = sseReader(res);
    const ended = stream.next().then(
      () => 'event',
      (error: Error) => error.message,
    );
    await patch({ disabled: true });
    expect(await ended).toBe('stream ended');
  });
});

describe('the last admin', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('cannot be disabled, demoted or deleted while no other admin is enabled', async () => {
    for (const change of [{ disabled: true }, { role: 'developer' }]) {
      const res = await t.call('admin', 'PATCH', '/api/users/admin', change);
      expect(res.status).toBe(409);
      expect(((await res.json()) as { type: string }).type).toBe('last-admin');
    }
    await t.json('admin', 'POST', '/api/users', { username: 'second', role: 'admin' }, 201);
    await t.json('admin', 'PATCH', '/api/users/second', { disabled: true }, 200);
    expect((await t.call('admin', 'DELETE', '/api/users/admin')).status).toBe(409);
    // With another enabled admin, the first may step down.
    await t.json('admin', 'PATCH', '/api/users/second', { disabled: false }, 200);
    await t.json('admin', 'PATCH', '/api/users/admin', { role: 'developer' }, 200);
  });
});
