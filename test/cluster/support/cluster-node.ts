import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../support/free-port.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Nodes run the built `promesa` command, as an operator runs it: no TypeScript compiled per node. */
const bin = fileURLToPath(new URL('../../../bin/promesa.js', import.meta.url));
/** A node migrates the database (or waits for the node that does) and deploys the shipped processes. */
const LISTEN_MS = 30_000;

export interface ClusterNode {
  id: string;
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Builds the `promesa` command when stale, once, so nodes starting together do not all build it. */
export async function buildCommand(): Promise<void> {
  await promisify(execFile)(process.execPath, [
    fileURLToPath(new URL('../../../bin/build-cli.mjs', import.meta.url)),
  ]);
}

/** `promesa serve` as node `id` on `databaseUrl`, resolved once it listens. */
export async function startNode(
  id: string,
  databaseUrl: string,
  env: Record<string, string>,
): Promise<ClusterNode> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PROMESA_NODE_ID: id,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      let output = '';
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        if (!output.includes('Promesa listening')) return;
        child.stdout!.off('data', listen);
        child.stdout!.resume();
        resolve();
      };
      child.stdout!.on('data', listen);
      void exited.then((code) => reject(new Error(`${id} exited with ${code} before listening`)));
    }),
    LISTEN_MS,
    `${id} to listen`,
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { id, base: `http://127.0.0.1:${port}`, child, exited };
}

/** Rejects with "not within …: `what`" when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not within ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `condition` every `everyMs` until it holds; fails after `ms` naming `what`. */
export async function until(
  condition: () => Promise<boolean>,
  what: string,
  ms: number,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The wall-clock time of each phase of a run, printed at its end (where a slow run spent it). */
export function phaseClock(title: string) {
  const began = performance.now();
  let last = began;
  const phases: string[] = [];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    /** Ends the phase running since the previous mark. */
    mark(phase: string): void {
      const now = performance.now();
      phases.push(`${phase} ${seconds(now - last)}`);
      last = now;
    },
    report(extra = ''): void {
      console.log(`${title}: ${seconds(performance.now() - began)} (${phases.join(', ')})${extra}`);
    },
  };
}
