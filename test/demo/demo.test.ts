import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../support/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/promesa.js', import.meta.url));

/** `npm start` (`promesa serve`) on a fresh database, until it prints `until`. */
async function serve(args: string[], until: string) {
  const dir = mkdtempSync(join(tmpdir(), 'promesa-demo-'));
  const server = spawn(process.execPath, [bin, 'serve', ...args], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: await freshDatabaseUrl(),
      PROMESA_ADMIN_PASSWORD: 'admin password for the demo test',
    },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes(until)) resolve();
    });
    server.on('exit', (code) => reject(new Error(`promesa serve exited with ${code}: ${output}`)));
  });
  const url = /listening on (http:\/\/\S+)/.exec(output)![1]!;
  return { server, dir, url, output: () => output };
}

/** Signs in with a password, as the browser app does, and answers a fetch with the session. */
async function signIn(url: string, username: string, password: string) {
  const session = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(session.status).toBe(200);
  const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
  return async (path: string): Promise<any> =>
    (await fetch(`${url}${path}`, { headers: { cookie } })).json();
}

/** Polls until `probe` answers something truthy; the demo moves in real time. */
async function within<T>(ms: number, what: string, probe: () => Promise<T | undefined | false>) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start -- --demo', () => {
  let running: { server: ChildProcess; dir: string } | undefined;
  afterEach(() => {
    running?.server.kill();
    if (running) rmSync(running.dir, { recursive: true, force: true });
    running = undefined;
  });

  it('brings up demo people who sign in and see tasks with running SLA clocks within a minute', async () => {
    const demo = await serve(['--demo'], 'Demo running');
    running = demo;
    const password = (username: string) =>
      new RegExp(`^  ${username} +(\\S+) `, 'm').exec(demo.output())![1]!;
    expect(demo.output()).toMatch(/^ {2}sara +\S+ +supervisor, supervisor of every lane$/m);

    // The front office: a phone request it can answer on the call, promised in 3 minutes.
    const asAna = await signIn(demo.url, 'ana', password('ana'));
    const answer = await within(60_000, 'a front-office task with a running SLA', async () =>
      (await asAna('/api/tasks')).items.find(
        (t: { elementId: string; sla: { state: string } | null }) =>
          t.elementId === 'answer-customer' && t.sla?.state === 'on-time',
      ),
    );
    expect(Date.parse(answer.sla.targetAt)).toBeGreaterThan(Date.now());

    // The back office: the duplicate review and the complaints acknowledged by the workers.
    const asBruno = await signIn(demo.url, 'bruno', password('bruno'));
    const backOffice = await within(60_000, 'complaints in the back office', async () => {
      const { items } = await asBruno('/api/tasks');
      return (
        items.some((t: { elementId: string }) => t.elementId === 'investigate-complaint') && items
      );
    });
    expect(backOffice.map((t: { elementId: string }) => t.elementId)).toContain('confirm-merge');
    expect(demo.output()).toContain('We have received your complaint');

    // Every system step has its worker: the inventory finds no topic without one.
    const asAlex = await signIn(demo.url, 'alex', password('alex'));
    expect((await asAlex('/api/inventory')).topicsWithoutWorker).toEqual([]);
  }, 120_000);

  it('simulates nothing without the flag', async () => {
    const plain = await serve([], 'listening');
    running = plain;
    const asAdmin = await signIn(plain.url, 'admin', 'admin password for the demo test');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await asAdmin('/api/users')).map((u: { username: string }) => u.username)).toEqual([
      'admin',
    ]);
    expect((await asAdmin('/api/process-instances')).items).toEqual([]);
    expect(plain.output()).not.toContain('Demo');
  }, 60_000);
});
