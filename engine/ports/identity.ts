/**
 * The identity port: users, groups, API tokens and browser sessions, kept in the database.
 * Interfaces only; `db/sqlite/identity-store.ts` implements it. Secrets never reach a store
 * in the clear: passwords arrive as scrypt hashes, tokens and session ids as sha256 hashes.
 */

/**
 * What a user may do, each role including the ones before it. A supervisor steers the lanes of
 * their groups (their tasks, figures and SLAs); the roles above read every lane.
 */
export const Role = {
  staff: 'staff',
  supervisor: 'supervisor',
  analyst: 'analyst',
  developer: 'developer',
  admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface UserRecord {
  /** The login name; also the id tasks use as assignee and candidate user. */
  username: string;
  displayName?: string | null;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`, or null for a user who signs in only with tokens. */
  passwordHash?: string | null;
  disabled: boolean;
  /** Away (holiday, sick leave): lanes that hand out work skip them; they keep their access. */
  absent?: boolean;
  createdAt: number;
  /** The language the browser app speaks to this user (`es`, `en`); null until they choose. */
  language?: string | null;
  /** The task-list filters the user saved, as JSON (`[{ name, query }]`); null for none. */
  savedFilters?: string | null;
}

export interface ApiTokenRecord {
  id: string;
  username: string;
  /** What the token is for, e.g. `credit-check worker`. */
  name: string;
  /** sha256 of the secret, hex. */
  tokenHash: string;
  createdAt: number;
  expiresAt?: number | null;
  lastUsedAt?: number | null;
}

export interface SessionRecord {
  /** sha256 of the cookie value, hex. */
  idHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
}

export interface IdentityStore {
  countUsers(): Promise<number>;
  /** Throws `ConflictError` when the username is taken. */
  createUser(user: UserRecord, groups: string[]): Promise<void>;
  getUser(username: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  updateUser(
    username: string,
    patch: Partial<
      Pick<
        UserRecord,
        | 'displayName'
        | 'role'
        | 'passwordHash'
        | 'disabled'
        | 'absent'
        | 'language'
        | 'savedFilters'
      >
    >,
  ): Promise<void>;
  /** Deletes the user with their memberships, tokens and sessions. False when there was none. */
  deleteUser(username: string): Promise<boolean>;

  /** The user's groups, sorted. */
  groupsOf(username: string): Promise<string[]>;
  /** Replaces the user's memberships; groups are created on first use. */
  setGroups(username: string, groups: string[]): Promise<void>;
  /** Every group with its members. */
  listGroups(): Promise<{ name: string; members: string[] }[]>;
  /** Creates a group without members; false when it exists. */
  createGroup(name: string): Promise<boolean>;
  /** Deletes a group and its memberships; false when there was none. */
  deleteGroup(name: string): Promise<boolean>;

  addToken(token: ApiTokenRecord): Promise<void>;
  findToken(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  listTokens(username: string): Promise<ApiTokenRecord[]>;
  deleteToken(username: string, id: string): Promise<boolean>;
  touchToken(id: string, at: number): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteExpiredSessions(now: number): Promise<number>;
  /** Ends every session of a user (a changed password, a disabled account); returns how many. */
  deleteSessionsOf(username: string): Promise<number>;
}
