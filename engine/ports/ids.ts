import { randomFillSync } from 'node:crypto';

/** Identifier source, injectable so tests can use readable, deterministic ids. */
export interface IdGenerator {
  next(): string;
}

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter for ids of the same
 * millisecond (RFC method 1, seeded at random each millisecond), then 62 random bits. Ids made
 * later sort later, so the store's primary keys and the indexes that carry instance and task ids
 * grow at their right edge: a commit rewrites the index pages the previous one wrote, instead of
 * a random page per index (a random UUID's cost, in pages written and in page splits).
 */
export function uuidV7Ids(now: () => number = Date.now): IdGenerator {
  let lastMs = -1;
  let counter = 0;
  const random = randomBytes();
  return {
    next() {
      const ms = now();
      if (ms > lastMs) {
        lastMs = ms;
        counter = random(2) & 0x7ff; // seeded in the low half: room to count up
      } else if (++counter > 0xfff) {
        // 4,096 ids in one millisecond: borrow the next one rather than break the order.
        lastMs += 1;
        counter = 0;
      }
      const high = Math.floor(lastMs / 0x10000); // the top 32 of 48 bits
      const variantAndRandom = 0x8000 | (random(2) & 0x3fff);
      return `${hex(high, 8)}-${hex(lastMs & 0xffff, 4)}-${hex(0x7000 | counter, 4)}-${hex(variantAndRandom, 4)}-${hex(random(3), 6)}${hex(random(3), 6)}`;
    },
  };
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/** Random unsigned integers of 1 to 6 bytes, drawn from a pool refilled 4 KB at a time. */
function randomBytes(): (count: number) => number {
  const pool = new Uint8Array(4096);
  let at = pool.length;
  return (count) => {
    if (at + count > pool.length) {
      randomFillSync(pool);
      at = 0;
    }
    let value = 0;
    for (let i = 0; i < count; i++) value = value * 256 + pool[at++]!;
    return value;
  };
}

export const uuidIds: IdGenerator = uuidV7Ids();
