import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  ConflictError,
  InvalidRequestError,
  NotFoundError,
  type IdentityStore,
  type Role,
  type UserRecord,
} from '../../engine/index.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { LoginThrottle } from './login-throttle.ts';
import type { Principal } from './roles.ts';
import { generatePassword, hashPassword, newSecret, sha256, verifyPassword } from './secrets.ts';

/** What an admin may change about a user (`PATCH /api/users/{username}`). */
export interface UserChange {
  role?: Role;
  disabled?: boolean;
  absent?: boolean;
  displayName?: string | null;
  password?: string;
  groups?: string[];
}

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
/** Passwords verified recently, remembered so a polling Basic client costs one scrypt, not one per request. */
const VERIFIED_PASSWORDS = 1000;

export class Identity {
  readonly throttle: LoginThrottle;
  /**
   * HMAC of `username:password` → the password hash it was verified against. A hit counts
   * only while the user's stored hash is still that one, so a changed password, like a
   * disabled account, takes effect on the next request. The key is per process and never stored.
   */
  private readonly verified = new Map<string, string>();
  private readonly verifiedKey = randomBytes(32);
  private readonly listeners = new Set<(username: string) => void>();
  /** Admin changes run one at a time, so two of them cannot both remove the last admin. */
  private changes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: IdentityStore,
    private readonly now: () => number = Date.now,
  ) {
    this.throttle = new LoginThrottle(now);
  }

  /** Calls `listener` with the username whenever a user's access changes (role, password, disabled, tokens, deletion). */
  onChange(listener: (username: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(username: string): void {
    for (const listener of this.listeners) listener(username);
  }

  /**
   * Changes a user. Refuses to leave no enabled admin; a new password or a disabled account
   * ends the user's sessions, and every change is announced so open event streams close.
   */
  updateUser(username: string, change: UserChange): Promise<void> {
    const run = this.changes.then(async () => {
      const user = await this.requireUser(username);
      const { password, groups, ...fields } = change;
      const losesAdmin =
        user.role === 'admin' &&
        !user.disabled &&
        ((fields.role !== undefined && fields.role !== 'admin') || fields.disabled === true);
      if (losesAdmin) await this.refuseLastAdmin(username);
      if (Object.keys(fields).length > 0) await this.store.updateUser(username, fields);
      if (password !== undefined)
        await this.store.updateUser(username, { passwordHash: await hashPassword(password) });
      if (groups !== undefined) await this.store.setGroups(username, groups);
      if (password !== undefined || fields.disabled === true)
        await this.store.deleteSessionsOf(username);
      this.changed(username);
    });
    this.changes = run.catch(() => undefined);
    return run;
  }

  /** Deletes a user with their tokens and sessions; the last enabled admin stays. */
  deleteUser(username: string): Promise<boolean> {
    const run = this.changes.then(async () => {
      const user = await this.store.getUser(username);
      if (user?.role === 'admin' && !user.disabled) await this.refuseLastAdmin(username);
      const deleted = await this.store.deleteUser(username);
      this.changed(username);
      return deleted;
    });
    this.changes = run.catch(() => undefined);
    return run;
  }

  /** Revokes an API token; streams opened with it close. */
  async revokeToken(username: string, tokenId: string): Promise<boolean> {
    const deleted = await this.store.deleteToken(username, tokenId);
    if (deleted) this.changed(username);
    return deleted;
  }

  private async refuseLastAdmin(username: string): Promise<void> {
    const admins = (await this.store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled);
    if (admins.every((admin) => admin.username === username))
      throw new ConflictError(
        'last-admin',
        `${username} is the last enabled admin: make another user admin first`,
      );
  }

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

  /**
   * The people a lane may hand a task to (the engine's `WorkDirectory`): enabled, present
   * members of the groups and the users named, sorted. A group's work goes to its staff; its
   * supervisors steer it and get its work only when the group has no staff (their own lane).
   */
  async availableMembers(offeredTo: { groups: string[]; users: string[] }): Promise<string[]> {
    const users = new Map((await this.store.listUsers()).map((u) => [u.username, u]));
    const present = (name: string) => {
      const user = users.get(name);
      return !!user && !user.disabled && !user.absent;
    };
    const chosen = new Set(offeredTo.users.filter(present));
    for (const group of await this.store.listGroups()) {
      if (!offeredTo.groups.includes(group.name)) continue;
      const staff = group.members.filter((name) => users.get(name)?.role === 'staff');
      for (const name of staff.length > 0 ? staff : group.members)
        if (present(name)) chosen.add(name);
    }
    return [...chosen].sort();
  }

  /** Adds a user to a group (made on first use); their access changes with their next request. */
  async addToGroup(username: string, group: string): Promise<void> {
    const groups = await this.store.groupsOf((await this.requireUser(username)).username);
    if (!groups.includes(group)) await this.updateUser(username, { groups: [...groups, group] });
  }

  /** Takes a user out of a group; false when they were not in it. */
  async removeFromGroup(username: string, group: string): Promise<boolean> {
    const groups = await this.store.groupsOf(username);
    if (!groups.includes(group)) return false;
    await this.updateUser(username, { groups: groups.filter((g) => g !== group) });
    return true;
  }

  /** Deletes a group; its members lose what it gave them with their next request. */
  async deleteGroup(name: string): Promise<boolean> {
    const group = (await this.store.listGroups()).find((g) => g.name === name);
    const deleted = await this.store.deleteGroup(name);
    for (const member of group?.members ?? []) this.changed(member);
    return deleted;
  }

  async requireUser(username: string): Promise<UserRecord> {
    const user = await this.store.getUser(username);
    if (!user) throw new NotFoundError('user-not-found', `No user ${username}`);
    return user;
  }

  setPassword(username: string, password: string): Promise<void> {
    return this.updateUser(username, { password });
  }

  async principalOf(user: UserRecord, via: Principal['via']): Promise<Principal> {
    return {
      username: user.username,
      role: user.role,
      groups: await this.store.groupsOf(user.username),
      via,
    };
  }

  /**
   * The principal for a username and password, or undefined; the same work either way. Throws
   * a 429 (`too-many-attempts`, with `retryAfterSeconds`) while `address` or the account is
   * throttled after failed attempts (see `LoginThrottle`); a password verified recently and
   * still current passes without scrypt and without the throttle, which only wrong guesses fill.
   */
  async login(
    username: string,
    password: string,
    via: Principal['via'] = 'basic',
    address = 'local',
  ): Promise<Principal | undefined> {
    const user = await this.store.getUser(username);
    const key = createHmac('sha256', this.verifiedKey)
      .update(`${username}\n${password}`)
      .digest('hex');
    if (user?.passwordHash && !user.disabled && this.verified.get(key) === user.passwordHash)
      return this.principalOf(user, via);
    const waitMs = this.throttle.retryAfterMs(username, address);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw new HttpError(
        429,
        'too-many-attempts',
        `Too many failed logins; try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    }
    // Hash even for unknown users so response times do not tell which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!ok) this.throttle.failed(username, address);
    if (!user?.passwordHash || !ok || user.disabled) return undefined;
    this.throttle.succeeded(username, address);
    if (this.verified.size >= VERIFIED_PASSWORDS) this.verified.clear();
    this.verified.set(key, user.passwordHash);
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
