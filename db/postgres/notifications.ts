import pg from 'pg';
import type { CommittedChange, UnitOfWork } from '../../engine/ports/store.ts';

/** The channel the nodes of one database tell each other about commits on. */
const CHANNEL = 'promesa_commits';
/** PostgreSQL refuses payloads of 8,000 bytes or more; a larger change travels as ids. */
const MAX_PAYLOAD = 7_000;
const RECONNECT_MS = 1_000;

/** A change as it travels, with the node it came from (`o`). */
type Payload = Partial<CommittedChange> & { o: string };

/**
 * The payloads announcing what `work` changed, each under PostgreSQL's limit. Usually one, with
 * the records themselves, so no other node reads them back; a unit too large for that travels as
 * ids, split over as many payloads as they need.
 */
export function payloadsOf(origin: string, work: UnitOfWork): string[] {
  const record = work.instance?.record;
  const due = (work.jobsToInsert ?? []).map((job) => job.dueAt);
  // Activated jobs may have fallen due meanwhile: every node's job loop looks at once.
  if (work.suspension?.suspended === false && work.suspension.jobIds?.length) due.push(0);
  const head: Payload = {
    o: origin,
    ...(record && {
      instance: {
        id: record.id,
        processId: record.processId,
        businessKey: record.businessKey ?? null,
        status: record.status,
      },
    }),
    ...(due.length > 0 && { earliestJobDueAt: Math.min(...due) }),
  };
  const whole = JSON.stringify({
    ...head,
    tasks: work.tasks,
    slas: work.slas,
    incidents: work.incidents,
  });
  if (whole.length <= MAX_PAYLOAD) return [whole];

  const payloads: string[] = [];
  let current: Payload = head;
  let size = JSON.stringify(current).length;
  const add = <K extends 'taskIds' | 'slaRefs' | 'incidentRefs'>(
    key: K,
    item: NonNullable<Payload[K]>[number],
  ) => {
    const itemSize = JSON.stringify(item).length + 16;
    if (size + itemSize > MAX_PAYLOAD) {
      payloads.push(JSON.stringify(current));
      current = { o: origin };
      size = JSON.stringify(current).length;
    }
    ((current[key] ??= []) as unknown[]).push(item);
    size += itemSize;
  };
  for (const task of work.tasks ?? []) add('taskIds', task.id);
  for (const sla of work.slas ?? []) add('slaRefs', { instanceId: sla.instanceId, id: sla.id });
  for (const incident of work.incidents ?? [])
    add('incidentRefs', { instanceId: incident.instanceId, id: incident.id });
  payloads.push(JSON.stringify(current));
  return payloads;
}

function changeFrom({ o: _origin, ...payload }: Payload): CommittedChange {
  return {
    tasks: [],
    slas: [],
    incidents: [],
    taskIds: [],
    slaRefs: [],
    incidentRefs: [],
    ...payload,
  };
}

/**
 * Announces commits to the other nodes, after they committed. Not inside the commit's own
 * transaction: a transaction that notifies holds a database-wide lock through its commit, WAL
 * flush included, which would make every commit of every node wait for the one before. The price
 * is that a node dying between a commit and its announcement loses the announcement (never the
 * commit): announcements wake other nodes early, and none of them relies on one alone.
 * Announcements queued while one is being sent go together in the next statement.
 */
export function commitAnnouncer(pool: pg.Pool, origin: string) {
  let queued: string[] = [];
  let sending: Promise<void> | undefined;
  const send = async () => {
    while (queued.length > 0) {
      const payloads = queued;
      queued = [];
      await pool
        .query('SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', [CHANNEL, payloads])
        .catch(() => undefined);
    }
    sending = undefined;
  };
  return {
    announce(work: UnitOfWork): void {
      queued.push(...payloadsOf(origin, work));
      sending ??= send();
    },
    /** Resolves once everything announced so far has been sent. */
    flushed: (): Promise<void> => sending ?? Promise.resolve(),
  };
}

/**
 * Listens on its own connection for the commits other nodes announce, and hands each change to
 * `deliver` in the order they committed. A lost connection is re-opened after a second; changes
 * announced meanwhile are missed (see `commitAnnouncer`).
 */
export function listenForCommits(
  connectionString: string,
  origin: string,
  deliver: (change: CommittedChange) => void,
): { ready: Promise<void>; close(): Promise<void> } {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const payload = JSON.parse(message.payload) as Payload;
      if (payload.o !== origin) deliver(changeFrom(payload));
    });
    next.on('error', () => reconnect(next));
    next.on('end', () => reconnect(next));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch {
      reconnect(next);
    }
  };
  const reconnect = (failed: pg.Client) => {
    if (closed || client !== failed) return;
    client = undefined;
    failed.end().catch(() => undefined);
    retry = setTimeout(() => void connect(), RECONNECT_MS);
  };
  const ready = connect();
  return {
    /** The first connection is listening (or failed, and a retry is scheduled). */
    ready,
    async close() {
      closed = true;
      clearTimeout(retry);
      await ready;
      await client?.end().catch(() => undefined);
    },
  };
}
