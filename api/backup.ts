import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';

/** Copy every remaining page in one step: one read transaction, so the copy is one moment's state. */
const ALL_PAGES = 0x7fffffff;

/** The file of a `sqlite:` DATABASE_URL; other stores have their own tools (pg_dump). */
export function sqliteFileOf(databaseUrl: string): string {
  if (!databaseUrl.startsWith('sqlite:') || databaseUrl === 'sqlite::memory:')
    throw new Error(
      `backup and restore work on a sqlite: DATABASE_URL with a file; for ${databaseUrl.split(':')[0]} use its own tools (pg_dump, pg_restore)`,
    );
  return databaseUrl.slice('sqlite:'.length);
}

/**
 * Takes SQLite's online backup of a live database into `target` (which must not exist yet)
 * while a server keeps writing: the copy is one consistent moment, and writers are not held
 * up (WAL). The copy is checked with `PRAGMA integrity_check` before this returns.
 */
export async function backupDatabase(
  databaseFile: string,
  target: string,
): Promise<{ pages: number }> {
  if (!existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile}`);
  if (existsSync(target)) throw new Error(`${target} exists; a backup never overwrites a file`);
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target, { progress: () => ALL_PAGES });
    checkPromesaDatabase(target);
    return { pages: totalPages };
  } finally {
    source.close();
  }
}

/**
 * Puts a backup in place of the database. Refused while anything has the database open (a
 * running server holds it, so SQLite's exclusive lock cannot be had): restoring under a live
 * server would swap its data from under it. The backup is checked before anything is touched.
 */
export function restoreDatabase(backup: string, databaseFile: string): void {
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}`);
  checkPromesaDatabase(backup);
  if (existsSync(databaseFile)) refuseIfInUse(databaseFile);
  const staged = `${databaseFile}.restoring`;
  copyFileSync(backup, staged);
  // The old file's write-ahead log belongs to the old data.
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(staged, databaseFile);
}

function refuseIfInUse(databaseFile: string): void {
  const probe = new Database(databaseFile, { timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new Error(
      `${databaseFile} is in use (a running server has it open); stop the server before restoring`,
    );
  } finally {
    probe.close();
  }
}

/** A readable, intact Promesa database, or an error saying what it is not. */
function checkPromesaDatabase(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${file} is damaged: ${String(integrity)}`);
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'process_instances'")
      .get();
    if (!table) throw new Error(`${file} is not a Promesa database`);
  } finally {
    db.close();
  }
}
