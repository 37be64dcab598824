import { bigint, boolean, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Role } from '../../engine/ports/identity.ts';

/**
 * Identity tables of the PostgreSQL store, mirroring `db/sqlite/identity-schema.ts`: users,
 * groups, memberships, API tokens and browser sessions. They share the store's migrations.
 */

export const users = pgTable('users', {
  username: text('username').primaryKey(),
  displayName: text('display_name'),
  role: text('role').$type<Role>().notNull(),
  passwordHash: text('password_hash'),
  disabled: boolean('disabled').notNull(),
  absent: boolean('absent').notNull().default(false),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  language: text('language'),
  savedFilters: text('saved_filters'),
});

export const groups = pgTable('groups', {
  name: text('name').primaryKey(),
});

export const groupMembers = pgTable(
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

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    username: text('username')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }),
    lastUsedAt: bigint('last_used_at', { mode: 'number' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.username)],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    username: text('username')
      .notNull()
      .references(() => users.username, { onDelete: 'cascade' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('sessions_expiry_idx').on(t.expiresAt)],
);
