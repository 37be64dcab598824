import http from 'node:http';
import https from 'node:https';
import { ask } from './prompt.ts';
import { CliError, problemLine } from './errors.ts';

/** A running Promesa and how to prove who we are to it. */
export interface ServerClient {
  url: string;
  /**
   * Calls the API; the parsed JSON answer, or a `CliError` with the server's own message.
   * `file` names the diagram a 422 is about, so each refused element reads as one line.
   */
  call<T>(method: string, path: string, body?: unknown, file?: string): Promise<T>;
}

export interface Credentials {
  /** An API token (`PROMESA_TOKEN`): sent as a bearer token. */
  token?: string;
  /** Otherwise a user whose password is asked for (HTTP Basic). */
  user?: string;
}

/**
 * A client of the server at `url`. With no token, asks for the user (when not given) and the
 * password, without echoing it; without a terminal both come from standard input.
 */
export async function connect(url: string, credentials: Credentials): Promise<ServerClient> {
  const base = url.replace(/\/+$/, '');
  const authorization = credentials.token
    ? `Bearer ${credentials.token}`
    : await basicAuthorization(base, credentials.user);
  return {
    url: base,
    async call<T>(method: string, path: string, body?: unknown, file?: string): Promise<T> {
      const headers: Record<string, string> = { authorization, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await send(`${base}${path}`, method, headers, body).catch((error) => {
        throw unreachable(base, error);
      });
      const answer = response.text ? parse(response.text) : undefined;
      if (response.status >= 200 && response.status < 300) return answer as T;
      throw refusal(base, response.status, answer, file);
    },
  };
}

/**
 * One HTTP request with node:http(s). Not `fetch`: loading undici costs a short-lived command
 * about half a second of its one-second budget (measured: 1.0 s against 0.5 s for one call).
 */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

async function basicAuthorization(url: string, user: string | undefined): Promise<string> {
  const username = user || (await ask(`User on ${url}: `));
  if (!username)
    throw new CliError([
      `no credentials for ${url}: set PROMESA_TOKEN, or pass --user NAME and type the password`,
    ]);
  const password = await ask(`Password for ${username}: `, { hidden: true });
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

function unreachable(url: string, error: unknown): CliError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new CliError([
    `cannot reach Promesa at ${url} (${reason}): start it, pass --server URL, or --database to write to a database directly`,
  ]);
}

interface ErrorBody {
  message?: string;
  details?: { problems?: { message: string; line?: number; elementId?: string }[] };
}

function refusal(url: string, status: number, body: unknown, file?: string): CliError {
  const { message = `HTTP ${status}`, details } = (body ?? {}) as ErrorBody;
  if (status === 401) return new CliError([`${url} refused the credentials: ${message}`]);
  if (status === 422 && file && details?.problems?.length)
    return new CliError(details.problems.map((p) => `refused ${problemLine(file, p)}`));
  return new CliError([message]);
}
