import { cpus, loadavg, totalmem } from 'node:os';
import { parseOptions } from './support/options.ts';
import { peerVersion } from './support/engines.ts';
import { formatJson, formatTable, type Row } from './support/report.ts';
import { createScratch, type Scenario } from './support/scenario.ts';
import { sqliteVersion } from './support/sqlite.ts';
import { costCurveScenario } from './scenarios/cost-curve.ts';
import { durableScenario } from './scenarios/durable.ts';
import { historyCleanupScenario } from './scenarios/history-cleanup.ts';
import { httpScenario } from './scenarios/http.ts';
import { inMemoryScenario } from './scenarios/in-memory.ts';
import { postgresScenario } from './scenarios/postgres.ts';
import { timersScenario } from './scenarios/timers.ts';
import { waitingWorkScenario } from './scenarios/waiting-work.ts';

/**
 * `npm run bench [-- --quick | --full | --only durable,timers | --keep]`: runs the scenarios of
 * issue 5 against Promesa and bpmn-engine in one process, prints a table, then one JSON line.
 * Progress goes to stderr; stdout carries only the results. See bench/README.md.
 */
const scenarios: Scenario[] = [
  inMemoryScenario,
  durableScenario,
  waitingWorkScenario,
  timersScenario,
  httpScenario,
  costCurveScenario,
  postgresScenario,
  historyCleanupScenario,
];
/**
 * Waiting work runs first: its memory figure is the growth of this process, which is cleanest
 * before other scenarios have fragmented the heap. The table keeps the order.
 */
const runOrder = [
  'waiting-work',
  'cost-curve',
  'in-memory',
  'durable',
  'postgres',
  'timers',
  'http',
  'history-cleanup',
];

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const unknown = [...(options.only ?? [])].filter(
    (name) => !scenarios.some((s) => s.name === name),
  );
  if (unknown.length > 0)
    throw new Error(
      `Unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
    );
  const selected = scenarios
    .filter((s) => !options.only || options.only.has(s.name))
    .sort((a, b) => runOrder.indexOf(a.name) - runOrder.indexOf(b.name));

  const began = performance.now();
  const loadBefore = loadavg()[0]!;
  const log = (message: string) =>
    process.stderr.write(
      `[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)}s] ${message}\n`,
    );
  const scratch = createScratch(options);
  const rowsOf = new Map<Scenario, Row[]>();
  const shared = new Map<string, unknown>();
  try {
    for (const scenario of selected) {
      log(scenario.title);
      rowsOf.set(scenario, await scenario.run({ options, file: scratch.file, log, shared }));
    }
  } finally {
    for (const fixture of shared.values())
      await ((await fixture) as { close?: () => Promise<void> }).close?.();
    scratch.dispose();
  }

  const rows = scenarios.flatMap((s) => rowsOf.get(s) ?? []);
  const env = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    // Other work on the machine moves every figure; the ratios from one run move less.
    loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)) },
    sqlite: sqliteVersion(),
    bpmnEngine: await peerVersion(),
    runs: options.runs,
    quick: options.quick,
    seconds: Math.round((performance.now() - began) / 1000),
  };
  process.stdout.write(`\n${formatTable(rows)}\n\n${formatJson(rows, env)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
