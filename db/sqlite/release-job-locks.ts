import type BetterSqlite3 from 'better-sqlite3';

/**
 * Releases every job lock in an embedded database, for a server starting on it. The embedded
 * store belongs to one server process, so a lock found at its start was left by a server that
 * was killed in the middle of a job; kept, it would hold the job back for the rest of its
 * 5-minute lock (the soak with SIGKILL found such jobs). Running a released job again is safe:
 * a job fires in its instance's transaction with its own deletion. Returns how many it released.
 */
export function releaseJobLocks(database: BetterSqlite3.Database): number {
  return database
    .prepare('UPDATE jobs SET locked_by = NULL, locked_until = NULL WHERE locked_by IS NOT NULL')
    .run().changes;
}
