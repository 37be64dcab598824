import {
  BasicAuthInterceptor,
  Client,
  type Task,
  type TaskService,
} from 'camunda-external-task-client-js';

/**
 * Where a worker finds Promesa and who it is there: `PROMESA_URL` (default
 * http://localhost:3000), as `PROMESA_WORKER_USER` with `PROMESA_WORKER_PASSWORD` (their
 * password or an API token; the user needs the developer role).
 */
export interface Connection {
  /** The Camunda 7 REST root, `<PROMESA_URL>/engine-rest`. */
  restUrl: string;
  username: string;
  password: string;
}

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Connection {
  const username = env.PROMESA_WORKER_USER;
  const password = env.PROMESA_WORKER_PASSWORD;
  if (!username || !password)
    throw new Error(
      'Set PROMESA_WORKER_USER and PROMESA_WORKER_PASSWORD (a password or an API token)',
    );
  const base = (env.PROMESA_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return { restUrl: `${base}/engine-rest`, username, password };
}

/** A client that long-polls for work (30 s), as `workerId`. */
export function workerClient(connection: Connection, workerId: string): Client {
  return new Client({
    baseUrl: connection.restUrl,
    workerId,
    asyncResponseTimeout: 30_000,
    lockDuration: 60_000,
    interceptors: new BasicAuthInterceptor({
      username: connection.username,
      password: connection.password,
    }),
  });
}

/** Correlates a message through `/engine-rest/message` (a start message starts an instance). */
export async function correlate(
  connection: Connection,
  message: {
    messageName: string;
    businessKey?: string;
    processVariables?: Record<string, unknown>;
  },
): Promise<void> {
  const processVariables = Object.fromEntries(
    Object.entries(message.processVariables ?? {}).map(([name, value]) => [name, { value }]),
  );
  const response = await fetch(`${connection.restUrl}/message`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString('base64')}`,
    },
    body: JSON.stringify({ ...message, processVariables }),
  });
  if (!response.ok)
    throw new Error(
      `Correlating ${message.messageName} answered ${response.status}: ${await response.text()}`,
    );
}

/** What a worker does with one task; a thrown error becomes a failure with no retries left. */
export type Work = (args: { task: Task; taskService: TaskService }) => Promise<void>;

/**
 * Subscribes `work` to a topic: an error it throws is reported as the task's failure with no
 * retries left, so it shows as an incident on the element instead of being retried blindly.
 */
export function subscribe(client: Client, topic: string, work: Work): void {
  client.subscribe(topic, async (args) => {
    try {
      await work(args);
    } catch (error) {
      await args.taskService.handleFailure(args.task, {
        errorMessage: (error as Error).message,
        retries: 0,
        retryTimeout: 0,
      });
    }
  });
}
