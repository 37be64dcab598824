import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../api/auth/login-throttle.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('password guessing', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ trustProxy: true });
    await t.identity.addUser({ username: 'ana', role: 'staff', password: 'right-password' });
  });
  afterEach(() => t.close());

  const logIn = (password: string, address: string) =>
    t.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username: 'ana', password }),
    });

  it('answers 429 with Retry-After after five wrong passwords from one address, without checking the sixth', async () => {
    for (let i = 0; i < 5; i++) expect((await logIn('guess', '203.0.113.9')).status).toBe(401);
    const throttled = await logIn('right-password', '203.0.113.9');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(((await throttled.json()) as { type: string }).type).toBe('too-many-attempts');
    // The real user, elsewhere, is not locked out by the guesses.
    expect((await logIn('right-password', '198.51.100.7')).status).toBe(200);
  });

  it('throttles HTTP Basic on the Camunda API the same way', async () => {
    const basic = `Basic ${Buffer.from('ana:guess').toString('base64')}`;
    const headers = { authorization: basic, 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 5; i++)
      expect((await t.app.request('/engine-rest/task', { headers })).status).toBe(401);
    const res = await t.app.request('/engine-rest/task', { headers });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });
});

describe('the login throttle', () => {
  let now = 0;
  const throttle = () => new LoginThrottle(() => now);

  it('doubles the wait of an address up to 15 minutes, and forgets 15 minutes after the last failure', () => {
    now = 0;
    const guard = throttle();
    for (let i = 0; i < 4; i++) guard.failed('ana', 'attacker');
    expect(guard.retryAfterMs('ana', 'attacker')).toBe(0);
    guard.failed('ana', 'attacker');
    expect(guard.retryAfterMs('ana', 'attacker')).toBe(1000);
    guard.failed('ana', 'attacker');
    expect(guard.retryAfterMs('ana', 'attacker')).toBe(2000);
    for (let i = 0; i < 30; i++) guard.failed(`user-${i}`, 'attacker');
    expect(guard.retryAfterMs('anyone', 'attacker')).toBe(15 * 60_000);
    now += 15 * 60_000 + 1;
    expect(guard.retryAfterMs('anyone', 'attacker')).toBe(0);
  });

  it('never keeps a real user out for more than a minute, however many addresses guess', () => {
    now = 0;
    const guard = throttle();
    for (let i = 0; i < 1000; i++) guard.failed('ana', `bot-${i}`);
    expect(guard.retryAfterMs('ana', 'office')).toBe(60_000);
    now += 60_000;
    expect(guard.retryAfterMs('ana', 'office')).toBe(0);
  });
});
