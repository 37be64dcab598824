import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Summarises a V8 `.cpuprofile`: the top functions by self time, and self time by area
 * (engine, store, xstate, SQLite native calls, GC, ...). Given a directory, it reads the largest
 * profile in it: under tsx, `--cpu-prof` also writes a small one for tsx's loader thread.
 *
 * @example
 * node --import tsx --cpu-prof --cpu-prof-dir=.profiles bench/run.ts --only durable
 * npx tsx bench/profile-summary.ts .profiles 15
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function pickFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f));
  if (files.length === 0) throw new Error(`No .cpuprofile in ${path}`);
  return files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
}

/** Which part of the stack a frame belongs to; the order of the tests matters. */
function areaOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)') return 'idle (waiting on I/O)';
  if (functionName === '(program)') return 'V8 (program)';
  // C++ without a JS frame; better-sqlite3's work shows under the JS function that called it.
  if (url === '') return 'native (no JS frame)';
  const inModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModule) return `npm: ${inModule[1]}`;
  if (url.startsWith('node:')) return 'Node.js core';
  const inProject = /\/(engine|db|bench|api)\/(?:([^/]+)\/)?/.exec(url);
  if (inProject)
    return inProject[1] === 'engine' || inProject[1] === 'db'
      ? `${inProject[1]}/${inProject[2] ?? ''}`
      : inProject[1]!;
  return 'other';
}

function summarise(path: string, top: number): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const selfMicros = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url.replace(/^.*\/(node_modules|engine|db|bench|api)\//, '$1/')}:${lineNumber + 1}`
      : '(native)';
    const key = `${functionName || '(anonymous)'}  ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byArea.set(areaOf(node.callFrame), (byArea.get(areaOf(node.callFrame)) ?? 0) + micros);
  }
  const line = ([name, micros]: [string, number]) =>
    `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `${path}: ${(total / 1e6).toFixed(1)} s sampled`,
    `top ${top} functions by self time:`,
    ...sorted(byFunction).slice(0, top).map(line),
    'self time by area:',
    ...sorted(byArea).slice(0, 12).map(line),
  ].join('\n');
}

const [target = '.', count = '10'] = process.argv.slice(2);
process.stdout.write(`${summarise(pickFile(target), Number(count))}\n`);
