// Builds the `promesa` command into dist/cli/ with esbuild when the build is missing or older
// than a source file, so no call pays for compiling TypeScript. Our sources are bundled
// (one chunk per lazily imported part, so `--help` loads little); packages stay external.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cliEntry = join(root, 'dist', 'cli', 'entry.js');
const sources = [
  'api',
  'engine',
  'db',
  'processes',
  'demo',
  'workers',
  'bin/build-cli.mjs',
  'package-lock.json',
];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when the build is missing or older than anything it is built from. */
export function isStale() {
  const built = newest(cliEntry);
  return built === 0 || sources.some((source) => newest(join(root, source)) > built);
}

/**
 * Files found next to a module (migrations, worker scripts, the shipped diagrams) are named
 * relative to `import.meta.url`; in the bundle each module keeps its own source file's URL.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** JSON a package ships (the moddle descriptors) is bundled: external JSON would lose its import attribute. */
const packageJson = {
  name: 'package-json',
  setup(build) {
    build.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({
      path: fileURLToPath(import.meta.resolve(args.path)),
    }));
  },
};

/** Builds dist/cli/ when stale; returns whether it built. */
export async function buildIfStale() {
  if (!isStale()) return false;
  const { build } = await import('esbuild');
  // Built aside and moved into place, so no call ever imports a half-written build.
  const outdir = join(root, 'dist', `cli.${process.pid}.tmp`);
  await build({
    entryPoints: [join(root, 'api', 'cli', 'entry.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [sourceUrls, packageJson],
  });
  rmSync(join(root, 'dist', 'cli'), { recursive: true, force: true });
  try {
    renameSync(outdir, join(root, 'dist', 'cli'));
  } catch {
    // Another call built the same sources at the same time and moved its build in first.
    rmSync(outdir, { recursive: true, force: true });
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (await buildIfStale()) console.log('Built the promesa command into dist/cli');
}
