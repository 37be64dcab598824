// The JavaScript sandbox's thread: runs each script in a fresh QuickJS runtime (a separate
// JavaScript engine compiled to WebAssembly, with its own heap) with a heap limit, a stack limit
// and a deadline. The script sees its variables as JSON and the language's built-ins, nothing
// else. Answers on the reply port, then wakes the engine's thread through the shared signal.
import { parentPort, workerData } from 'node:worker_threads';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  shouldInterruptAfterDeadline,
} from 'quickjs-emscripten-core';

const { signal, reply, memoryLimitBytes, stackLimitBytes } = workerData;
const quickjs = await newQuickJSWASMModuleFromVariant(variant);

function wake() {
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** Evaluates code; its completion value comes out as JSON-safe data, its exception as an Error. */
function evaluate(vm, code) {
  const result = vm.evalCode(code);
  if (result.error) {
    const error = vm.dump(result.error);
    result.error.dispose();
    throw new Error(
      typeof error === 'object' && error ? `${error.name}: ${error.message}` : String(error),
    );
  }
  const value = vm.dump(result.value);
  result.value.dispose();
  return value;
}

function run({ script, variablesJson, timeoutMs }) {
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(memoryLimitBytes);
  runtime.setMaxStackSize(stackLimitBytes);
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + timeoutMs));
  const vm = runtime.newContext();
  try {
    evaluate(
      vm,
      `globalThis.variables = JSON.parse(${JSON.stringify(variablesJson)}); Object.assign(globalThis, variables);`,
    );
    const value = evaluate(vm, script);
    // Copied out as JSON text: no object of the sandbox reaches the engine.
    return value === undefined ? undefined : JSON.stringify(value);
  } finally {
    vm.dispose();
    runtime.dispose();
  }
}

parentPort.on('message', (request) => {
  try {
    reply.postMessage({ ok: true, json: run(request) });
  } catch (error) {
    reply.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  wake();
});
wake();
parentPort.postMessage('ready');
