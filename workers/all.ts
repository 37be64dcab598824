import type { Client } from 'camunda-external-task-client-js';
import { announceResolution } from './announce-resolution.ts';
import type { Connection } from './connection.ts';
import type { ExampleCrm } from './example-crm.ts';
import { mergeRecords } from './merge-records.ts';
import { notifyCustomer } from './notify-customer.ts';
import { runAsMain } from './run.ts';
import { updateCrm } from './update-crm.ts';

/** Every example worker on one client: the system steps of the whole shipped library. */
export function exampleWorkers(
  client: Client,
  connection: Connection,
  options: { crm?: ExampleCrm; send?: (customer: string, text: string) => void } = {},
): void {
  notifyCustomer(client, options.send);
  updateCrm(client, options.crm);
  mergeRecords(client, options.crm);
  announceResolution(client, connection);
}

runAsMain(import.meta.url, 'example-workers', (client, connection) =>
  exampleWorkers(client, connection),
);
