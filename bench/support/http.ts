import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../api/app.ts';
import { Identity } from '../../api/auth/identity.ts';
import { createSqliteDraftStore } from '../../db/sqlite/draft-store.ts';
import { createSqliteIdentityStore } from '../../db/sqlite/identity-store.ts';
import type { SqliteStore } from '../../db/sqlite/store.ts';
import type { Engine } from '../../engine/index.ts';

/**
 * The HTTP API as `api/server.ts` serves it (same app, identity on the store's connection), on
 * loopback and an ephemeral port, with one staff user per group the scenario names.
 */
export async function serveApi(
  engine: Engine,
  store: SqliteStore,
  groups: string[],
): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const identity = new Identity(createSqliteIdentityStore(store.database));
  const username = `bench-${Math.random().toString(36).slice(2, 8)}`;
  await identity.addUser({ username, role: 'staff', groups });
  const { token } = await identity.createToken(username, 'bench');
  const shutdown = new AbortController();
  const server = serve({
    fetch: createApp({
      engine,
      identity,
      drafts: createSqliteDraftStore(store.database),
      shutdown: shutdown.signal,
    }).fetch,
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () => {
      shutdown.abort();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
