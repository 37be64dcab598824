import { EngineError } from '../errors.ts';
import type { InstanceState } from './instance-state.ts';

/**
 * The format of the instance snapshots this engine writes. A change to what a snapshot holds
 * raises it and adds a migration below, so that every instance stored by an earlier version
 * still resumes; `test/fixtures/snapshots/` keeps snapshots of each earlier format.
 */
export const SNAPSHOT_FORMAT = 3;

/** What the store keeps of an instance: the machine's state and the instance's state. */
export interface StoredSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The instance machine's state value (`active`, `completed`, ...). */
  value: string;
  context: InstanceState;
}

/** Each entry reads a snapshot of the format its index names and returns the next format. */
// biome-ignore lint/suspicious/noExplicitAny: a migration reads whatever an old version wrote.
const MIGRATIONS: ((snapshot: any) => unknown)[] = [
  // 0: XState's persisted snapshot as written before formats were numbered (status, value,
  // historyValue, context, children). Only the value and the context were ever read.
  ({ value, context }) => ({ format: 1, value, context }),
  // 1: scopes gain `promise` (a request's promise, `runtime/request-promise.ts`); none had one.
  (snapshot) => ({ ...snapshot, format: 2 }),
  // 2: instances gain `slaPolicies` (the SLA policies of their start, `runtime/sla-policy.ts`);
  // no process read policies then, so none keeps any.
  (snapshot) => ({ ...snapshot, format: 3 }),
];

/**
 * A stored snapshot in the current format, migrated on the way when it is older. A snapshot
 * from a newer version of the engine is refused whole: reading part of it could lose state.
 */
export function readSnapshot(stored: unknown, instanceId: string): StoredSnapshot {
  let snapshot = stored as { format?: unknown };
  const format = snapshot.format === undefined ? 0 : snapshot.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 0)
    throw unreadable(instanceId, `its format ${JSON.stringify(format)} is not a version number`);
  if (format > SNAPSHOT_FORMAT)
    throw unreadable(
      instanceId,
      `it was stored in snapshot format ${format} by a newer Promesa; this one reads formats up to ${SNAPSHOT_FORMAT}`,
    );
  for (let from = format; from < SNAPSHOT_FORMAT; from++)
    snapshot = MIGRATIONS[from]!(snapshot) as { format?: unknown };
  return snapshot as StoredSnapshot;
}

/** The snapshot to store after a step. */
export function writeSnapshot(value: string, context: InstanceState): StoredSnapshot {
  return { format: SNAPSHOT_FORMAT, value, context };
}

function unreadable(instanceId: string, why: string): EngineError {
  return new EngineError(
    'snapshot-format-unsupported',
    `Process instance ${instanceId} cannot be read: ${why}`,
  );
}
