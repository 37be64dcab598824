/** An answer, or undefined when none came (connection cut, timeout): it may have happened. */
export type Answer = { status: number; body: any } | undefined;

/**
 * HTTP to the server under soak, as its admin over HTTP Basic (the verified password is
 * remembered, so requests cost no scrypt). Never throws: a request that got no answer may or
 * may not have happened, and the ledger counts it as unknown.
 */
export class SoakClient {
  private readonly authorization =
    `Basic ${Buffer.from('admin:soak-admin-password').toString('base64')}`;

  constructor(private readonly port: number) {}

  /**
   * Sends a request; while the server is down (connection refused: nothing was sent) waits and
   * tries again until `until` passes, then gives up with undefined.
   */
  async call(method: string, path: string, body?: unknown, until = Infinity): Promise<Answer> {
    for (;;) {
      const answer = await this.once(method, path, body);
      if (answer !== 'refused') return answer;
      if (performance.now() > until) return undefined;
      await pause(50);
    }
  }

  private async once(method: string, path: string, body?: unknown): Promise<Answer | 'refused'> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`, {
        method,
        headers: {
          authorization: this.authorization,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      return code === 'ECONNREFUSED' ? 'refused' : undefined;
    }
  }
}

export type CommandKind = 'start' | 'externalComplete' | 'taskComplete' | 'correlate';

/**
 * What the soak asked for and what the server acknowledged. An acknowledged command must be
 * reflected exactly once in the store at the end; an unanswered one at most once.
 */
export class Ledger {
  readonly sent: Record<CommandKind, number> = {
    start: 0,
    externalComplete: 0,
    taskComplete: 0,
    correlate: 0,
  };
  readonly acknowledged: Record<CommandKind, number> = { ...this.sent };
  /** Business key → instance id, for acknowledged starts. */
  readonly started = new Map<string, string>();
  readonly completedExternalTasks = new Set<string>();
  readonly completedTasks = new Set<string>();
  /** Business keys whose confirmation was acknowledged. */
  readonly confirmed = new Set<string>();
  /** Business keys whose review was acknowledged, waiting for their confirmation. */
  readonly toConfirm: string[] = [];

  record(kind: CommandKind, answer: Answer, acknowledged: boolean): void {
    this.sent[kind]++;
    if (answer && acknowledged) this.acknowledged[kind]++;
  }
}

/** A small seeded generator (mulberry32): the same seed, the same choices. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
