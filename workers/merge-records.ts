import { Variables, type Client } from 'camunda-external-task-client-js';
import { subscribe } from './connection.ts';
import { ExampleCrm, SOURCES, type CrmData, type Source } from './example-crm.ts';
import { runAsMain } from './run.ts';

/** Records of the same customer in several systems, as a person is asked to confirm them. */
export interface Candidate {
  id: string;
  name: string;
  email: string;
  sales: string | null;
  billing: string | null;
  service: string | null;
}

/** Records not merged yet that share an e-mail address across at least two systems. */
export function findDuplicates(data: CrmData): Candidate[] {
  const byEmail = new Map<string, Candidate>();
  for (const source of SOURCES)
    for (const record of data.records[source]) {
      if (record.mergedInto) continue;
      const email = record.email.trim().toLowerCase();
      const candidate = byEmail.get(email) ?? {
        id: `dup-${email}`,
        name: record.name,
        email,
        sales: null,
        billing: null,
        service: null,
      };
      candidate[source] ??= record.id;
      byEmail.set(email, candidate);
    }
  return [...byEmail.values()].filter((c) => SOURCES.filter((s) => c[s]).length > 1);
}

/** Merges a confirmed candidate: the others point at the record of the system to keep. */
export function mergeCandidate(data: CrmData, candidate: Candidate, keep: Source): string {
  const kept = candidate[keep] ?? SOURCES.map((s) => candidate[s]).find(Boolean);
  if (!kept) throw new Error(`Candidate ${candidate.id} names no record`);
  for (const source of SOURCES)
    for (const record of data.records[source])
      if (record.id === candidate[source] && record.id !== kept) record.mergedInto = kept;
  return kept;
}

/**
 * `find-duplicates` lists the candidates across the sales, billing and service records;
 * `merge-records` merges one candidate a person confirmed, keeping the system they chose.
 */
export function mergeRecords(client: Client, crm = new ExampleCrm()): void {
  subscribe(client, 'find-duplicates', async ({ task, taskService }) => {
    const candidates = findDuplicates(await crm.read());
    await taskService.complete(task, new Variables().set('candidates', candidates));
  });
  subscribe(client, 'merge-records', async ({ task, taskService }) => {
    const candidate = task.variables.get('candidate') as Candidate;
    const keep = (task.variables.get('keep') || 'sales') as Source;
    const kept = await crm.update((data) => mergeCandidate(data, candidate, keep));
    await taskService.complete(task, new Variables().set('mergedInto', kept));
  });
}

runAsMain(import.meta.url, 'merge-records', (client) => mergeRecords(client));
