import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { openSqliteStore } from '../db/sqlite/store.ts';
import { createEngine, type Engine, type Store } from '../engine/index.ts';
import { createApp } from './app.ts';

export interface ServerConfig {
  port: number;
  databaseUrl: string;
  allowJavaScript: boolean;
}

/** Reads the configuration from the environment: `PORT`, `DATABASE_URL`, `PROMESA_ALLOW_JAVASCRIPT`. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/promesa.db',
    allowJavaScript: env.PROMESA_ALLOW_JAVASCRIPT === 'true',
  };
}

/** Opens the store a `DATABASE_URL` names; the embedded SQLite store is the default. */
export function openStore(databaseUrl: string): Store {
  if (!databaseUrl.startsWith('sqlite:')) throw new Error(`Unsupported DATABASE_URL ${databaseUrl}: only sqlite: is available`);
  const filename = databaseUrl.slice('sqlite:'.length);
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  return openSqliteStore({ filename });
}

/** The one place that wires store, engine and HTTP together. */
export function startServer(config: ServerConfig): { engine: Engine; store: Store; server: ServerType; stop(): Promise<void> } {
  const store = openStore(config.databaseUrl);
  const engine = createEngine({ store, allowJavaScript: config.allowJavaScript });
  const server = serve({ fetch: createApp({ engine, store }).fetch, port: config.port });
  return {
    engine,
    store,
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
      await store.close();
    },
  };
}
