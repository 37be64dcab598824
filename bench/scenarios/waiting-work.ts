import type { Engine } from 'bpmn-engine';
import { serveApi } from '../support/http.ts';
import { withLoadClient } from '../support/load-generator.ts';
import { perItem, settledMemory, type MemoryReading } from '../support/memory.ts';
import { sized } from '../support/options.ts';
import { peerEngine, peerSource } from '../support/engines.ts';
import type { Scenario } from '../support/scenario.ts';
import { median } from '../support/stats.ts';
import { URGENT_QUERY, waitingStore } from '../support/waiting-store.ts';

/**
 * Scenario 3, waiting work: 100,000 instances waiting at a user task offered to a group, with a
 * due date (an SLA) and a boundary timer, on SQLite. Reports how much the process's memory grows
 * per waiting instance beyond a fixed baseline (the store at 10,000 instances: caches full), the
 * time to list the 50 most urgent tasks of one group in process, and that query's p99 through
 * `GET /api/tasks` under 20 concurrent clients. The clients run in a process of their own
 * (`support/load-generator.ts`), as real clients do, so their work is not counted as the server's.
 *
 * bpmn-engine keeps a waiting instance as a live `Engine` in the process (persisting and dropping
 * it is left to the application), so its figure is the memory of live waiting engines.
 */
const PEER_ENGINES = 1_000;
const HTTP_CLIENTS = 20;
/** Requests per measured run: the p99 is then the 10th largest, not the 2nd. */
const HTTP_REQUESTS = 1_000;
/**
 * Unmeasured requests first. At 100,000 waiting, in rounds of 200, the server went from 340 to
 * about 800 lists/s and settled only after some 1,400 requests (the JIT's later tiers); a
 * warm-up of one round of 200 measured the climb, not the server at work.
 */
const HTTP_WARMUP = 2_000;
/**
 * The other pages are measured after those 5,000 requests, on a warm server, so a short warm-up
 * (their own statements, first run) does; their figure is a p50, which 200 requests give. A page
 * that reads every open task (1.2 s p50 under 20 clients) would take 5 minutes at 5,000.
 */
const PAGE_WARMUP = 200;
const PAGE_REQUESTS = 200;

async function peerMemoryPerInstance(count: number): Promise<MemoryReading> {
  const source = await peerSource('urgent-work.bpmn');
  const engines: Engine[] = [];
  const waiting = async () => {
    const engine = peerEngine(source);
    await engine.execute(); // returns with the user task waiting and its timer armed
    engines.push(engine);
  };
  for (let i = 0; i < 50; i++) await waiting();
  const before = await settledMemory();
  for (let i = 0; i < count; i++) await waiting();
  const after = await settledMemory();
  await Promise.all(engines.map((engine) => engine.stop())); // clears their timers
  return perItem(before, after, count);
}

