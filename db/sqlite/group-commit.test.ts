import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import { groupCommit } from './group-commit.ts';
import type { WalSync } from './wal-sync.ts';

/** A WAL sync the test finishes by hand, recording the connection's sync setting at each call. */
function heldSync(database: BetterSqlite3.Database) {
  const pending: { resolve(): void; reject(error: Error): void }[] = [];
  const settingsAtCall: number[] = [];
  let failure: Error | undefined;
  const sync: WalSync = {
    running: () => pending.length > 0,
    failure: () => failure,
    sync: () => {
      settingsAtCall.push(database.pragma('synchronous', { simple: true }) as number);
      return new Promise<void>((resolve, reject) =>
        pending.push({ resolve, reject: (error) => reject((failure = error)) }),
      );
    },
    settled: async () => {},
    close: async () => {},
  };
  return { sync, pending, settingsAtCall };
}

const dir = mkdtempSync(join(tmpdir(), 'promesa-group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let database: BetterSqlite3.Database;
let files = 0;
afterEach(() => database?.close());

function openTable() {
  database = new BetterSqlite3(join(dir, `${++files}.db`));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.exec('CREATE TABLE units (id TEXT PRIMARY KEY)');
  const insert = database.prepare('INSERT INTO units (id) VALUES (?)');
  // The unit's instance id is the row to insert; a duplicate fails that unit alone.
  return (work: UnitOfWork) => void insert.run(work.instance!.record.id);
}
const unitFor = (id: string) =>
  ({ instance: { record: { id }, expectedVersion: null } }) as unknown as UnitOfWork;
const rows = () =>
  (database.prepare('SELECT id FROM units ORDER BY id').all() as { id: string }[]).map((r) => r.id);
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('groupCommit with a pipelined WAL sync', () => {
  it('answers the callers of a batch only after the WAL sync that followed its COMMIT', async () => {
    const write = openTable();
    const held = heldSync(database);
    const commit = groupCommit(database, write, held.sync);
    const answered: string[] = [];
    const calls = ['a', 'b', 'c'].map((id) => commit(unitFor(id)).then(() => answered.push(id)));
    await settle();
    expect(rows()).toEqual(['a', 'b', 'c']); // committed...
    expect(answered).toEqual([]); // ...but nobody told yet
    expect(held.settingsAtCall).toEqual([2]); // and the connection is FULL again for others
    held.pending.shift()!.resolve();
    await Promise.all(calls);
    expect(answered).toEqual(['a', 'b', 'c']);
  });

  it('writes a full batch at once, so its sync overlaps the units still being computed', async () => {
    const write = openTable();
    const held = heldSync(database);
    const commit = groupCommit(database, write, held.sync);
    const calls = Array.from({ length: 8 }, (_, i) => commit(unitFor(`u${i}`)));
    await Promise.resolve(); // one microtask later, not at the end of the event-loop turn
    expect(rows()).toHaveLength(8);
    expect(held.pending).toHaveLength(1);
    calls.push(commit(unitFor('u8'))); // alone, but a sync is under way: it waits for the next
    await settle();
    expect(rows()).toHaveLength(9);
    expect(held.pending).toHaveLength(2);
    for (const p of held.pending) p.resolve();
    await Promise.all(calls);
  });

  it('fails only the unit that failed, and every caller of a batch whose sync failed', async () => {
    const write = openTable();
    const held = heldSync(database);
    const commit = groupCommit(database, write, held.sync);
    await Promise.all([
      commit(unitFor('x')),
      commit(unitFor('y')),
      settle().then(() => held.pending.shift()!.resolve()),
    ]);
    const duplicate = commit(unitFor('x'));
    const fresh = commit(unitFor('z'));
    await expect(duplicate).rejects.toThrow(/UNIQUE/);
    held.pending.shift()!.reject(new Error('disk gone'));
    await expect(fresh).rejects.toThrow('disk gone');
    // Nothing is acknowledged after that, not even a lone unit that SQLite could sync itself.
    await expect(commit(unitFor('later'))).rejects.toThrow('disk gone');
  });

  it('commits a lone unit with FULL in place when no sync is under way', async () => {
    const write = openTable();
    const held = heldSync(database);
    const commit = groupCommit(database, write, held.sync);
    await commit(unitFor('alone'));
    expect(held.settingsAtCall).toEqual([]);
    expect(rows()).toEqual(['alone']);
  });
});
