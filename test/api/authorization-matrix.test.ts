import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTable as apiAccess } from '../../api/app.ts';
import { includes, type Access } from '../../api/auth/roles.ts';
import { callers, startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

/** Every handler route of the app (middleware is registered as `ALL`). */
function routesOf(t: TestApp): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of t.app.routes)
    if (r.method !== 'ALL') seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  return [...seen.values()];
}

function allowed(access: Access, caller: Caller): boolean {
  const spec = callers[caller];
  if (access === 'public') return true;
  return spec !== null && includes(spec.role, access);
}

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('declares an access rule for every route of the app, and no rule for a route that does not exist', () => {
    const keys = routesOf(t).map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((key) => !(key in apiAccess))).toEqual([]);
    expect(Object.keys(apiAccess).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('answers every route for every role and anonymous with the status the access table gives', async () => {
    const wrong: string[] = [];
    for (const { method, path } of routesOf(t)) {
      const access = (apiAccess as Record<string, Access | undefined>)[`${method} ${path}`];
      const url = path.replace(/:\w+/g, 'no-such-id');
      for (const caller of Object.keys(callers) as Caller[]) {
        const res = await t.call(caller, method, url);
        await res.body?.cancel(); // the event stream never ends by itself
        // An undeclared route fails here too: authorize answers 500 for it.
        const expected =
          access === undefined
            ? 'a declared rule'
            : allowed(access, caller)
              ? 'allowed'
              : caller === 'anonymous'
                ? 401
                : 403;
        const ok =
          expected === 'allowed' ? ![401, 403, 500].includes(res.status) : res.status === expected;
        if (!ok) wrong.push(`${method} ${path} as ${caller}: ${res.status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives signals to developers (workers, other systems), messages to staff (the routes let them only start their processes), SLA reads and re-targets to supervisors', () => {
    const rules = Object.fromEntries(
      Object.entries(apiAccess).filter(([key]) =>
        /^\w+ \/api\/(.*\/)?(messages|signals|slas|sla)(\/|$)/.test(key),
      ),
    );
    expect(rules).toEqual({
      'POST /api/messages': 'staff',
      'POST /api/signals': 'developer',
      'GET /api/metrics/sla': 'supervisor',
      'GET /api/process-instances/:id/slas': 'supervisor',
      'POST /api/process-instances/:id/slas/:slaId/retarget': 'supervisor',
    });
  });

  it('refuses a route that the access table does not declare, for every caller', async () => {
    const local = await startTestApp();
    local.app.get('/api/undeclared', (c) => c.text('should never answer'));
    const res = await local.call('admin', 'GET', '/api/undeclared');
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ type: 'route-without-access-rule' });
    await local.close();
  });
});
