import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walSync } from './wal-sync.ts';

const dir = mkdtempSync(join(tmpdir(), 'promesa-wal-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('walSync', () => {
  it('runs one fdatasync at a time; calls made meanwhile share the next one', async () => {
    const file = join(dir, 'a-wal');
    writeFileSync(file, 'frames');
    const wal = walSync(file);
    expect(wal.running()).toBe(false);
    const first = wal.sync();
    expect(wal.running()).toBe(true);
    const second = wal.sync();
    const third = wal.sync();
    expect(third).toBe(second); // one more sync covers both
    expect(second).not.toBe(first); // and it starts after the first, which may predate their writes
    let settled = false;
    const whenSettled = wal.settled().then(() => (settled = true));
    await first;
    expect(settled).toBe(false); // the queued sync is still to come
    await Promise.all([second, third, whenSettled]);
    expect(settled).toBe(true);
    expect(wal.running()).toBe(false);
    await wal.close();
  });

  it('fails every later sync once one has failed: nothing may be acknowledged after an fsync error', async () => {
    const wal = walSync(join(dir, 'missing-wal'));
    await expect(wal.sync()).rejects.toThrow(/ENOENT/);
    writeFileSync(join(dir, 'missing-wal'), 'frames'); // even if the file is there now
    await expect(wal.sync()).rejects.toThrow(/could not be synced to disk/);
    await wal.close();
  });
});
