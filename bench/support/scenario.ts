import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './options.ts';
import type { Row } from './report.ts';

/** What a scenario gets: the options, a scratch directory for its database files, a logger. */
export interface BenchContext {
  options: BenchOptions;
  /** A fresh file path in the run's scratch directory (one file system for every scenario). */
  file(name: string): string;
  /** Progress on stderr, so stdout stays the table and the JSON line. */
  log(message: string): void;
  /** Fixtures shared between scenarios of one run; the runner closes those with `close()`. */
  shared: Map<string, unknown>;
}

/** One file in `bench/scenarios/`: measures, repeats itself `options.runs` times, returns rows. */
export interface Scenario {
  name: string;
  title: string;
  run(context: BenchContext): Promise<Row[]>;
}

/**
 * A scratch directory under the OS temp dir, removed at the end unless `--keep`. The machine's
 * own limit is measured in the same directory, so it is the same file system as the stores.
 */
export function createScratch(options: BenchOptions): {
  directory: string;
  file(name: string): string;
  dispose(): void;
} {
  const directory = mkdtempSync(join(tmpdir(), 'promesa-bench-'));
  let files = 0;
  return {
    directory,
    file: (name) => join(directory, `${++files}-${name}`),
    dispose: () => {
      if (!options.keep) rmSync(directory, { recursive: true, force: true });
    },
  };
}
