import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Named leases (`Store.takeLease`): work that one node at a time may do, such as the history
 * clean-up. A lease whose time ran out is free for the next node that asks.
 */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  expiresAt: integer('expires_at').notNull(),
});
