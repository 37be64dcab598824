import { describe, expect, it } from 'vitest';
import { uuidV7Ids } from '../../engine/ports/ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7Ids', () => {
  it('makes RFC 9562 version 7 UUIDs that carry the millisecond', () => {
    const id = uuidV7Ids(() => 0x0123456789ab).next();
    expect(id).toMatch(UUID_V7);
    expect(id.slice(0, 13)).toBe('01234567-89ab');
  });

  it('sorts ids in the order they were made, within one millisecond and across them', () => {
    let now = 1_790_000_000_000;
    const ids = uuidV7Ids(() => now);
    const made: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      if (i % 1_000 === 0) now += 1;
      made.push(ids.next());
    }
    // More than the 12-bit counter holds in one millisecond: the next millisecond is borrowed.
    now += 1;
    for (let i = 0; i < 10_000; i++) made.push(ids.next());
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
  });

  it('keeps the order when the clock steps back', () => {
    let now = 2_000;
    const ids = uuidV7Ids(() => now);
    const first = ids.next();
    now = 1_000;
    expect(ids.next() > first).toBe(true);
  });
});
