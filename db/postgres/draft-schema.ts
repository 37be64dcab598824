import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './identity-schema.ts';

/** Diagrams drawn in the browser app, mirroring `db/sqlite/draft-schema.ts`. */
export const drafts = pgTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    owner: text('owner')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    xml: text('xml').notNull(),
    version: integer('version').notNull(),
    basedOn: text('based_on'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('drafts_owner_idx').on(t.owner, t.updatedAt)],
);
