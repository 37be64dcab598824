import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../api/app.ts';
import { Identity } from '../../api/auth/identity.ts';
import { createSqliteIdentityStore } from '../../db/sqlite/identity-store.ts';
import type { SqliteStore } from '../../db/sqlite/store.ts';
import type { Engine } from '../../engine/index.ts';
import { percentile, since } from './stats.ts';

/**
 * The HTTP API as `api/server.ts` serves it (same app, identity on the store's connection), on
 * loopback and an ephemeral port, with one staff user per group the scenario names.
 */
export async function serveApi(engine: Engine, store: SqliteStore, groups: string[]): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const identity = new Identity(createSqliteIdentityStore(store.database));
  const username = `bench-${Math.random().toString(36).slice(2, 8)}`;
  await identity.addUser({ username, role: 'staff', groups });
  const { token } = await identity.createToken(username, 'bench');
  const shutdown = new AbortController();
  const server = serve({ fetch: createApp({ engine, identity, shutdown: shutdown.signal }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () => {
      shutdown.abort();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * A bounded load loop: `clients` concurrent callers share `requests` numbered requests and stop
 * when all are sent, so it ends by itself. A failed request fails the run: a benchmark of
 * errors measures nothing.
 */
export async function loadLoop(clients: number, requests: number, send: (index: number) => Promise<Response>): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  async function client(): Promise<void> {
    for (let index = next++; index < requests; index = next++) {
      const sent = performance.now();
      const response = await send(index);
      await response.arrayBuffer();
      latencies.push(since(sent));
      if (!response.ok) throw new Error(`Request ${index} answered ${response.status}`);
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  const ms = since(start);
  return { requests, perSecond: (requests * 1000) / ms, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
