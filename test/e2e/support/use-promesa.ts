import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type PromesaServer, startPromesa } from './promesa-server.ts';

/** The server and browser one test file shares, started before its tests and closed after. */
export interface Promesa {
  server: PromesaServer;
  browser: Browser;
}

/**
 * Starts one real server and one Chromium for the calling test file; `prepare` runs once on
 * the server before the first test.
 *
 * @example
 * const promesa = usePromesa((server) => server.running.engine.start('customer-request'));
 */
export function usePromesa(prepare?: (server: PromesaServer) => Promise<unknown>): Promesa {
  const promesa = {} as Promesa;
  beforeAll(async () => {
    [promesa.server, promesa.browser] = await Promise.all([startPromesa(), launchBrowser()]);
    await prepare?.(promesa.server);
  });
  afterAll(async () => {
    await promesa.browser?.close();
    await promesa.server?.close();
  });
  return promesa;
}
