import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from './server-process.ts';
import { Ledger, pause, SoakClient, seeded } from './soak-client.ts';
import { verifySoak, type Verdict } from './verify.ts';

export interface SoakOptions {
  /** How long commands are sent and the server is killed. */
  durationMs: number;
  /** Most instances started, whatever the time (bounds the work of a long run). */
  maxStarts?: number;
  /** Seeds the kill moments and choices, so a run can be repeated. */
  seed?: number;
  /** Longest time between two kills; each kill comes after a random share of it. */
  killEveryMs?: number;
  log?: (line: string) => void;
}

export interface SoakReport extends Verdict {
  durationMs: number;
  sent: Ledger['sent'];
  acknowledged: Ledger['acknowledged'];
  kills: number;
  restarts: number;
  /** How long the final graceful stop took. */
  stopMs: number;
  databaseFile: string;
}

/**
 * Drives the real server on loopback with concurrent starts, external-task workers, task
 * completions and message correlations, while killing it with SIGKILL at random moments and
 * starting it again on the same SQLite file. At the end the server is stopped gracefully and
 * the file is checked (`verify.ts`): every acknowledged command reflected exactly once, every
 * instance in a state its diagram allows, no job stuck locked, history agreeing, integrity ok.
 */
export async function soak(options: SoakOptions): Promise<SoakReport> {
  const random = seeded(options.seed ?? 1);
  const log = options.log ?? (() => {});
  const databaseFile = join(mkdtempSync(join(tmpdir(), 'promesa-soak-')), 'soak.db');
  const server = await ServerProcess.start(databaseFile);
  const client = new SoakClient(server.port);
  const ledger = new Ledger();
  const xml = readFileSync(new URL('./soak-order.bpmn', import.meta.url), 'utf8');
  const deployed = await client.call('POST', '/api/deployments', { name: 'soak-order.bpmn', xml });
  if (deployed?.status !== 201) throw new Error(`Deployment failed: ${JSON.stringify(deployed)}`);

  const started = performance.now();
  const deadline = started + options.durationMs;
  const running = () => performance.now() < deadline;
  let next = 0;

  /** After an unanswered request, a moment before the next. */
  const whenDown = () => pause(50 + random() * 100);
  /** Requests wait while the server restarts (refused connections send nothing), until the end. */
  const call = (method: string, path: string, body?: unknown) =>
    client.call(method, path, body, deadline);

  async function starter(): Promise<void> {
    while (running() && next < (options.maxStarts ?? 100_000)) {
      const businessKey = `order-${next++}`;
      const answer = await call('POST', '/api/process-definitions/soak-order/start', {
        businessKey,
      });
      const ok = answer?.status === 201;
      ledger.record('start', answer, ok);
      if (ok) ledger.started.set(businessKey, answer.body.id);
      if (!answer) await whenDown();
      else await pause(random() * 20);
    }
  }

  async function worker(id: number): Promise<void> {
    const workerId = `soak-worker-${id}`;
    while (running()) {
      const fetched = await call('POST', '/api/external-tasks/fetch-and-lock', {
        workerId,
        maxTasks: 5,
        topics: [{ topicName: 'soak-check', lockDuration: 5_000 }],
      });
      if (fetched?.status !== 200) {
        await whenDown();
        continue;
      }
      for (const task of fetched.body as { id: string }[]) {
        const answer = await call('POST', `/api/external-tasks/${task.id}/complete`, {
          workerId,
          variables: { checked: true },
        });
        const ok = answer?.status === 204;
        ledger.record('externalComplete', answer, ok);
        if (ok) ledger.completedExternalTasks.add(task.id);
      }
      if (fetched.body.length === 0) await pause(20);
    }
  }

  async function reviewer(): Promise<void> {
    while (running()) {
      const listed = await call('GET', '/api/tasks?processId=soak-order&limit=10');
      if (listed?.status !== 200) {
        await whenDown();
        continue;
      }
      const items = listed.body.items as { id: string; businessKey: string }[];
      // Two reviewers may pick the same task: one wins, the other gets 409.
      for (const task of items.slice(0, 1 + Math.floor(random() * items.length))) {
        const answer = await call('POST', `/api/tasks/${task.id}/complete`, {
          variables: { approved: true },
        });
        const ok = answer?.status === 204;
        ledger.record('taskComplete', answer, ok);
        if (ok) {
          ledger.completedTasks.add(task.id);
          ledger.toConfirm.push(task.businessKey);
        }
      }
      if (items.length === 0) await pause(20);
    }
  }

  async function correlator(): Promise<void> {
    while (running()) {
      const businessKey = ledger.toConfirm.shift();
      if (!businessKey) {
        await pause(20);
        continue;
      }
      const answer = await call('POST', '/api/messages', {
        messageName: 'soak-confirmation',
        businessKey,
      });
      const ok = answer?.status === 200;
      ledger.record('correlate', answer, ok);
      if (ok) ledger.confirmed.add(businessKey);
      // Unanswered: it may have happened; asked again, a second delivery finds nothing waiting.
      else if (!answer) {
        ledger.toConfirm.push(businessKey);
        await whenDown();
      }
    }
  }

  async function killer(): Promise<void> {
    const every = options.killEveryMs ?? 6_000;
    for (;;) {
      await pause(every * (0.2 + 0.8 * random()));
      if (!running()) return;
      await server.killAndRestart();
      log(`killed and restarted (${server.kills})`);
    }
  }

  await Promise.all([
    starter(),
    starter(),
    worker(1),
    worker(2),
    reviewer(),
    reviewer(),
    correlator(),
    killer(),
  ]);
  const stopMs = await server.stop();
  const verdict = await verifySoak(databaseFile, ledger);
  return {
    ...verdict,
    durationMs: Math.round(performance.now() - started),
    sent: ledger.sent,
    acknowledged: ledger.acknowledged,
    kills: server.kills,
    restarts: server.restarts,
    stopMs: Math.round(stopMs),
    databaseFile,
  };
}
