// `npm run soak -- --minutes 5 [--seed 7] [--max-starts 20000]`: the soak with faults, then its
// report. Exits 1 when anything acknowledged was lost or doubled, or a check failed.
import { parseArgs } from 'node:util';
import { soak, type SoakReport } from './soak.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'max-starts': { type: 'string', default: '50000' },
  },
});
const minutes = Number(values.minutes);
if (!(minutes > 0 && minutes <= 120)) throw new Error('--minutes must be between 0 and 120');

const report = await soak({
  durationMs: minutes * 60_000,
  seed: Number(values.seed),
  maxStarts: Number(values['max-starts']),
  log: (line) => console.log(line),
});
console.log(format(report));
process.exit(passed(report) ? 0 : 1);

/** True when nothing acknowledged was lost or doubled and every check held. */
export function passed(report: SoakReport): boolean {
  return (
    report.lost.length === 0 &&
    report.doubled.length === 0 &&
    report.violations.length === 0 &&
    report.integrity === 'ok'
  );
}

function format(report: SoakReport): string {
  const kinds = Object.keys(report.sent) as (keyof SoakReport['sent'])[];
  return [
    `soak: ${(report.durationMs / 1000).toFixed(0)} s, ${report.kills} kills (SIGKILL), ${report.restarts} restarts, graceful stop ${report.stopMs} ms`,
    ...kinds.map((k) => `  ${k}: ${report.sent[k]} sent, ${report.acknowledged[k]} acknowledged`),
    `  instances: ${report.instances}, completed: ${report.completed}`,
    `  lost: ${report.lost.length}, doubled: ${report.doubled.length}, other violations: ${report.violations.length}, integrity_check: ${report.integrity}`,
    ...[...report.lost, ...report.doubled, ...report.violations]
      .slice(0, 20)
      .map((l) => `  - ${l}`),
  ].join('\n');
}
