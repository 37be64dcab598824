import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoadClient, withLoadClient } from '../../bench/support/load-generator.ts';

/** A server that answers 200, except 500 for `/fail` and 404 for a second POST to the same path. */
let server: Server;
let origin: string;
const seen: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const key = `${request.method} ${request.url}`;
    response.statusCode =
      request.url === '/fail' ? 500 : request.method === 'POST' && seen.includes(key) ? 404 : 200;
    seen.push(key);
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The address of a port that was just free and is closed again. */
async function closedOrigin(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('the load client process', () => {
  it('sends each numbered request once, from concurrent clients, and reports its latencies', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => `/tasks/${i}/complete`);
    const result = await withLoadClient((client) =>
      client.run({ origin, paths, method: 'POST', body: '{}', clients: 4, requests: paths.length }),
    );
    expect(result.requests).toBe(40);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    expect(seen.filter((key) => key.startsWith('POST /tasks/')).sort()).toEqual(
      paths.map((p) => `POST ${p}`).sort(),
    );
  });

  it('fails the run on a non-2xx answer or a refused connection, and serves the next plan after', async () => {
    await withLoadClient(async (client) => {
      await expect(
        client.run({ origin, paths: ['/ok', '/fail'], clients: 2, requests: 10 }),
      ).rejects.toThrow(/answered 500/);
      await expect(
        client.run({ origin: await closedOrigin(), paths: ['/'], clients: 1, requests: 1 }),
      ).rejects.toThrow(/ECONNREFUSED/);
      expect((await client.run({ origin, paths: ['/ok'], clients: 2, requests: 6 })).requests).toBe(
        6,
      );
    });
  });

  it('ends the process on close, and refuses plans afterwards', async () => {
    const client = await startLoadClient();
    await client.close();
    await expect(client.run({ origin, paths: ['/ok'], clients: 1, requests: 1 })).rejects.toThrow(
      /closed/,
    );
  });
});
