import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../engine/ports/identity.ts';

/**
 * Identity tables of the SQLite store: users, groups, memberships, API tokens and browser
 * sessions. Kept apart from `schema.ts` because the engine never reads them; they share its
 * migrations folder (`npm run db:generate` reads both files).
 */

export const users = sqliteTable('users', {
  username: text('username').primaryKey(),
  displayName: text('display_name'),
  role: text('role').$type<Role>().notNull(),
  passwordHash: text('password_hash'),
  disabled: integer('disabled', { mode: 'boolean' }).notNull(),
  absent: integer('absent', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  language: text('language'),
  savedFilters: text('saved_filters'),
});

export const groups = sqliteTable('groups', {
  name: text('name').primaryKey(),
});

export const groupMembers = sqliteTable(
  'group_members',
  {
    groupName: text('group_name')
      .notNull()
      .references(() => groups.name, { onDelete: 'cascade' }),
    username: text('username')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.groupName, t.username] }),
    index('group_members_user_idx').on(t.username),
  ],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    username: text('username')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at'),
    lastUsedAt: integer('last_used_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.username)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    username: text('username')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_expiry_idx').on(t.expiresAt)],
);
