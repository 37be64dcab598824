import { and, asc, eq, lt } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { ConflictError } from '../../engine/errors.ts';
import type { ApiTokenRecord, IdentityStore, UserRecord } from '../../engine/ports/identity.ts';
import { inTransaction, sqlState, UNIQUE_VIOLATION } from './pool.ts';
import { apiTokens, groupMembers, groups, sessions, users } from './identity-schema.ts';

type Db = NodePgDatabase;

/**
 * The identity store on the PostgreSQL store's pool (`openPostgresStore(...).pool`), whose
 * migrations create these tables; `db/sqlite/identity-store.ts` is its SQLite twin.
 */
export function createPostgresIdentityStore(pool: pg.Pool): IdentityStore {
  const db = drizzle({ client: pool });
  const orNull = <T>(v: T | null | undefined): T | null => v ?? null;
  const toUser = (row: typeof users.$inferSelect): UserRecord => ({ ...row });
  const toToken = (row: typeof apiTokens.$inferSelect): ApiTokenRecord => ({ ...row });
  const inTx = <T>(work: (tx: Db) => Promise<T>) =>
    inTransaction(pool, (client) => work(drizzle({ client })));

  const setGroups = async (tx: Db, username: string, names: string[]) => {
    await tx.delete(groupMembers).where(eq(groupMembers.username, username));
    for (const name of new Set(names)) {
      await tx.insert(groups).values({ name }).onConflictDoNothing();
      await tx.insert(groupMembers).values({ groupName: name, username });
    }
  };

  return {
    async countUsers() {
      return db.$count(users);
    },
    async createUser(user, names) {
      try {
        await inTx(async (tx) => {
          await tx.insert(users).values({
            ...user,
            displayName: orNull(user.displayName),
            passwordHash: orNull(user.passwordHash),
          });
          await setGroups(tx, user.username, names);
        });
      } catch (error) {
        if (sqlState(error) === UNIQUE_VIOLATION)
          throw new ConflictError('user-exists', `User ${user.username} already exists`, {
            field: 'username',
          });
        throw error;
      }
    },
    async getUser(username) {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row && toUser(row);
    },
    async listUsers() {
      return (await db.select().from(users).orderBy(asc(users.username))).map(toUser);
    },
    async updateUser(username, patch) {
      if (Object.keys(patch).length > 0)
        await db.update(users).set(patch).where(eq(users.username, username));
    },
    async deleteUser(username) {
      return ((await db.delete(users).where(eq(users.username, username))).rowCount ?? 0) > 0;
    },

    async groupsOf(username) {
      const rows = await db
        .select({ name: groupMembers.groupName })
        .from(groupMembers)
        .where(eq(groupMembers.username, username))
        .orderBy(asc(groupMembers.groupName));
      return rows.map((row) => row.name);
    },
    async setGroups(username, names) {
      await inTx((tx) => setGroups(tx, username, names));
    },
    async listGroups() {
      const rows = await db
        .select({ name: groups.name, member: groupMembers.username })
        .from(groups)
        .leftJoin(groupMembers, eq(groupMembers.groupName, groups.name))
        .orderBy(asc(groups.name), asc(groupMembers.username));
      const byName = new Map<string, string[]>();
      for (const row of rows) {
        const members = byName.get(row.name) ?? [];
        if (row.member) members.push(row.member);
        byName.set(row.name, members);
      }
      return [...byName].map(([name, members]) => ({ name, members }));
    },

    async createGroup(name) {
      return ((await db.insert(groups).values({ name }).onConflictDoNothing()).rowCount ?? 0) > 0;
    },
    async deleteGroup(name) {
      // Memberships go with the group (ON DELETE CASCADE).
      return ((await db.delete(groups).where(eq(groups.name, name))).rowCount ?? 0) > 0;
    },

    async addToken(token) {
      await db.insert(apiTokens).values({
        ...token,
        expiresAt: orNull(token.expiresAt),
        lastUsedAt: orNull(token.lastUsedAt),
      });
    },
    async findToken(tokenHash) {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
      return row && toToken(row);
    },
    async listTokens(username) {
      const rows = await db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.username, username))
        .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
      return rows.map(toToken);
    },
    async deleteToken(username, id) {
      const result = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.username, username)));
      return (result.rowCount ?? 0) > 0;
    },
    async touchToken(id, at) {
      await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
    },

    async createSession(session) {
      await db.insert(sessions).values(session);
    },
    async findSession(idHash) {
      const [row] = await db.select().from(sessions).where(eq(sessions.idHash, idHash));
      return row;
    },
    async deleteSession(idHash) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },
    async deleteExpiredSessions(now) {
      return (await db.delete(sessions).where(lt(sessions.expiresAt, now))).rowCount ?? 0;
    },
    async deleteSessionsOf(username) {
      return (await db.delete(sessions).where(eq(sessions.username, username))).rowCount ?? 0;
    },
  };
}
