/**
 * Slows password guessing down. Failed logins are counted three ways: per account and address
 * together, per address, and per account from anywhere. Past a few free failures each new one
 * doubles the wait before the next attempt is even checked (no scrypt is spent on it), up to a
 * ceiling. The account-wide count has the most free failures and the lowest ceiling (a minute):
 * it stops slow guessing from many addresses, while an attacker cannot keep a real user out
 * for long; their own address is what they lock. Counts are forgotten 15 minutes after the
 * last failure. Kept in memory: each node throttles what it sees.
 */

interface Rule {
  free: number;
  maxWaitMs: number;
}

const MINUTE = 60_000;
const RULES = {
  pair: { free: 5, maxWaitMs: 15 * MINUTE },
  address: { free: 20, maxWaitMs: 15 * MINUTE },
  account: { free: 50, maxWaitMs: MINUTE },
} as const satisfies Record<string, Rule>;
const FIRST_WAIT_MS = 1000;
const FORGET_MS = 15 * MINUTE;
/** Entries kept at most; the oldest go first (an attacker cycling addresses cannot grow memory). */
const MAX_ENTRIES = 10_000;

interface Failures {
  count: number;
  lastAt: number;
  blockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** How long the caller must wait before this login may be checked; 0 when it may be now. */
  retryAfterMs(username: string, address: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key] of keysOf(username, address)) {
      const failures = this.current(key, now);
      if (failures) wait = Math.max(wait, failures.blockedUntil - now);
    }
    return wait;
  }

  /** Counts a wrong password. */
  failed(username: string, address: string): void {
    const now = this.now();
    for (const [key, rule] of keysOf(username, address)) {
      const failures = this.current(key, now) ?? { count: 0, lastAt: now, blockedUntil: 0 };
      failures.count++;
      failures.lastAt = now;
      // The `free`-th failure in a row earns the first wait; each one after it doubles it.
      const over = failures.count - rule.free;
      if (over >= 0)
        failures.blockedUntil = now + Math.min(rule.maxWaitMs, FIRST_WAIT_MS * 2 ** over);
      this.entries.delete(key);
      this.entries.set(key, failures);
    }
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** A right password from this address clears what it counted against the account there. */
  succeeded(username: string, address: string): void {
    this.entries.delete(pairKey(username, address));
  }

  /** An admin unlocks an account: its failures, from every address, are forgotten. */
  unlock(username: string): void {
    for (const key of [...this.entries.keys()])
      if (key === `account\n${username}` || key.startsWith(`pair\n${username}\n`))
        this.entries.delete(key);
  }

  private current(key: string, now: number): Failures | undefined {
    const failures = this.entries.get(key);
    if (failures && now - failures.lastAt > FORGET_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return failures;
  }
}

const pairKey = (username: string, address: string) => `pair\n${username}\n${address}`;

function keysOf(username: string, address: string): [string, Rule][] {
  return [
    [pairKey(username, address), RULES.pair],
    [`address\n${address}`, RULES.address],
    [`account\n${username}`, RULES.account],
  ];
}
