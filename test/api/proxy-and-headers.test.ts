import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../api/middleware/security-headers.ts';
import { withBrowserApp } from '../../api/static/serve-app.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const proxied = {
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'promesa.example.com',
  'x-forwarded-for': '203.0.113.9',
};

describe('behind a TLS-terminating proxy', () => {
  let t: TestApp;
  afterEach(() => t.close());

  async function logIn(headers: Record<string, string>) {
    await t.identity.addUser({ username: 'ana', role: 'staff', password: 'right-password' });
    return t.app.request('http://10.0.0.5:3000/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'ana', password: 'right-password' }),
    });
  }

  it('marks the session cookie Secure and accepts writes from the public origin when told to trust the proxy', async () => {
    t = await startTestApp({ trustProxy: true });
    const res = await logIn(proxied);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/; Secure/);
    const logout = await t.app.request('http://10.0.0.5:3000/api/session', {
      method: 'DELETE',
      headers: { cookie: cookie.split(';')[0]!, origin: 'https://promesa.example.com', ...proxied },
    });
    expect(logout.status).toBe(204);
  });

  it('ignores X-Forwarded-* headers unless configured to trust them', async () => {
    t = await startTestApp();
    const res = await logIn(proxied);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).not.toMatch(/Secure/);
    const logout = await t.app.request('http://10.0.0.5:3000/api/session', {
      method: 'DELETE',
      headers: { cookie: cookie.split(';')[0]!, origin: 'https://promesa.example.com', ...proxied },
    });
    expect(logout.status).toBe(403);
  });
});

describe('response headers', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('forbid sniffing and framing everywhere, and caching of answers that carry personal data', async () => {
    t = await startTestApp();
    for (const path of ['/api/tasks', '/engine-rest/task', '/api/health']) {
      const res = await t.call('front', 'GET', path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('give the reference page a policy that allows its own inline script by hash and nothing else', async () => {
    t = await startTestApp();
    const res = await t.call('anonymous', 'GET', '/api/docs');
    const policy = res.headers.get('content-security-policy')!;
    const html = await res.text();
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(policy).toMatch(/default-src 'none'/);
  });

  it('give the browser app its policy: scripts from our origin only, inline styles for bpmn-js, blob: images', async () => {
    t = await startTestApp();
    const root = mkdtempSync(join(tmpdir(), 'promesa-app-'));
    try {
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Promesa</title>');
      const site = withBrowserApp(t.app.fetch, root);
      const res = await site(new Request('http://localhost/tasks'));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(APP_CSP).toMatch(/script-src 'self';/);
      expect(APP_CSP).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(APP_CSP).toMatch(/img-src 'self' data: blob:/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
