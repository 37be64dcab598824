// Builds the browser app into modeler/dist when the build is missing or older than anything
// it is built from, so `npm start` serves the current app without a separate step.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const sources = ['src', 'public', 'index.html', 'vite.config.ts', '../package-lock.json'];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when `modeler/dist` is missing or older than a source file. */
export function isStale() {
  const built = newest(join(here, 'dist', 'index.html'));
  return built === 0 || sources.some((source) => newest(join(here, source)) > built);
}

/** Runs `vite build` when the build is stale; throws when the build fails. */
export function buildIfStale() {
  if (!isStale()) return false;
  const vite = join(here, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(here, 'vite.config.ts'), '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`The browser app failed to build (${result.status})`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (buildIfStale()) console.log('Built the browser app into modeler/dist');
}
