import { openSqliteStore } from '../../db/sqlite/store.ts';
import { serveApi } from '../support/http.ts';
import { withLoadClient } from '../support/load-generator.ts';
import { sized } from '../support/options.ts';
import { startPromesa } from '../support/engines.ts';
import type { Scenario } from '../support/scenario.ts';
import { fastSetup } from '../support/sqlite.ts';
import { medianOfRuns } from '../support/stats.ts';

/**
 * Scenario 5, HTTP: `POST /api/tasks/{id}/complete` from 16 concurrent clients on loopback,
 * against the app `api/server.ts` serves (authentication, access rules, SQLite synchronous=FULL).
 * The load loop is bounded: each run completes a fixed set of waiting tasks, then stops. The
 * clients run in a process of their own (`support/load-generator.ts`), as real clients do.
 */
const CLIENTS = 16;
const TASKS_PER_RUN = 1_000;

export const httpScenario: Scenario = {
  name: 'http',
  title: 'HTTP: complete tasks through /api, 16 concurrent clients',
  async run(context) {
    const { options, log } = context;
    const perRun = sized(options, TASKS_PER_RUN);
    const store = openSqliteStore({ filename: context.file('http.db') });
    const engine = await startPromesa(store, ['user-task.bpmn']);
    // The waiting tasks are setup (see `fastSetup`); they are completed with FULL.
    const setup = fastSetup(store.database);
    for (let i = 0; i < perRun * options.runs; i++)
      await engine.start('user-task', { businessKey: `request-${i}` });
    setup.done();
    const ids = (await engine.listTasks({ processId: 'user-task', state: 'open' })).map(
      (t) => t.id,
    );
    const api = await serveApi(engine, store, ['front-office']);
    try {
      const result = await withLoadClient((client) =>
        medianOfRuns(options.runs, async (run) => {
          const slice = ids.slice(run * perRun, (run + 1) * perRun);
          const load = await client.run({
            origin: api.url,
            paths: slice.map((id) => `/api/tasks/${id}/complete`),
            method: 'POST',
            headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
            body: '{}',
            clients: CLIENTS,
            requests: slice.length,
          });
          log(
            `  ${slice.length} completions: ${load.perSecond.toFixed(0)}/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`,
          );
          return { perSecond: load.perSecond, p99: load.p99 };
        }),
      );
      const open = (await engine.listTasks({ processId: 'user-task', state: 'open' })).length;
      if (open !== 0) throw new Error(`${open} tasks are still open after the HTTP runs`);
      return [
        {
          name: 'http-complete',
          label: 'http: complete task, 16 clients',
          promesa: result.perSecond,
          bpmnEngine: null,
          unit: 'requests/s',
          better: 'higher',
          note: 'no HTTP API in peer',
        },
        {
          name: 'http-complete-p99',
          label: 'http: complete task p99',
          promesa: result.p99,
          bpmnEngine: null,
          unit: 'ms (p99)',
          better: 'lower',
          note: `${perRun} requests per run`,
        },
      ];
    } finally {
      await api.close();
      await engine.close();
      await store.close();
    }
  },
};
