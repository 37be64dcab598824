import type BetterSqlite3 from 'better-sqlite3';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { ConflictError } from '../../engine/errors.ts';
import type { ApiTokenRecord, IdentityStore, UserRecord } from '../../engine/ports/identity.ts';
import { apiTokens, groupMembers, groups, sessions, users } from './identity-schema.ts';

/**
 * The identity store on a SQLite connection, usually the engine store's own
 * (`openSqliteStore(...).database`), whose migrations create these tables.
 *
 * @example
 * const store = openSqliteStore({ filename: 'promesa.db' });
 * const identity = createSqliteIdentityStore(store.database);
 */
export function createSqliteIdentityStore(database: BetterSqlite3.Database): IdentityStore {
  const db = drizzle({ client: database });
  // Every request authenticates: these reads are prepared once.
  const reads = {
    user: db
      .select()
      .from(users)
      .where(eq(users.username, sql.placeholder('username')))
      .prepare(),
    token: db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')))
      .prepare(),
    session: db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, sql.placeholder('idHash')))
      .prepare(),
    groupsOf: database
      .prepare<[string], string>(
        'SELECT group_name FROM group_members WHERE username = ? ORDER BY group_name',
      )
      .pluck(),
  };
  const orNull = <T>(v: T | null | undefined): T | null => v ?? null;
  const toUser = (row: typeof users.$inferSelect): UserRecord => ({ ...row });
  const toToken = (row: typeof apiTokens.$inferSelect): ApiTokenRecord => ({ ...row });

  const setGroupsTx = database.transaction((username: string, names: string[]) => {
    db.delete(groupMembers).where(eq(groupMembers.username, username)).run();
    for (const name of new Set(names)) {
      db.insert(groups).values({ name }).onConflictDoNothing().run();
      db.insert(groupMembers).values({ groupName: name, username }).run();
    }
  });
  const createUserTx = database.transaction((user: UserRecord, names: string[]) => {
    db.insert(users)
      .values({
        ...user,
        displayName: orNull(user.displayName),
        passwordHash: orNull(user.passwordHash),
      })
      .run();
    setGroupsTx(user.username, names);
  });

  return {
    async countUsers() {
      return db.$count(users);
    },
    async createUser(user, names) {
      try {
        createUserTx.immediate(user, names);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
          throw new ConflictError('user-exists', `User ${user.username} already exists`, {
            field: 'username',
          });
        throw error;
      }
    },
    async getUser(username) {
      const row = reads.user.get({ username });
      return row && toUser(row);
    },
    async listUsers() {
      return db.select().from(users).orderBy(asc(users.username)).all().map(toUser);
    },
    async updateUser(username, patch) {
      if (Object.keys(patch).length > 0)
        db.update(users).set(patch).where(eq(users.username, username)).run();
    },
    async deleteUser(username) {
      return db.delete(users).where(eq(users.username, username)).run().changes > 0;
    },

    async groupsOf(username) {
      return reads.groupsOf.all(username);
    },
    async setGroups(username, names) {
      setGroupsTx.immediate(username, names);
    },
    async listGroups() {
      const rows = db
        .select({ name: groups.name, member: groupMembers.username })
        .from(groups)
        .leftJoin(groupMembers, eq(groupMembers.groupName, groups.name))
        .orderBy(asc(groups.name), asc(groupMembers.username))
        .all();
      const byName = new Map<string, string[]>();
      for (const row of rows) {
        const members = byName.get(row.name) ?? [];
        if (row.member) members.push(row.member);
        byName.set(row.name, members);
      }
      return [...byName].map(([name, members]) => ({ name, members }));
    },

    async createGroup(name) {
      return db.insert(groups).values({ name }).onConflictDoNothing().run().changes > 0;
    },
    async deleteGroup(name) {
      // Memberships go with the group (ON DELETE CASCADE).
      return db.delete(groups).where(eq(groups.name, name)).run().changes > 0;
    },

    async addToken(token) {
      db.insert(apiTokens)
        .values({
          ...token,
          expiresAt: orNull(token.expiresAt),
          lastUsedAt: orNull(token.lastUsedAt),
        })
        .run();
    },
    async findToken(tokenHash) {
      const row = reads.token.get({ tokenHash });
      return row && toToken(row);
    },
    async listTokens(username) {
      return db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.username, username))
        .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id))
        .all()
        .map(toToken);
    },
    async deleteToken(username, id) {
      return (
        db
          .delete(apiTokens)
          .where(and(eq(apiTokens.id, id), eq(apiTokens.username, username)))
          .run().changes > 0
      );
    },
    async touchToken(id, at) {
      db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run();
    },

    async createSession(session) {
      db.insert(sessions).values(session).run();
    },
    async findSession(idHash) {
      return reads.session.get({ idHash });
    },
    async deleteSession(idHash) {
      db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    },
    async deleteSessionsOf(username) {
      return db.delete(sessions).where(eq(sessions.username, username)).run().changes;
    },
    async deleteExpiredSessions(now) {
      return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
    },
  };
}
