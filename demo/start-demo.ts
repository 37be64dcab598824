import { join } from 'node:path';
import type { Identity } from '../api/auth/identity.ts';
import { exampleWorkers } from '../workers/all.ts';
import { workerClient } from '../workers/connection.ts';
import { ExampleCrm } from '../workers/example-crm.ts';
import { startCustomerStream, type DemoCall } from './customer-stream.ts';
import { ensureDemoPeople } from './demo-people.ts';

export interface DemoOptions {
  /** Where the server answers, e.g. http://localhost:3000. */
  url: string;
  identity: Identity;
  /** How many simulated requests arrive (default 40), and how far apart (default 3 s). */
  requests?: number;
  intervalMs?: number;
  /** The example CRM the simulated workers update (default `./data/demo-crm.json`). */
  crmFile?: string;
  log?: (line: string) => void;
}

/** Sales, billing and service records with a customer in two of them, for the duplicate review. */
const demoRecords = {
  sales: [
    { id: 'S-1001', name: 'Ana Ruiz', email: 'ana.ruiz@example.com' },
    { id: 'S-1002', name: 'Luis Gil', email: 'luis.gil@example.com' },
  ],
  billing: [{ id: 'B-2001', name: 'A. Ruiz', email: 'Ana.Ruiz@example.com' }],
  service: [{ id: 'V-3001', name: 'Luis Gil', email: 'luis.gil@example.com' }],
};

/**
 * `npm start -- --demo`: the demo people (passwords printed on the first start), the example
 * workers serving every system step through `/engine-rest` as `demo-system`, and a bounded
 * stream of customer requests through `/api`, so task lists, SLA clocks and dashboards move.
 */
export async function startDemo(options: DemoOptions): Promise<{ stop(): Promise<void> }> {
  const log = options.log ?? console.log;
  const tokens = await ensureDemoPeople(options.identity, log);
  const call: DemoCall = async (as, method, path, body) => {
    const response = await fetch(`${options.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[as]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  const crm = new ExampleCrm(options.crmFile ?? join('data', 'demo-crm.json'));
  await crm.update((data) => {
    if (Object.values(data.records).every((records) => records.length === 0))
      data.records = structuredClone(demoRecords);
  });
  const connection = {
    restUrl: `${options.url}/engine-rest`,
    username: 'demo-system',
    password: tokens['demo-system'],
  };
  const client = workerClient(connection, 'demo-workers');
  exampleWorkers(client, connection, {
    crm,
    send: (customer, text) => log(`demo: to ${customer}: ${text}`),
  });
  // The data team asks for a duplicate review once; the rest is customers.
  await call('bruno', 'POST', '/api/process-definitions/duplicate-records/start', {
    businessKey: 'review-demo',
  });
  const requests = options.requests ?? 40;
  const intervalMs = options.intervalMs ?? 3_000;
  const stream = startCustomerStream({ call, requests, intervalMs, log });
  log(
    `Demo running: ${requests} customer requests, one every ${intervalMs / 1000} s; sign in as the people above`,
  );

  return {
    async stop() {
      stream.stop();
      client.stop();
    },
  };
}
