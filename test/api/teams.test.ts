import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('teams and absence', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/handed-out-work.bpmn');
    await t.identity.addUser({ username: 'ana', role: 'staff', groups: ['back-office'] });
  });
  afterEach(() => t.close());

  it('shows a supervisor the people of their lanes, who is away and their open tasks', async () => {
    await t.json('supervisor', 'PUT', '/api/users/ana/absence', { absent: true });
    const teams = await t.json('supervisor', 'GET', '/api/teams');
    expect(teams).toEqual([
      {
        group: 'back-office',
        members: [
          { username: 'ana', displayName: null, role: 'staff', absent: true, openTasks: 0 },
          { username: 'back', displayName: null, role: 'staff', absent: false, openTasks: 0 },
          {
            username: 'supervisor',
            displayName: null,
            role: 'supervisor',
            absent: false,
            openTasks: 0,
          },
        ],
      },
    ]);
    expect((await t.json('admin', 'GET', '/api/users/ana')).absent).toBe(true);
  });

  it('lets a supervisor mark only the people of their own lanes away', async () => {
    const res = await t.call('supervisor', 'PUT', '/api/users/front/absence', { absent: true });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: 'not-in-steered-lane' });
    expect((await t.json('admin', 'GET', '/api/users/front')).absent).toBe(false);
    await t.json('analyst', 'PUT', '/api/users/front/absence', { absent: true });
    expect((await t.json('admin', 'GET', '/api/users/front')).absent).toBe(true);
    expect(
      (await t.call('supervisor', 'PUT', '/api/users/nobody/absence', { absent: true })).status,
    ).toBe(404);
  });

  it('lets an admin mark someone away with the rest of their account', async () => {
    await t.json('admin', 'PATCH', '/api/users/ana', { absent: true });
    expect((await t.json('admin', 'GET', '/api/users/ana')).absent).toBe(true);
  });
});
