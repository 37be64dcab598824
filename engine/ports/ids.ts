import { randomUUID } from 'node:crypto';

/** Identifier source, injectable so tests can use readable, deterministic ids. */
export interface IdGenerator {
  next(): string;
}

export const uuidIds: IdGenerator = { next: () => randomUUID() };
