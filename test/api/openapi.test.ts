import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

interface RouteDefinition {
  type: string;
  route?: {
    method: string;
    path: string;
    responses: Record<string, { content?: Record<string, { schema: z.ZodType }> }>;
  };
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  beforeAll(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn', 'test/processes/external-work.bpmn');
    doc = await t.json('anonymous', 'GET', '/api/openapi.json');
  });
  afterAll(() => t.close());

  it('is OpenAPI 3.1 and describes every /api route but the document and its page', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item as object).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const routes = [
      ...new Set(
        t.app.routes
          .filter((r) => r.method !== 'ALL')
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ];
    const missing = routes.filter(
      (r) => !documented.has(r) && !['GET /api/openapi.json', 'GET /api/docs'].includes(r),
    );
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  it('gives every operation a summary, a role, responses, and only references that resolve', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf('/') + 1, -1);
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, any>)) {
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op['x-promesa-role'], `${method} ${path}`).toMatch(
          /^(public|staff|supervisor|analyst|developer|admin)$/,
        );
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
    }
  });

  it('serves the reference page without outside resources', async () => {
    const res = await t.call('anonymous', 'GET', '/api/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('/api/openapi.json');
    expect(html).not.toMatch(/src="https?:|href="https?:/);
  });

  it('answers with bodies that match the response schemas of their routes', async () => {
    const definitions = (t.app.openAPIRegistry.definitions as RouteDefinition[])
      .filter((d) => d.type === 'route')
      .map((d) => d.route!);
    const schemaFor = (method: string, url: string, status: number) => {
      const path = new URL(url, 'http://x').pathname;
      const route = definitions.find(
        (r) =>
          r.method === method.toLowerCase() &&
          new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
      );
      return route?.responses[status]?.content?.['application/json']?.schema;
    };
    const mismatches: string[] = [];
    let checked = 0;
    const call = async (
      caller: Caller,
      method: string,
      url: string,
      body?: unknown,
    ): Promise<any> => {
      const res = await t.call(caller, method, url, body);
      if (res.status === 204) return undefined;
      const json: any = await res.json();
      const schema = schemaFor(method, url, res.status);
      if (!schema) mismatches.push(`${method} ${url}: no schema for ${res.status}`);
      else {
        const result = schema.safeParse(json);
        checked++;
        if (!result.success)
          mismatches.push(`${method} ${url} ${res.status}: ${result.error.message}`);
      }
      return json;
    };

    const instance = await call(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'c-1', variables: { a: 1 } },
    );
    await call('developer', 'POST', '/api/process-definitions/external-work/start', {
      businessKey: 'c-1',
    });
    const [locked] = await call('developer', 'POST', '/api/external-tasks/fetch-and-lock', {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'credit-check', lockDuration: 1000 }],
    });
    await call('developer', 'POST', `/api/external-tasks/${locked.id}/failure`, {
      workerId: 'w',
      errorMessage: 'down',
      retries: 0,
      retryTimeout: 0,
    });
    const page = await call('front', 'GET', '/api/tasks');
    await call('front', 'GET', `/api/tasks/${page.items[0].id}`);
    await call('front', 'POST', `/api/tasks/${page.items[0].id}/claim`);
    // An immediate request: the front office's answer runs under a 3-minute SLA.
    await call('front', 'POST', `/api/tasks/${page.items[0].id}/complete`, {
      variables: { solvableNow: true },
    });
    const [sla] = await call('analyst', 'GET', `/api/process-instances/${instance.id}/slas`);
    await call('analyst', 'POST', `/api/process-instances/${instance.id}/slas/${sla.id}/retarget`, {
      duration: 'PT5M',
    });
    await call('analyst', 'POST', `/api/process-instances/${instance.id}/slas/${sla.id}/retarget`, {
      duration: 'soon',
    });
    await call('front', 'GET', '/api/tasks?slaState=on-time,at-risk');
    await call('developer', 'POST', '/api/messages', { messageName: 'nobody-waits' });
    await call('developer', 'POST', '/api/signals', { signalName: 'nobody-waits' });
    for (const url of [
      '/api/health',
      '/api/me',
      '/api/deployments',
      '/api/process-definitions?latest=false',
      '/api/process-definitions/customer-request',
      '/api/process-instances',
      `/api/process-instances/${instance.id}`,
      `/api/history/process-instances/${instance.id}`,
      '/api/history/customers/c-1',
      '/api/incidents',
      '/api/metrics/open-work',
      '/api/metrics/instances',
      '/api/metrics/process-definitions/customer-request/elements',
      '/api/metrics/sla',
      '/api/users',
      '/api/users/admin',
      '/api/users/admin/tokens',
      '/api/tasks?sort=nonsense',
      '/api/process-instances/missing',
    ]) {
      await call('admin', 'GET', url);
    }
    await call('admin', 'POST', '/api/users', {
      username: 'new-user',
      role: 'staff',
      groups: ['g'],
    });
    await call('admin', 'POST', '/api/users/new-user/tokens', { name: 'x' });
    await call('front', 'GET', '/api/users');
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
