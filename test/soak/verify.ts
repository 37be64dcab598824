import Database from 'better-sqlite3';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import type { InstanceRecord, StoredHistoryEntry } from '../../engine/index.ts';
import type { Ledger } from './soak-client.ts';

export interface Verdict {
  instances: number;
  completed: number;
  /** Acknowledged commands the store does not reflect. */
  lost: string[];
  /** Commands the store reflects more than once. */
  doubled: string[];
  /** Anything else wrong: a state the diagram does not allow, a stuck lock, history disagreeing. */
  violations: string[];
  integrity: string;
}

/** Where a live instance of `soak-order` may wait, and what holds it there. */
const WAIT_STATES = ['check-order', 'review-order', 'customer-confirms'] as const;

/** Checks the soak's database file against what the server acknowledged. */
export async function verifySoak(databaseFile: string, ledger: Ledger): Promise<Verdict> {
  const integrity = checkIntegrity(databaseFile);
  const store = openSqliteStore({ filename: databaseFile });
  const lost: string[] = [];
  const doubled: string[] = [];
  const violations: string[] = [];
  try {
    const instances = await store.listInstances({ processId: 'soak-order', limit: 1_000_000 });
    const byKey = new Map<string, InstanceRecord[]>();
    for (const instance of instances) {
      const key = instance.businessKey ?? '';
      byKey.set(key, [...(byKey.get(key) ?? []), instance]);
    }
    for (const [key, found] of byKey) if (found.length > 1) doubled.push(`start ${key}`);
    for (const [key, id] of ledger.started)
      if (!byKey.get(key)?.some((instance) => instance.id === id)) lost.push(`start ${key}`);

    for (const instance of instances) {
      const history = await store.history(instance.id);
      const count = (kind: string, elementId?: string) =>
        history.filter((e) => e.kind === kind && (!elementId || e.elementId === elementId)).length;
      const where = `${instance.businessKey} (${instance.id})`;
      if (count('instance.started') !== 1)
        violations.push(`${where}: started ${count('instance.started')} times in history`);
      for (const element of WAIT_STATES)
        if (count('activity.completed', element) > 1) doubled.push(`${element} of ${where}`);
      const tasks = await store.listTasks({ instanceId: instance.id });
      const external = await store.listExternalTasks({ instanceId: instance.id });
      for (const task of tasks) {
        const completions = completionsOf(history, task.id);
        if (completions > 1) doubled.push(`task ${task.id} of ${where}`);
        if (ledger.completedTasks.has(task.id) && (task.state !== 'completed' || completions !== 1))
          lost.push(`task ${task.id} of ${where}`);
      }
      for (const task of external)
        if (ledger.completedExternalTasks.has(task.id) && task.state !== 'completed')
          lost.push(`external task ${task.id} of ${where}`);
      if (
        ledger.confirmed.has(instance.businessKey ?? '') &&
        count('activity.completed', 'customer-confirms') !== 1
      )
        lost.push(`confirmation of ${where}`);

      if (instance.status === 'completed') {
        if (count('instance.completed') !== 1)
          violations.push(`${where}: completed without one instance.completed`);
        if (count('activity.completed', 'customer-confirms') !== 1)
          violations.push(`${where}: completed without its confirmation`);
      } else if (instance.status === 'active') {
        const holds = [
          external.filter((t) => t.state === 'open').length,
          tasks.filter((t) => t.state === 'open').length,
          (await store.findSubscriptions({ instanceId: instance.id })).length,
        ];
        if (holds.reduce((a, b) => a + b, 0) !== 1)
          violations.push(
            `${where}: active, waiting at ${JSON.stringify(holds)} (external, user task, message) instead of exactly one`,
          );
      } else violations.push(`${where}: ${instance.status}, which nothing in the soak asks for`);
    }
    for (const job of await store.listJobs({}))
      if (job.lockedBy) violations.push(`job ${job.id} is still locked by ${job.lockedBy}`);
    return {
      instances: instances.length,
      completed: instances.filter((instance) => instance.status === 'completed').length,
      lost,
      doubled,
      violations,
      integrity,
    };
  } finally {
    await store.close();
  }
}

function completionsOf(history: StoredHistoryEntry[], taskId: string): number {
  return history.filter((e) => e.kind === 'task.completed' && e.data?.taskId === taskId).length;
}

function checkIntegrity(databaseFile: string): string {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}
