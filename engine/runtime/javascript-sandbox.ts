import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Variables } from '../engine-interface.ts';
import { IncidentError } from '../errors.ts';

/** Heap one script may allocate; past it the script fails with an out-of-memory error. */
const MEMORY_LIMIT_BYTES = 32 * 1024 * 1024;
/** Stack one script may use: deep recursion fails instead of crashing anything. */
const STACK_LIMIT_BYTES = 512 * 1024;
/** Beyond a script's own deadline, how long the engine waits before it ends the sandbox's thread. */
const GRACE_MS = 500;
/** How long a new sandbox thread may take to load QuickJS. */
const STARTUP_MS = 10_000;

interface Sandbox {
  worker: Worker;
  signal: Int32Array;
  replies: MessageChannel['port1'];
}

let sandbox: Sandbox | undefined;
let loading: Promise<void> | undefined;

/**
 * Starts the sandbox's thread; `runJavaScript` needs it. The engine awaits this before it
 * compiles a definition when JavaScript is enabled.
 */
export function loadJavaScriptSandbox(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const started = startSandbox();
    started.worker.once('error', reject);
    // The thread says `ready` once QuickJS is loaded.
    started.worker.once('message', () => {
      Atomics.store(started.signal, 0, 0);
      sandbox = started;
      resolve();
    });
  });
  return loading;
}

/**
 * Runs a JavaScript script task. It runs in QuickJS compiled to WebAssembly, a separate
 * JavaScript engine with its own heap, on a thread of its own with an empty environment: the
 * script sees its variables (as JSON) and the language's built-ins, and no `process`, `require`,
 * `import`, file, network or environment of the server. A fresh QuickJS runtime per run has a
 * heap limit, a stack limit and a deadline; should the script still hold the thread past the
 * deadline, the engine ends the thread and starts another. The last expression's value, as
 * JSON, is the result; every failure is an incident.
 */
export function runJavaScript(script: string, variables: Variables, timeoutMs: number): unknown {
  const current = sandbox ?? restartSandbox();
  Atomics.store(current.signal, 0, 0);
  current.worker.postMessage({ script, variablesJson: JSON.stringify(variables), timeoutMs });
  if (Atomics.wait(current.signal, 0, 0, timeoutMs + GRACE_MS) === 'timed-out') {
    void current.worker.terminate();
    sandbox = undefined;
    throw new IncidentError(
      'script-failed',
      `Script failed: it ran longer than the limit of ${timeoutMs} ms and was stopped`,
    );
  }
  const answer = receiveMessageOnPort(current.replies)?.message as
    | { ok: true; json?: string }
    | { ok: false; message: string }
    | undefined;
  if (!answer)
    throw new IncidentError('script-failed', 'Script failed: the sandbox gave no answer');
  if (!answer.ok) throw new IncidentError('script-failed', `Script failed: ${answer.message}`);
  return answer.json === undefined ? undefined : JSON.parse(answer.json);
}

function startSandbox(): Sandbox {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./javascript-worker.mjs', import.meta.url), {
    workerData: {
      signal,
      reply: port2,
      memoryLimitBytes: MEMORY_LIMIT_BYTES,
      stackLimitBytes: STACK_LIMIT_BYTES,
    },
    transferList: [port2],
    env: {},
    resourceLimits: { maxOldGenerationSizeMb: 128 },
  });
  worker.unref(); // an engine left open must not keep the process alive
  port1.unref();
  return { worker, signal, replies: port1 };
}

/** After a stopped thread: a new one, waited for here (it loads in a fraction of a second). */
function restartSandbox(): Sandbox {
  if (!loading)
    throw new IncidentError('script-failed', 'The JavaScript sandbox has not been loaded');
  const started = startSandbox();
  if (Atomics.wait(started.signal, 0, 0, STARTUP_MS) === 'timed-out') {
    void started.worker.terminate();
    throw new IncidentError('script-failed', 'Script failed: the sandbox did not start');
  }
  Atomics.store(started.signal, 0, 0);
  sandbox = started;
  return started;
}
