import BetterSqlite3 from 'better-sqlite3';
import { perSecond, since } from './stats.ts';

/**
 * SQLite outside Promesa: the peer's state table and the machine's limit, on the pragmas of
 * `db/sqlite/store.ts` (WAL, synchronous=FULL), so all three pay the same fsync per commit.
 */
export function openDurable(filename: string): BetterSqlite3.Database {
  const database = new BetterSqlite3(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  return database;
}

/**
 * The machine's limit: single-row insert transactions per second, each committed (one WAL fsync)
 * before the next begins, as Promesa commits one command at a time.
 */
export function measureCommitLimit(filename: string, count: number): number {
  const database = openDurable(filename);
  try {
    database.exec(
      'CREATE TABLE IF NOT EXISTS limit_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)',
    );
    const insert = database.prepare('INSERT INTO limit_probe (payload) VALUES (?)');
    const commit = database.transaction((payload: string) => insert.run(payload));
    const payload = 'x'.repeat(200);
    for (let i = 0; i < 20; i++) commit.immediate(payload); // warm the file and the statement
    const start = performance.now();
    for (let i = 0; i < count; i++) commit.immediate(payload);
    return perSecond(count, since(start));
  } finally {
    database.close();
  }
}

/**
 * Setup (filling a store with waiting work) runs with synchronous=OFF: it is not a figure. This
 * switches back to FULL and checkpoints the WAL into the database file with an fsync, so the
 * first timed commits do not pay for flushing the setup's unsynced writes.
 */
export function fastSetup(database: BetterSqlite3.Database): { done(): void } {
  database.pragma('synchronous = OFF');
  return {
    done() {
      database.pragma('synchronous = FULL');
      database.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

export function sqliteVersion(): string {
  const database = new BetterSqlite3(':memory:');
  try {
    return (database.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    database.close();
  }
}
