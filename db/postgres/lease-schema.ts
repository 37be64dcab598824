import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/** Named leases (`Store.takeLease`), mirroring SQLite's `leases`. */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
});
