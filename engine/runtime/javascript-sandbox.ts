import { runInNewContext } from 'node:vm';
import type { Variables } from '../engine-interface.ts';
import { IncidentError } from '../errors.ts';

/**
 * Runs a JavaScript script task in a fresh V8 context with a time limit. Enabled only when the
 * server's configuration says so: `node:vm` isolates globals, not a hostile author, so the
 * scripts must come from trusted developers. The last expression's value is the result.
 */
export function runJavaScript(script: string, variables: Variables, timeoutMs: number): unknown {
  try {
    const sandbox = { variables: structuredClone(variables), ...structuredClone(variables) };
    const result = runInNewContext(script, sandbox, {
      timeout: timeoutMs,
      microtaskMode: 'afterEvaluate',
    });
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  } catch (error) {
    throw new IncidentError('script-failed', `Script failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
