import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './identity-schema.ts';

/**
 * Diagrams an analyst is drawing in the browser app, saved on the server so a closed tab or
 * another machine loses nothing. `version` grows by one per save: a save naming an older
 * version is refused (two tabs, one draft).
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    owner: text('owner')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    xml: text('xml').notNull(),
    version: integer('version').notNull(),
    /** The deployed definition the draft was opened from, if any. */
    basedOn: text('based_on'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('drafts_owner_idx').on(t.owner, t.updatedAt)],
);
