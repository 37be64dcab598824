import { spawn } from 'node:child_process';
import pg from 'pg';
import { sized } from '../support/options.ts';
import type { BenchContext, Scenario } from '../support/scenario.ts';
import { medianOfRuns, perSecond, since } from '../support/stats.ts';

/**
 * PostgreSQL, durable: start → user task → end, then complete every task (two commits per
 * instance), on 1, 2 and 3 engine nodes, each its own process with 16 concurrent callers and its
 * own connection pool, against one database. Beside it, in the same run and on the same server,
 * the single-row commit limit: one connection, one-row insert transactions, each waiting for its
 * WAL flush (`synchronous_commit = on`, the default Promesa runs with). Needs a server:
 * `PROMESA_BENCH_POSTGRES_URL` (or `PROMESA_TEST_POSTGRES_URL`), a role that may create databases.
 */
const INSTANCES_PER_NODE = 3_000;
const LIMIT_COMMITS = 2_000;
const CALLERS = 16;
const NODE_COUNTS = [1, 2, 3];

const nodeScript = new URL('../support/postgres-node.ts', import.meta.url).pathname;

export const postgresScenario: Scenario = {
  name: 'postgres',
  title: 'PostgreSQL: start → user task → end, then complete, on 1, 2 and 3 nodes',
  async run(context) {
    const server = process.env.PROMESA_BENCH_POSTGRES_URL ?? process.env.PROMESA_TEST_POSTGRES_URL;
    if (!server) {
      context.log('postgres: skipped, no PROMESA_BENCH_POSTGRES_URL');
      return [];
    }
    const count = sized(context.options, INSTANCES_PER_NODE);
    const limitCount = sized(context.options, LIMIT_COMMITS, 200);
    context.log(
      `postgres: ${count} instances per node, ${CALLERS} callers each, limit probe ${limitCount} commits, ${context.options.runs} run(s)`,
    );
    const result = await medianOfRuns(context.options.runs, async () => {
      const figures: Record<string, number> = {};
      figures.limit = await withDatabase(server, (url) => commitLimit(url, limitCount));
      for (const nodes of NODE_COUNTS) {
        const instancesPerSecond = await withDatabase(server, (url) =>
          clusterRun(context, url, nodes, count),
        );
        figures[`nodes${nodes}`] = instancesPerSecond;
        figures[`ratio${nodes}`] = (2 * instancesPerSecond) / figures.limit;
      }
      context.log(
        `  limit ${figures.limit.toFixed(0)} tx/s; ${NODE_COUNTS.map((n) => `${n} node(s) ${figures[`nodes${n}`]!.toFixed(0)} instances/s`).join(', ')}`,
      );
      return figures;
    });
    return [
      {
        name: 'postgres-limit',
        label: 'postgres: single-row commit limit',
        promesa: null,
        bpmnEngine: null,
        limit: result.limit!,
        unit: 'commits/s',
        better: 'higher',
        note: '1 connection, synchronous_commit on',
      },
      ...NODE_COUNTS.map((nodes) => ({
        name: `postgres-${nodes}-node${nodes > 1 ? 's' : ''}`,
        label: `postgres: ${nodes} node${nodes > 1 ? 's' : ''} × ${CALLERS} callers`,
        promesa: result[`nodes${nodes}`]!,
        bpmnEngine: null,
        unit: 'instances/s',
        better: 'higher' as const,
        note: `${(2 * result[`nodes${nodes}`]!).toFixed(0)} commits/s = ${(result[`ratio${nodes}`]! * 100).toFixed(0)}% of the limit`,
      })),
    ];
  },
};

/** Runs `work` on a new database of `server`, dropped afterwards. */
async function withDatabase<T>(server: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `promesa_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/** One-row insert transactions per second on one connection: what one commit costs the server. */
async function commitLimit(url: string, commits: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE probe (id integer PRIMARY KEY, note text NOT NULL)');
    const startedAt = performance.now();
    for (let i = 0; i < commits; i++)
      await client.query('INSERT INTO probe (id, note) VALUES ($1, $2)', [i, 'commit']);
    return perSecond(commits, since(startedAt));
  } finally {
    await client.end();
  }
}

/**
 * Starts `nodes` node processes on one database, lets them go together, and answers the
 * instances per second of all of them: every instance, over the slowest node's time.
 */
async function clusterRun(
  context: BenchContext,
  url: string,
  nodes: number,
  count: number,
): Promise<number> {
  const children = Array.from({ length: nodes }, (_, node) =>
    spawn(
      process.execPath,
      ['--import', 'tsx', nodeScript, url, `${count}`, `${CALLERS}`, `n${node}`],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    ),
  );
  const lines = children.map((child) => outputLines(child.stdout));
  await Promise.all(lines.map((next) => next()));
  for (const child of children) child.stdin.write('go\n');
  const results = await Promise.all(
    lines.map(async (next) => JSON.parse(await next()) as { ms: number }),
  );
  const slowest = Math.max(...results.map((r) => r.ms));
  context.log(`  ${nodes} node(s): ${nodes * count} instances in ${(slowest / 1000).toFixed(1)} s`);
  return perSecond(nodes * count, slowest);
}

/** Reads a child's stdout line by line: each call answers the next line. */
function outputLines(stream: NodeJS.ReadableStream): () => Promise<string> {
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      const resolve = waiting.shift();
      if (resolve) resolve(line);
      else ready.push(line);
    }
  });
  return () =>
    new Promise((resolve) => {
      const line = ready.shift();
      if (line !== undefined) resolve(line);
      else waiting.push(resolve);
    });
}
