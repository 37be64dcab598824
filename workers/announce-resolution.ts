import type { Client } from 'camunda-external-task-client-js';
import { correlate, subscribe, type Connection } from './connection.ts';
import { runAsMain } from './run.ts';

/**
 * `request-resolved`: a process that resolved a customer's request says so with the message
 * `request-resolved` for the same customer, which starts the satisfaction survey.
 */
export function announceResolution(client: Client, connection: Connection): void {
  subscribe(client, 'request-resolved', async ({ task, taskService }) => {
    if (task.businessKey)
      await correlate(connection, {
        messageName: 'request-resolved',
        businessKey: task.businessKey,
        processVariables: { resolvedRequest: task.processDefinitionKey },
      });
    await taskService.complete(task);
  });
}

runAsMain(import.meta.url, 'announce-resolution', (client, connection) =>
  announceResolution(client, connection),
);
