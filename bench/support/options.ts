/**
 * Command-line options of `npm run bench`:
 * `--quick` one run of every scenario at a tenth of its size (CI), `--full` adds the 1M level of
 * the cost curve, `--only a,b` runs only the named scenarios, `--keep` keeps the database files,
 * `--no-peer` skips bpmn-engine (for profiling Promesa alone).
 */
export interface BenchOptions {
  quick: boolean;
  full: boolean;
  keep: boolean;
  /** Measure bpmn-engine too (off with `--no-peer`: its rows then show n/a). */
  peer: boolean;
  only: Set<string> | undefined;
  /** Repetitions per scenario; the median is reported. */
  runs: number;
  /** Multiplies every instance count: 1, or 0.1 with `--quick`. */
  scale: number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const onlyAt = argv.indexOf('--only');
  const onlyValue =
    onlyAt >= 0
      ? argv[onlyAt + 1]
      : argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const known = new Set(['--quick', '--full', '--keep', '--no-peer', '--only']);
  const unknown = argv.filter(
    (a, i) =>
      a.startsWith('--') && !known.has(a) && !a.startsWith('--only=') && argv[i - 1] !== '--only',
  );
  if (unknown.length > 0)
    throw new Error(
      `Unknown option ${unknown.join(' ')}; use --quick, --full, --keep, --no-peer, --only <scenario,...>`,
    );
  return {
    quick,
    full: argv.includes('--full'),
    keep: argv.includes('--keep'),
    peer: !argv.includes('--no-peer'),
    only: onlyValue ? new Set(onlyValue.split(',').map((s) => s.trim())) : undefined,
    runs: quick ? 1 : 3,
    scale: quick ? 0.1 : 1,
  };
}

/** An instance count scaled for `--quick`, never below `min`. */
export function sized(options: BenchOptions, full: number, min = 10): number {
  return Math.max(min, Math.round(full * options.scale));
}
