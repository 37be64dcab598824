import type {
  DefinitionRecord,
  DeploymentRecord,
  ExternalTaskRecord,
  IncidentRecord,
  InstanceRecord,
  JobRecord,
  StoredHistoryEntry,
  TaskRecord,
} from '../../engine/ports/store.ts';
import type { EventSubscriptionRecord } from '../../engine/ports/subscriptions.ts';

/**
 * Copies in and out of the memory store. Every record is stored as a `structuredClone`, and every
 * read hands out another one, so neither the engine nor an embedding application can change
 * stored state by mutating an object it passed in or got back. Optional fields are stored as
 * `null`, as the SQL stores read them back (`db/mapping.ts`), so the contract's `toEqual` holds.
 */

/** Clones `record` and turns each `undefined` optional field into `null`. */
function stored<T extends object>(record: T, optional: readonly (keyof T)[]): T {
  const copy = structuredClone(record);
  for (const key of optional) (copy[key] as unknown) ??= null;
  return copy;
}

/** A copy for a reader: stored records are already normalised. */
export const copyOut = <T>(record: T): T => structuredClone(record);

export const storeDeployment = (d: DeploymentRecord) => stored(d, ['deployedBy']);
export const storeDefinition = (d: DefinitionRecord) => stored(d, ['name']);
export const storeInstance = (i: InstanceRecord) => stored(i, ['businessKey', 'endedAt', 'parentInstanceId']);

export const storeTask = (t: TaskRecord) =>
  stored(t, ['businessKey', 'name', 'lane', 'assignee', 'dueAt', 'followUpAt', 'formKey', 'claimedAt', 'claimedBy', 'completedAt', 'completedBy']);

export const storeExternalTask = (t: ExternalTaskRecord) =>
  stored(t, ['businessKey', 'workerId', 'lockExpiresAt', 'retries', 'errorMessage', 'errorDetails']);

export const storeJob = (j: JobRecord) => stored(j, ['instanceId', 'elementId', 'tokenId', 'lockedBy', 'lockedUntil']);
export const storeIncident = (i: IncidentRecord) => stored(i, ['tokenId', 'externalTaskId', 'jobId', 'resolvedAt']);
export const storeHistory = (h: StoredHistoryEntry) => stored(h, ['elementId', 'elementType', 'tokenId', 'userId', 'data']);
export const storeSubscription = (s: EventSubscriptionRecord) => stored(s, ['instanceId', 'tokenId', 'businessKey']);

/** Adds `id` to the set of `key` in a one-to-many index. */
export function addTo(index: Map<string, Set<string>>, key: string | null | undefined, id: string): void {
  if (key == null) return;
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

/** Removes `id` from the set of `key`, dropping empty sets so the index does not grow with dead keys. */
export function removeFrom(index: Map<string, Set<string>>, key: string | null | undefined, id: string): void {
  if (key == null) return;
  const ids = index.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}
