import { pathToFileURL } from 'node:url';
import type { Client } from 'camunda-external-task-client-js';
import { connectionFromEnv, workerClient, type Connection } from './connection.ts';

/**
 * Runs a worker when its file is the program (`npx tsx workers/notify-customer.ts`): connects
 * as the environment says (`connection.ts`), subscribes, and stops on Ctrl-C.
 */
export function runAsMain(
  moduleUrl: string,
  workerId: string,
  subscribeAll: (client: Client, connection: Connection) => void,
): void {
  if (!process.argv[1] || pathToFileURL(process.argv[1]).href !== moduleUrl) return;
  let connection: Connection;
  try {
    connection = connectionFromEnv();
  } catch (error) {
    console.error(`${workerId}: ${(error as Error).message}`);
    process.exit(1);
  }
  const client = workerClient(connection, workerId);
  subscribeAll(client, connection);
  console.log(`${workerId} worker polling ${connection.restUrl} as ${connection.username}`);
  process.once('SIGINT', () => {
    client.stop();
    process.exit(0);
  });
}
