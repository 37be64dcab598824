import type { Row } from '../support/report.ts';
import type { Scenario } from '../support/scenario.ts';
import { waitingStore } from '../support/waiting-store.ts';

/**
 * Scenario 6, cost curve: how start throughput (SQLite, synchronous=FULL, one start at a time)
 * and the urgent-task query grow with the work stored: 1k, 10k, 100k instances, 1M with `--full`.
 * The store is the waiting-work store, grown level by level; see `support/waiting-store.ts`.
 * Each level's start rate carries the commit limit measured just before it: the levels are
 * minutes apart, and the ratio, not the raw rate, tells the growth from the machine's drift.
 */
const label = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : `${n}`;

export const costCurveScenario: Scenario = {
  name: 'cost-curve',
  title: 'Cost curve: start rate and task query at 1k, 10k, 100k stored instances',
  async run(context) {
    const fixture = await waitingStore(context);
    const levels = fixture.levels();
    const figures = await fixture.upTo(levels.at(-1)!);
    const rows: Row[] = [];
    for (const level of levels) {
      const f = figures.get(level)!;
      const at = label(level);
      context.log(
        `  ${at}: ${f.startsPerSecond.toFixed(0)} starts/s (limit ${f.commitLimit.toFixed(0)} commits/s), query p50 ${f.queryP50.toFixed(2)} ms, p99 ${f.queryP99.toFixed(2)} ms`,
      );
      rows.push(
        {
          name: `cost-start-${at}`,
          label: `cost: start rate at ${at}`,
          promesa: f.startsPerSecond,
          bpmnEngine: null,
          limit: f.commitLimit,
          ratio: f.startsPerLimit,
          unit: 'starts/s',
          better: 'higher',
          note: 'FULL sync, one at a time; limit taken with it',
        },
        {
          name: `cost-query-${at}`,
          label: `cost: urgent query at ${at}`,
          promesa: f.queryP50,
          bpmnEngine: null,
          unit: 'ms (p50)',
          better: 'lower',
          note: `${Math.floor((f.instances + 6) / 10).toLocaleString('en-US')} open in the group`,
        },
      );
    }
    return rows;
  },
};
