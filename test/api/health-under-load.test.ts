import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../api/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-health-'));
let server: RunningServer;
let base: string;
const authorization = `Basic ${Buffer.from('admin:health-password').toString('base64')}`;

beforeAll(async () => {
  server = await startServer(
    {
      port: 0,
      hostname: '127.0.0.1',
      databaseUrl: `sqlite:${join(dir, 'promesa.db')}`,
      allowJavaScript: false,
      adminPassword: 'health-password',
      appDir: 'no-browser-app',
    },
    () => {},
  );
  if (!server.server.listening) await once(server.server, 'listening');
  const address = server.server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const definitions = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">${body}</bpmn:definitions>`;

/**
 * The slowest health check during `work`, beyond the slowest of 30 checks with nothing running
 * just before: what the work adds, not what other work on the machine costs every request.
 * The best of three runs: a blocked event loop slows every run.
 */
async function slowestHealthCheckDuring(work: () => Promise<Response>) {
  let best: { added: number; checks: number; status: number } | undefined;
  for (let run = 0; run < 3 && !(best && best.added < 100); run++) {
    // Warm: the first requests of a process pay for connections and compilation.
    for (let i = 0; i < 20; i++) await (await fetch(`${base}/api/health`)).text();
    let idleChecks = 0;
    const idle = await pollHealth(() => ++idleChecks > 30);
    let finished = false;
    const running = work().finally(() => {
      finished = true;
    });
    const during = await pollHealth(() => finished);
    const res = await running;
    await res.text();
    const added = Math.max(...during) - Math.max(...idle);
    if (!best || added < best.added) best = { added, checks: during.length, status: res.status };
  }
  return best!;
}

/** Polls `/api/health` every 10 ms until `done()`; returns each answer's time in ms. */
async function pollHealth(done: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!done()) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`)).text();
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return times;
}

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('health checks under hostile work', () => {
  it('answer within 100 ms of an idle check while a 1,000-process deployment is refused', async () => {
    const xml = definitions(
      Array.from(
        { length: 1000 },
        (_, i) =>
          `<bpmn:process id="p${i}" isExecutable="true"><bpmn:startEvent id="s${i}"/><bpmn:sequenceFlow id="f${i}" sourceRef="s${i}" targetRef="e${i}"/><bpmn:endEvent id="e${i}"/></bpmn:process>`,
      ).join(''),
    );
    const { added, checks, status } = await slowestHealthCheckDuring(() =>
      post('/api/deployments', { name: 'many.bpmn', xml }),
    );
    expect(status).toBe(422);
    expect(checks).toBeGreaterThan(0);
    expect(added).toBeLessThan(100);
  });

  it('answer within 100 ms of an idle check while a 20,000-instance multi-instance body is refused', async () => {
    const xml = definitions(
      `<bpmn:process id="fan-out" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="call"/><bpmn:userTask id="call"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>\${count}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask><bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="e"/><bpmn:endEvent id="e"/></bpmn:process>`,
    );
    expect((await post('/api/deployments', { name: 'fan-out.bpmn', xml })).status).toBe(201);
    const { added, status } = await slowestHealthCheckDuring(() =>
      post('/api/process-definitions/fan-out/start', { variables: { count: 20_000 } }),
    );
    // Started, with the body held as an incident naming the limit.
    expect(status).toBe(201);
    expect(added).toBeLessThan(100);
    const [incident] = await server.engine.listIncidents({ open: true });
    expect(incident?.message).toMatch(/more than the limit of 1000/);
  });
});
