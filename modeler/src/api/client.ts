import createClient, { type Middleware } from 'openapi-fetch';
import { serverClockWatch } from '../app/server-clock.ts';
import type { components, paths } from './schema.ts';

/** Shapes of the API, named as the OpenAPI document names them. */
export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type Role = Me['role'];

/** An error reply of the API: `code` is its stable `type`, `details` the parameters. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The server did not answer at all (offline, restarting). */
export class NetworkError extends Error {}

const expiredListeners = new Set<() => void>();

/** Called when a request that carried the session answers 401: the session ended. */
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

const sessionWatch: Middleware = {
  onResponse({ request, response }) {
    const signingIn = new URL(request.url).pathname === '/api/session';
    if (response.status === 401 && !signingIn) for (const listener of expiredListeners) listener();
    return undefined;
  },
};

/** The typed client of `/api`; every page reads and writes through it. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(sessionWatch, serverClockWatch);

/**
 * The data of an openapi-fetch result, or an `ApiError` carrying the server's code.
 *
 * @example
 * const me = await call(api.GET('/api/me'));
 */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    throw new NetworkError(String(error));
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const body = (error ?? {}) as {
    type?: string;
    message?: string;
    details?: Record<string, unknown>;
  };
  throw new ApiError(
    response.status,
    body.type ?? `http-${response.status}`,
    body.message ?? response.statusText,
    body.details ?? {},
  );
}
