import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  InvalidRequestError,
  NotFoundError,
  type IdentityStore,
  type Role,
  type UserRecord,
} from '../../engine/index.ts';
import type { Principal } from './roles.ts';
import { generatePassword, hashPassword, newSecret, sha256, verifyPassword } from './secrets.ts';

export interface NewUser {
  username: string;
  role: Role;
  password?: string;
  groups?: string[];
  displayName?: string | null;
}

const SESSION_MS = 12 * 3_600_000;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/**
 * Users, tokens and sessions over the identity store: hashing, verification, the first admin.
 * Shared by the HTTP routes, the authentication middleware and the CLI.
 */
/** How stale a token's `lastUsedAt` may be. */
const TOUCH_INTERVAL_MS = 60_000;

export class Identity {
  constructor(
    readonly store: IdentityStore,
    private readonly now: () => number = Date.now,
  ) {}

  async addUser({
    username,
    role,
    password,
    groups = [],
    displayName = null,
  }: NewUser): Promise<UserRecord> {
    if (!USERNAME.test(username))
      throw new InvalidRequestError(
        'invalid-username',
        `Username ${JSON.stringify(username)} must be 1-64 letters, digits, . _ @ -`,
        { field: 'username' },
      );
    const user: UserRecord = {
      username,
      role,
      displayName,
      passwordHash: password ? await hashPassword(password) : null,
      disabled: false,
      createdAt: this.now(),
    };
    await this.store.createUser(user, groups);
    return user;
  }

  async requireUser(username: string): Promise<UserRecord> {
    const user = await this.store.getUser(username);
    if (!user) throw new NotFoundError('user-not-found', `No user ${username}`);
    return user;
  }

  async setPassword(username: string, password: string): Promise<void> {
    await this.requireUser(username);
    await this.store.updateUser(username, { passwordHash: await hashPassword(password) });
  }

  async principalOf(user: UserRecord, via: Principal['via']): Promise<Principal> {
    return {
      username: user.username,
      role: user.role,
      groups: await this.store.groupsOf(user.username),
      via,
    };
  }

  /** The principal for a username and password, or undefined; the same work either way. */
  async login(
    username: string,
    password: string,
    via: Principal['via'] = 'basic',
  ): Promise<Principal | undefined> {
    const user = await this.store.getUser(username);
    // Hash even for unknown users so response times do not tell which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user?.passwordHash || !ok || user.disabled) return undefined;
    return this.principalOf(user, via);
  }

  /** Creates an API token; the secret is returned once and only its hash is kept. */
  async createToken(
    username: string,
    name: string,
    expiresAt: number | null = null,
  ): Promise<{ id: string; token: string; name: string; createdAt: number }> {
    await this.requireUser(username);
    const token = newSecret('pmt');
    const record = {
      id: randomUUID(),
      username,
      name,
      tokenHash: sha256(token),
      createdAt: this.now(),
      expiresAt,
      lastUsedAt: null,
    };
    await this.store.addToken(record);
    return { id: record.id, token, name, createdAt: record.createdAt };
  }

  async authenticateToken(token: string, username?: string): Promise<Principal | undefined> {
    const record = await this.store.findToken(sha256(token));
    if (!record || (username !== undefined && record.username !== username)) return undefined;
    const now = this.now();
    if (record.expiresAt != null && record.expiresAt <= now) return undefined;
    const user = await this.store.getUser(record.username);
    if (!user || user.disabled) return undefined;
    // "Last used" is for people auditing tokens: minute precision spares each request a write.
    if (record.lastUsedAt == null || now - record.lastUsedAt >= TOUCH_INTERVAL_MS)
      await this.store.touchToken(record.id, now);
    return this.principalOf(user, 'token');
  }

  /** Starts a browser session: returns the cookie value (kept only as a hash) and its expiry. */
  async startSession(username: string): Promise<{ cookie: string; expiresAt: number }> {
    const cookie = newSecret('pms');
    const now = this.now();
    await this.store.deleteExpiredSessions(now);
    await this.store.createSession({
      idHash: sha256(cookie),
      username,
      createdAt: now,
      expiresAt: now + SESSION_MS,
    });
    return { cookie, expiresAt: now + SESSION_MS };
  }

  async authenticateSession(cookie: string): Promise<Principal | undefined> {
    const session = await this.store.findSession(sha256(cookie));
    if (!session || session.expiresAt <= this.now()) return undefined;
    const user = await this.store.getUser(session.username);
    return user && !user.disabled ? this.principalOf(user, 'session') : undefined;
  }

  async endSession(cookie: string): Promise<void> {
    await this.store.deleteSession(sha256(cookie));
  }

  /**
   * On a database without users, creates `admin` with the given password, or a generated one
   * that is returned so the caller prints it (once: afterwards a user exists).
   */
  async ensureAdmin(
    password?: string,
  ): Promise<{ created: false } | { created: true; password: string; generated: boolean }> {
    if ((await this.store.countUsers()) > 0) return { created: false };
    const chosen = password || generatePassword();
    try {
      await this.addUser({
        username: 'admin',
        role: 'admin',
        password: chosen,
        displayName: 'Administrator',
      });
    } catch (error) {
      // Another node created it first.
      if (error instanceof ConflictError) return { created: false };
      throw error;
    }
    return { created: true, password: chosen, generated: !password };
  }
}

const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
