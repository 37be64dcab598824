import { Agent, request } from 'node:http';
import { percentile, since } from './stats.ts';

/**
 * What a load loop sends: `requests` HTTP requests to `origin`, request i to
 * `paths[i % paths.length]` (one path for a repeated query, one per request for a set of tasks to
 * complete), each with the same method, headers and body. Plain data, so it crosses to the load
 * client's process as a message.
 */
export interface LoadPlan {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  paths: readonly string[];
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  clients: number;
  requests: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  /** Milliseconds from sending a request to having read its whole response, in the client. */
  p50: number;
  p99: number;
}

/**
 * Keep-alive connections, kept between the loops of one client process as a browser keeps them.
 * `node:http` rather than `fetch`: undici's WHATWG layer costs the client about 1.3 ms of CPU per
 * 36 KB task list, which on a 2-core machine is taken from the server it measures.
 */
const agent = new Agent({ keepAlive: true });

/**
 * A bounded load loop: `plan.clients` concurrent callers share `plan.requests` numbered requests
 * and stop when all are sent, so it ends by itself. A failed request (non-2xx, or no answer)
 * fails the run: the other callers send nothing more, and the loop rejects once they are done,
 * because a benchmark of errors measures nothing.
 *
 * It runs in the load client's process (`load-client.ts`), not the server's; see
 * `startLoadClient` in `load-generator.ts`.
 */
export async function loadLoop(plan: LoadPlan): Promise<LoadResult> {
  const { paths, clients, requests } = plan;
  if (paths.length === 0) throw new Error('A load plan needs at least one path');
  const latencies: number[] = [];
  let next = 0;
  let failure: unknown;
  const start = performance.now();
  async function client(): Promise<void> {
    for (let index = next++; index < requests && failure === undefined; index = next++) {
      const path = paths[index % paths.length]!;
      const sent = performance.now();
      const status = await send(plan, path);
      latencies.push(since(sent));
      if (status < 200 || status > 299)
        throw new Error(`Request ${index} (${plan.method ?? 'GET'} ${path}) answered ${status}`);
    }
  }
  await Promise.all(
    Array.from({ length: clients }, () => client().catch((error: unknown) => (failure ??= error))),
  );
  if (failure !== undefined) throw failure;
  const ms = since(start);
  return {
    requests,
    perSecond: (requests * 1000) / ms,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** Sends one request and reads its whole response; resolves with the status. */
function send({ origin, method = 'GET', headers, body }: LoadPlan, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(`${origin}${path}`, { agent, method, headers }, (response) => {
      response.on('data', () => {});
      response.once('end', () => resolve(response.statusCode!));
      response.once('error', reject);
    });
    sent.once('error', reject);
    sent.end(body);
  });
}