export const waitingWorkScenario: Scenario = {
  name: 'waiting-work',
  title: 'Waiting work: memory per waiting instance, the 50 most urgent tasks of a group',
  async run(context) {
    const { options, log } = context;
    const fixture = await waitingStore(context);
    // The baseline is the store at 10,000 instances: by then SQLite's page cache (16 MB, the
    // better-sqlite3 default) is full, and what grows after it grows with the waiting work.
    const [, base, top] = fixture.levels() as [number, number, number];
    const figures = await fixture.upTo(top);
    const [atBase, atTop] = [figures.get(base)!, figures.get(top)!];
    const growth = perItem(atBase.memory, atTop.memory, atTop.instances - atBase.instances);
    log(
      `  memory ${atBase.instances} → ${atTop.instances} instances: rss ${growth.rss.toFixed(0)} B, heap ${growth.heapUsed.toFixed(0)} B per instance`,
    );

    const api = await serveApi(fixture.engine, fixture.store, URGENT_QUERY.candidateGroups!);
    const path = `/api/tasks?candidateGroup=${URGENT_QUERY.candidateGroups![0]}&state=open&sort=due&limit=50`;
    const plan = {
      origin: api.url,
      paths: [path],
      headers: { authorization: `Bearer ${api.token}` },
      clients: HTTP_CLIENTS,
      requests: sized(options, HTTP_REQUESTS, 50),
    };
    const httpP99: number[] = [];
    // The same caller's first page of tasks in both APIs (Camunda's default order is creation),
    // naming no group: everything the caller may see (held, offered by name or to a group).
    // `urgent` is the app's default queue, everything the caller may see, most urgent first.
    const pages = {
      api: '/api/tasks?state=open&limit=50',
      camunda: '/engine-rest/task?sortBy=created&sortOrder=asc&maxResults=50',
      urgent: '/api/tasks?state=open&sort=due&limit=50',
    };
    const pageP50 = { api: [] as number[], camunda: [] as number[], urgent: [] as number[] };
    const pageP99 = { api: [] as number[], camunda: [] as number[], urgent: [] as number[] };
    try {
      await withLoadClient(async (client) => {
        // Unmeasured first: the JIT, the connection pool and SQLite's page cache warm up, as
        // they are on a server that has been answering task lists all day.
        await client.run({ ...plan, requests: sized(options, HTTP_WARMUP, 100) });
        for (let run = 0; run < options.runs; run++) {
          const load = await client.run(plan);
          log(
            `  GET ${path}: ${load.perSecond.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`,
          );
          httpP99.push(load.p99);
        }
        for (const [api, pagePath] of Object.entries(pages) as [keyof typeof pages, string][]) {
          const pagePlan = {
            ...plan,
            paths: [pagePath],
            requests: sized(options, PAGE_REQUESTS, 50),
          };
          await client.run({ ...pagePlan, requests: sized(options, PAGE_WARMUP, 50) });
          for (let run = 0; run < options.runs; run++) {
            const load = await client.run(pagePlan);
            log(`  GET ${pagePath}: p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`);
            pageP50[api].push(load.p50);
            pageP99[api].push(load.p99);
          }
        }
      });
    } finally {
      await api.close();
    }

    const peer = options.peer
      ? await peerMemoryPerInstance(sized(options, PEER_ENGINES))
      : { rss: Number.NaN, heapUsed: Number.NaN };
    const at = `${atTop.instances.toLocaleString('en-US')} waiting`;
    return [
      {
        name: 'waiting-memory-rss',
        label: 'waiting: rss per waiting instance',
        promesa: growth.rss,
        bpmnEngine: peer.rss,
        unit: 'bytes',
        better: 'lower',
        note: `${atBase.instances} → ${at}; peer: live engines`,
      },
      {
        name: 'waiting-memory-heap',
        label: 'waiting: heap per waiting instance',
        promesa: growth.heapUsed,
        bpmnEngine: peer.heapUsed,
        unit: 'bytes',
        better: 'lower',
        note: 'after full GC',
      },
      {
        name: 'urgent-tasks-query',
        label: 'waiting: 50 most urgent of a group',
        promesa: atTop.queryP50,
        bpmnEngine: null,
        unit: 'ms (p50)',
        better: 'lower',
        note: `${at}, no task list in peer`,
      },
      {
        name: 'urgent-tasks-query-p99',
        label: 'waiting: same, p99',
        promesa: atTop.queryP99,
        bpmnEngine: null,
        unit: 'ms (p99)',
        better: 'lower',
        note: 'one query at a time',
      },
      {
        name: 'urgent-tasks-http-p99',
        label: 'waiting: same over HTTP, 20 clients',
        promesa: median(httpP99),
        bpmnEngine: null,
        unit: 'ms (p99)',
        better: 'lower',
        note: `${sized(options, HTTP_REQUESTS, 50)} requests per run`,
      },
      {
        name: 'visible-tasks-http-p50',
        label: 'waiting: all I may see, by age, HTTP',
        promesa: median(pageP50.api),
        bpmnEngine: null,
        unit: 'ms (p50)',
        better: 'lower',
        note: `${pages.api}, no group named; p99 ${median(pageP99.api).toFixed(1)} ms`,
      },
      {
        name: 'visible-urgent-http-p50',
        label: 'waiting: all I may see, by urgency, HTTP',
        promesa: median(pageP50.urgent),
        bpmnEngine: null,
        unit: 'ms (p50)',
        better: 'lower',
        note: `${pages.urgent}; p99 ${median(pageP99.urgent).toFixed(1)} ms`,
      },
      {
        name: 'engine-rest-task-page-ratio',
        label: 'waiting: /engine-rest/task page vs /api/tasks',
        promesa: median(pageP50.camunda) / median(pageP50.api),
        bpmnEngine: null,
        unit: '× (p50 ratio)',
        better: 'lower',
        note: `first 50 tasks, ${at}: ${median(pageP50.camunda).toFixed(1)} vs ${median(pageP50.api).toFixed(1)} ms p50; target ≤ 2`,
      },
    ];
  },
};
