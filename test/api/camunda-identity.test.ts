import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Camunda's user, group and identity resources over Promesa's identity store. */
describe('/engine-rest users, groups and identity', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const basic = (username: string, password: string) =>
    `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

  it('creates users as staff, lists them by group, name pattern, sort and page, and deletes them', async () => {
    for (const [id, firstName] of [
      ['lucia', 'Lucía Pérez'],
      ['mateo', 'Mateo Ruiz'],
    ])
      expect(
        (
          await t.call('admin', 'POST', '/engine-rest/user/create', {
            profile: { id, firstName, lastName: null, email: null },
            credentials: { password: 'a long password' },
          })
        ).status,
      ).toBe(204);
    expect((await t.identity.store.getUser('lucia'))?.role).toBe('staff');
    await t.call('admin', 'PUT', '/engine-rest/group/back-office/members/lucia');
    expect(await t.json('admin', 'GET', '/engine-rest/user?memberOfGroup=back-office')).toEqual([
      { id: 'back', firstName: null, lastName: null, email: null },
      { id: 'lucia', firstName: 'Lucía Pérez', lastName: null, email: null },
      { id: 'supervisor', firstName: null, lastName: null, email: null },
    ]);
    const byName = await t.json(
      'admin',
      'GET',
      '/engine-rest/user?firstNameLike=%25R%25&sortBy=userId&sortOrder=desc',
    );
    expect(byName.map((u: { id: string }) => u.id)).toEqual(['mateo']);
    const paged = await t.json(
      'admin',
      'GET',
      '/engine-rest/user?sortBy=userId&sortOrder=asc&firstResult=1&maxResults=2',
    );
    expect(paged.map((u: { id: string }) => u.id)).toEqual(['analyst', 'back']);
    expect(await t.json('admin', 'GET', '/engine-rest/user/count?idIn=lucia,mateo,nobody')).toEqual(
      {
        count: 2,
      },
    );
    const refused = await t.call('admin', 'POST', '/engine-rest/user/create', {
      profile: { id: 'eva', email: 'eva@example.com' },
      credentials: { password: 'a long password' },
    });
    expect(refused.status).toBe(400);
    expect((await t.call('admin', 'DELETE', '/engine-rest/user/mateo')).status).toBe(204);
    expect((await t.call('admin', 'DELETE', '/engine-rest/user/mateo')).status).toBe(404);
    expect((await t.call('front', 'GET', '/engine-rest/user')).status).toBe(403);
  });

  it('lets each user read and rename their own profile and change their password with their current one', async () => {
    await t.identity.addUser({ username: 'ana', role: 'staff', password: 'first password' });
    const asAna = (method: string, path: string, body?: unknown) =>
      t.app.request(path, {
        method,
        headers: {
          authorization: basic('ana', 'first password'),
          'content-type': 'application/json',
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect(
      (await asAna('PUT', '/engine-rest/user/ana/profile', { id: 'ana', firstName: 'Ana Gil' }))
        .status,
    ).toBe(204);
    expect(await read(asAna('GET', '/engine-rest/user/ana/profile'))).toEqual({
      id: 'ana',
      firstName: 'Ana Gil',
      lastName: null,
      email: null,
    });
    expect((await asAna('GET', '/engine-rest/user/front/profile')).status).toBe(404);
    const wrong = await asAna('PUT', '/engine-rest/user/ana/credentials', {
      password: 'second password',
      authenticatedUserPassword: 'not it',
    });
    expect(wrong.status).toBe(400);
    expect(
      (
        await asAna('PUT', '/engine-rest/user/ana/credentials', {
          password: 'second password',
          authenticatedUserPassword: 'first password',
        })
      ).status,
    ).toBe(204);
    expect(
      await t.json('admin', 'POST', '/engine-rest/identity/verify', {
        username: 'ana',
        password: 'second password',
      }),
    ).toEqual({ authenticatedUser: 'ana', isAuthenticated: true, tenants: null, groups: null });
    expect(
      (
        await t.json('admin', 'POST', '/engine-rest/identity/verify', {
          username: 'ana',
          password: 'first password',
        })
      ).isAuthenticated,
    ).toBe(false);
  });

  it('unlocks an account held back by failed logins', async () => {
    await t.identity.addUser({ username: 'ana', role: 'staff', password: 'first password' });
    for (let i = 0; i < 5; i++) await t.identity.login('ana', 'wrong', 'basic');
    await expect(t.identity.login('ana', 'first password', 'basic')).rejects.toThrow(/Too many/);
    expect((await t.call('admin', 'POST', '/engine-rest/user/ana/unlock')).status).toBe(204);
    expect((await t.identity.login('ana', 'first password', 'basic'))?.username).toBe('ana');
    expect((await t.call('admin', 'POST', '/engine-rest/user/nobody/unlock')).status).toBe(404);
  });

  it('creates, queries, fills, empties and deletes groups; membership gives access at once', async () => {
    const create = await t.call('admin', 'POST', '/engine-rest/group/create', {
      id: 'billing',
      name: 'billing',
      type: null,
    });
    expect(create.status).toBe(204);
    expect(await t.json('admin', 'GET', '/engine-rest/group/billing')).toEqual({
      id: 'billing',
      name: 'billing',
      type: null,
    });
    expect(
      (
        await t.call('admin', 'PUT', '/engine-rest/group/billing', {
          id: 'billing',
          name: 'Billing',
        })
      ).status,
    ).toBe(400);
    await t.call('admin', 'PUT', '/engine-rest/group/billing/members/front');
    expect(await t.identity.store.groupsOf('front')).toEqual(['billing', 'front-office']);
    expect(
      await t.json('admin', 'GET', '/engine-rest/group?member=front&sortBy=id&sortOrder=desc'),
    ).toEqual([
      { id: 'front-office', name: 'front-office', type: null },
      { id: 'billing', name: 'billing', type: null },
    ]);
    expect(
      await t.json('admin', 'POST', '/engine-rest/group?maxResults=1', {
        nameLike: '%office',
        sortBy: 'name',
        sortOrder: 'asc',
      }),
    ).toEqual([{ id: 'back-office', name: 'back-office', type: null }]);
    expect(
      await t.json('admin', 'POST', '/engine-rest/group/count', { idIn: ['billing', 'x'] }),
    ).toEqual({
      count: 1,
    });
    expect(await t.json('admin', 'GET', '/engine-rest/group/count?nameLike=%25office')).toEqual({
      count: 2,
    });
    expect(await t.json('front', 'GET', '/engine-rest/identity/groups?userId=front')).toEqual({
      groups: [
        { id: 'billing', name: 'billing' },
        { id: 'front-office', name: 'front-office' },
      ],
      groupUsers: [{ id: 'front', firstName: null, lastName: null, displayName: 'front' }],
    });
    expect((await t.call('front', 'GET', '/engine-rest/identity/groups?userId=back')).status).toBe(
      403,
    );
    await t.call('admin', 'DELETE', '/engine-rest/group/billing/members/front');
    expect(await t.identity.store.groupsOf('front')).toEqual(['front-office']);
    expect((await t.call('admin', 'DELETE', '/engine-rest/group/billing')).status).toBe(204);
    expect((await t.call('admin', 'GET', '/engine-rest/group/billing')).status).toBe(404);
  });

  it('answers OPTIONS with the operations the caller may run, and the password policy', async () => {
    const links = async (caller: 'front' | 'admin', path: string) =>
      (await t.json(caller, 'OPTIONS', path)).links.map((l: { rel: string }) => l.rel);
    expect(await links('front', '/engine-rest/user')).toEqual(['list', 'count']);
    expect(await links('admin', '/engine-rest/user')).toEqual(['list', 'count', 'create']);
    expect(await links('front', '/engine-rest/user/front')).toEqual(['self', 'update']);
    expect(await links('admin', '/engine-rest/group/back-office')).toEqual([
      'self',
      'delete',
      'update',
    ]);
    expect(await links('front', '/engine-rest/group/back-office/members')).toEqual([]);
    expect(await links('admin', '/engine-rest/group')).toEqual(['list', 'count', 'create']);
    expect(await t.json('front', 'GET', '/engine-rest/identity/password-policy')).toEqual({
      rules: [
        { placeholder: 'PASSWORD_POLICY_LENGTH', parameter: { minLength: '8' } },
        { placeholder: 'PASSWORD_POLICY_MAX_LENGTH', parameter: { maxLength: '1024' } },
      ],
    });
    const checked = await t.json('front', 'POST', '/engine-rest/identity/password-policy', {
      password: 'short',
    });
    expect([checked.valid, checked.rules.map((r: { valid: boolean }) => r.valid)]).toEqual([
      false,
      [false, true],
    ]);
  });
});
