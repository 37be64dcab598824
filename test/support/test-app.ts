import { createApp } from '../../api/app.ts';
import { Identity } from '../../api/auth/identity.ts';
import type { Role, TouchpointMap } from '../../engine/index.ts';
import { responseProblems } from '../camunda-openapi/responses.ts';
import { startTestEngine, type TestEngine } from './test-engine.ts';

/**
 * The callers every API test has: one user per role, staff in two groups, a supervisor of the
 * back office, and nobody.
 */
export const callers = {
  anonymous: null,
  front: { role: 'staff', groups: ['front-office'] },
  back: { role: 'staff', groups: ['back-office'] },
  supervisor: { role: 'supervisor', groups: ['back-office'] },
  analyst: { role: 'analyst', groups: [] },
  developer: { role: 'developer', groups: [] },
  admin: { role: 'admin', groups: [] },
} as const satisfies Record<string, { role: Role; groups: readonly string[] } | null>;
export type Caller = keyof typeof callers;

export interface TestApp extends TestEngine {
  app: ReturnType<typeof createApp>;
  identity: Identity;
  /** Bearer tokens by caller. */
  tokens: Record<Exclude<Caller, 'anonymous'>, string>;
  /** `app.request` as a caller; a plain object body is sent as JSON. */
  call(
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Like `call`, and returns the parsed JSON after asserting the status. */
  json<T = any>(
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
    status?: number,
  ): Promise<T>;
}

/**
 * The real app on the real engine (a fresh test store, fake clock), with the identity tables on
 * the same database and a token-only user per role (no scrypt per test).
 */
export async function startTestApp(
  options: {
    maxBodyBytes?: number;
    shutdown?: AbortSignal;
    trustProxy?: boolean;
    touchpoints?: TouchpointMap;
  } = {},
): Promise<TestApp> {
  // The engine hands lanes' work to the people of the identity store on its own connection.
  let identity: Identity | undefined;
  const t = await startTestEngine({
    directory: { availableMembers: (offeredTo) => identity!.availableMembers(offeredTo) },
  });
  identity = new Identity(t.identityStore);
  const app = createApp({
    engine: t.engine,
    identity,
    drafts: t.draftStore,
    ready: t.ready,
    ...options,
  });
  const tokens = {} as TestApp['tokens'];
  for (const [name, spec] of Object.entries(callers)) {
    if (!spec) continue;
    await identity.addUser({ username: name, role: spec.role, groups: [...spec.groups] });
    tokens[name as keyof TestApp['tokens']] = (await identity.createToken(name, 'test')).token;
  }
  const call: TestApp['call'] = (caller, method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (caller !== 'anonymous')
      (init.headers as Record<string, string>).authorization = `Bearer ${tokens[caller]}`;
    if (body instanceof FormData || typeof body === 'string') init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    return Promise.resolve(app.request(path, init)).then((res) =>
      checkedAgainstCamunda(method, path, res),
    );
  };
  return {
    ...t,
    app,
    identity,
    tokens,
    call,
    async json(caller, method, path, body, status = 200) {
      const res = await call(caller, method, path, body);
      const text = await res.text();
      if (res.status !== status)
        throw new Error(
          `${method} ${path} as ${caller}: expected ${status}, got ${res.status} ${text}`,
        );
      return text ? JSON.parse(text) : undefined;
    },
  };
}

/**
 * Every `/engine-rest` answer a test receives is held against the response Camunda's OpenAPI
 * description documents for it: one that does not match fails the test that made the call.
 */
async function checkedAgainstCamunda(
  method: string,
  path: string,
  res: Response,
): Promise<Response> {
  if (!path.startsWith('/engine-rest/')) return res;
  if (!res.headers.get('content-type')?.startsWith('application/json')) return res;
  const own = path.slice('/engine-rest'.length).split('?')[0]!;
  const problems = responseProblems(method, own, res.status, await res.clone().text());
  if (problems.length > 0)
    throw new Error(`Not Camunda's documented answer:\n${problems.join('\n')}`);
  return res;
}
