import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './test-app.ts';

/** A user with a real password, so clients authenticate with HTTP Basic as they do against Camunda. */
export const basicUser = {
  username: 'camunda-client',
  password: 'correct horse battery staple',
} as const;

export interface CamundaServer extends TestApp {
  /** `http://127.0.0.1:<port>/engine-rest`, what a Camunda client is configured with. */
  restUrl: string;
  /** The `Authorization` header of `basicUser`. */
  basicAuth: string;
  /** `fetch` against the running server as `basicUser`; a plain object body is sent as JSON. */
  rest(method: string, path: string, body?: unknown): Promise<Response>;
  /** Ends parked long polls, closes connections, the server, then the engine. */
  stop(): Promise<void>;
}

/** The JSON body of a response (untyped, as tests compare it against Camunda's shapes). */
export async function read(response: Response | Promise<Response>): Promise<any> {
  return (await response).json();
}

/**
 * The real app (real engine on a fresh test store, fake clock) served over HTTP on a random
 * loopback port, for tests that drive it with real Camunda clients.
 */
export async function startCamundaServer(): Promise<CamundaServer> {
  const shutdown = new AbortController();
  const t = await startTestApp({ shutdown: shutdown.signal });
  await t.identity.addUser({ ...basicUser, role: 'developer', groups: ['front-office'] });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const restUrl = `http://127.0.0.1:${port}/engine-rest`;
  const basicAuth = `Basic ${Buffer.from(`${basicUser.username}:${basicUser.password}`).toString('base64')}`;
  return {
    ...t,
    restUrl,
    basicAuth,
    rest(method, path, body) {
      const headers: Record<string, string> = {
        accept: 'application/json',
        authorization: basicAuth,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      return fetch(`${restUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    async stop() {
      shutdown.abort();
      const http = server as Server;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      // Aborted long polls answer within a tick or two; their kept-alive sockets are closed as
      // they turn idle, and anything still open after a grace period is cut so vitest can exit.
      const idle = setInterval(() => http.closeIdleConnections(), 10);
      const cut = setTimeout(() => http.closeAllConnections(), 2_000);
      await closed;
      clearInterval(idle);
      clearTimeout(cut);
      await t.close();
    },
  };
}
