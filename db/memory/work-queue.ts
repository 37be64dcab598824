import type {
  ExternalTaskQuery,
  ExternalTaskRecord,
  ExternalTaskSortKey,
  InstanceRecord,
  JobAcquisition,
  JobQuery,
  JobRecord,
  JobSortKey,
  LockRequest,
} from '../../engine/ports/store.ts';
import { PARKED_JOB_DUE_AT } from '../../engine/ports/store.ts';
import { ascending, bySortKeys, page, SortedList, type Compare } from './order.ts';
import { addTo, copyOut, removeFrom, storeExternalTask, storeJob } from './records.ts';

const oldestFirst: Compare<ExternalTaskRecord> = (a, b) =>
  a.createdAt - b.createdAt || ascending(a.id, b.id);
const externalTaskKeys: Record<
  ExternalTaskSortKey | 'created',
  (t: ExternalTaskRecord) => string | number | null | undefined
> = {
  id: (t) => t.id,
  lockExpiresAt: (t) => t.lockExpiresAt,
  instanceId: (t) => t.instanceId,
  definitionId: (t) => t.definitionId,
  processId: (t) => t.processId,
  priority: (t) => t.priority,
  created: (t) => t.createdAt,
};
const highestPriorityFirst: Compare<ExternalTaskRecord> = (a, b) =>
  b.priority - a.priority || oldestFirst(a, b);

/**
 * External tasks, indexed by topic while open: in-process handlers fetch after every command,
 * and a fetch must not walk the completed tasks of every instance that ever ran.
 */
export class ExternalTaskTable {
  private readonly byId = new Map<string, ExternalTaskRecord>();
  private readonly openByTopic = new Map<string, Set<string>>();

  get(id: string): ExternalTaskRecord | undefined {
    const task = this.byId.get(id);
    return task && copyOut(task);
  }

  /** Upserted by id; `suspended` stays as stored (only `suspend` changes it), as in the SQL stores. */
  upsert(record: ExternalTaskRecord): void {
    const before = this.byId.get(record.id);
    const task = storeExternalTask(before ? { ...record, suspended: before.suspended } : record);
    if (before) removeFrom(this.openByTopic, before.topic, before.id);
    this.byId.set(task.id, task);
    if (task.state === 'open') addTo(this.openByTopic, task.topic, task.id);
  }

  /** Sets `suspended` on the open external tasks of an instance. */
  suspend(instanceId: string, suspended: boolean): void {
    for (const [id, task] of this.byId)
      if (task.instanceId === instanceId && task.state === 'open')
        this.byId.set(id, { ...task, suspended });
  }

  /** Removes every external task of these instances (the history clean-up). */
  removeInstances(instanceIds: ReadonlySet<string>): void {
    for (const task of [...this.byId.values()])
      if (instanceIds.has(task.instanceId)) {
        removeFrom(this.openByTopic, task.topic, task.id);
        this.byId.delete(task.id);
      }
  }

  list(q: ExternalTaskQuery): ExternalTaskRecord[] {
    const order = bySortKeys<ExternalTaskRecord, ExternalTaskSortKey | 'created'>(
      [...(q.sort ?? []), { by: 'created' }],
      externalTaskKeys,
    );
    return page(this.matching(q), order, q).map(copyOut);
  }

  count(q: ExternalTaskQuery): number {
    return this.matching(q).length;
  }

  private matching(q: ExternalTaskQuery): ExternalTaskRecord[] {
    const m = q.match ?? {};
    const within = (value: string, list: string[] | undefined) =>
      list === undefined || list.includes(value);
    const locked = (t: ExternalTaskRecord, now: number) =>
      t.lockExpiresAt != null && t.lockExpiresAt > now;
    return [...this.byId.values()].filter(
      (t) =>
        (q.instanceId === undefined || t.instanceId === q.instanceId) &&
        (q.topic === undefined || t.topic === q.topic) &&
        (q.state === undefined || t.state === q.state) &&
        (q.workerId === undefined || t.workerId === q.workerId) &&
        (q.suspended === undefined || t.suspended === q.suspended) &&
        within(t.id, m.ids) &&
        within(t.instanceId, m.instanceIds) &&
        within(t.elementId, m.elementIds) &&
        within(t.definitionId, m.definitionIds) &&
        (m.lock === undefined || locked(t, m.lock.now) === m.lock.held) &&
        (m.retriesLeft === undefined || (t.retries !== 0) === m.retriesLeft) &&
        (m.lockExpiresAfter === undefined ||
          (t.lockExpiresAt != null && t.lockExpiresAt > m.lockExpiresAfter)) &&
        (m.lockExpiresBefore === undefined ||
          (t.lockExpiresAt != null && t.lockExpiresAt < m.lockExpiresBefore)) &&
        (m.priorityAtLeast === undefined || t.priority >= m.priorityAtLeast) &&
        (m.priorityAtMost === undefined || t.priority <= m.priorityAtMost),
    );
  }

  /**
   * Locks what a worker may take now, as the SQL stores select it: open, available, unlocked or
   * lock expired, retries left, matching a topic entry. Synchronous, so two calls never interleave.
   */
  lock(request: LockRequest): ExternalTaskRecord[] {
    if (request.maxTasks <= 0 || request.topics.length === 0) return [];
    const { now } = request;
    const topicOf = (t: ExternalTaskRecord) =>
      request.topics.find(
        (topic) =>
          topic.name === t.topic &&
          (topic.processIds === undefined || topic.processIds.includes(t.processId)) &&
          (topic.businessKey === undefined || topic.businessKey === t.businessKey),
      );
    const candidates: ExternalTaskRecord[] = [];
    for (const name of new Set(request.topics.map((t) => t.name))) {
      for (const id of this.openByTopic.get(name) ?? []) {
        const t = this.byId.get(id)!;
        const lockable =
          !t.suspended &&
          t.availableAt <= now &&
          (t.lockExpiresAt == null || t.lockExpiresAt <= now) &&
          (t.retries == null || t.retries > 0);
        if (lockable && topicOf(t)) candidates.push(t);
      }
    }
    const chosen = page(candidates, request.usePriority ? highestPriorityFirst : oldestFirst, {
      limit: request.maxTasks,
    });
    return chosen.map((t) => {
      const locked = {
        ...t,
        workerId: request.workerId,
        lockExpiresAt: now + (topicOf(t)?.lockDuration ?? 0),
      };
      this.byId.set(t.id, locked);
      return copyOut(locked);
    });
  }
}

type InstanceOf = (id: string) => InstanceRecord | undefined;

/** The definition or process a job runs for: its instance's, or a start timer's own. */
function jobRanFor(
  j: JobRecord,
  column: 'definitionId' | 'processId',
  instanceOf: InstanceOf,
): string | null {
  const instance = j.instanceId != null ? instanceOf(j.instanceId) : undefined;
  if (instance) return instance[column];
  return j.payload.type === 'timer-start' ? j.payload[column] : null;
}

const byDue: Compare<JobRecord> = (a, b) => a.dueAt - b.dueAt || ascending(a.id, b.id);

/** Jobs kept in due order, so acquiring walks only the due front of the queue. */
export class JobTable {
  private readonly byId = new Map<string, JobRecord>();
  private readonly due = new SortedList(byDue);

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The node a job is locked by, null when unlocked, undefined when there is no such job. */
  lockedBy(id: string): string | null | undefined {
    const job = this.byId.get(id);
    return job && (job.lockedBy ?? null);
  }

  insert(record: JobRecord): void {
    const job = storeJob(record);
    this.byId.set(job.id, job);
    this.due.insert(job);
  }

  delete(id: string): void {
    const job = this.byId.get(id);
    if (!job) return;
    this.byId.delete(id);
    this.due.remove(job);
  }

  /** Sets `suspended` on a job. */
  suspend(id: string, suspended: boolean): void {
    const job = this.byId.get(id);
    if (!job) return;
    const next = { ...job, suspended };
    this.byId.set(id, next);
    this.due.replace(next);
  }

  /** Removes every job of these instances (the history clean-up). */
  removeInstances(instanceIds: ReadonlySet<string>): void {
    for (const job of [...this.byId.values()])
      if (job.instanceId != null && instanceIds.has(job.instanceId)) this.delete(job.id);
  }

  /** Jobs by `query` (see `JobQuery`); `instanceOf` reads a job's instance, for its definition. */
  list(query: JobQuery, instanceOf: InstanceOf): JobRecord[] {
    const matching = this.matching(query, instanceOf);
    if (!query.sort?.length && query.offset === undefined && query.limit === undefined)
      return matching.map(copyOut);
    const ranFor = (j: JobRecord, column: 'definitionId' | 'processId') =>
      jobRanFor(j, column, instanceOf);
    const order = bySortKeys<JobRecord, JobSortKey | 'due'>(
      [...(query.sort ?? []), { by: 'due' }],
      {
        id: (j) => j.id,
        instanceId: (j) => j.instanceId,
        definitionId: (j) => ranFor(j, 'definitionId'),
        processId: (j) => ranFor(j, 'processId'),
        retries: (j) => j.retries,
        dueAt: (j) => j.dueAt,
        priority: (j) => j.priority ?? 0,
        due: (j) => j.dueAt,
      },
    );
    return page(matching, order, query).map(copyOut);
  }

  count(query: JobQuery, instanceOf: InstanceOf): number {
    return this.matching(query, instanceOf).length;
  }

  /** The matching jobs, in due order. */
  private matching(q: JobQuery, instanceOf: InstanceOf): JobRecord[] {
    const m = q.match ?? {};
    const within = <T>(value: T, list: T[] | undefined) =>
      list === undefined || (value != null && list.includes(value));
    const holds = (time: number, bounds: { operator: 'gt' | 'lt'; at: number }[] = []) =>
      bounds.every((b) => (b.operator === 'gt' ? time > b.at : time < b.at));
    return this.due.items.filter((j) => {
      const parked = j.dueAt === PARKED_JOB_DUE_AT;
      const failed = !!j.payload.lastError;
      const runnable = (now: number) => j.retries > 0 && !parked && j.dueAt <= now && !j.suspended;
      return (
        (q.id === undefined || j.id === q.id) &&
        (q.instanceId === undefined || j.instanceId === q.instanceId) &&
        (q.kind === undefined || j.kind === q.kind) &&
        (q.suspended === undefined || j.suspended === q.suspended) &&
        within(j.id, m.ids) &&
        within(j.instanceId, m.instanceIds) &&
        within(j.kind, m.kinds) &&
        within(j.elementId, m.elementIds) &&
        within(jobRanFor(j, 'definitionId', instanceOf), m.definitionIds) &&
        within(jobRanFor(j, 'processId', instanceOf), m.processIds) &&
        (m.retriesLeft === undefined || j.retries > 0 === m.retriesLeft) &&
        (m.executable === undefined || runnable(m.executable.now) === m.executable.runnable) &&
        (!m.due?.length || (!parked && holds(j.dueAt, m.due))) &&
        holds(j.createdAt, m.created) &&
        (m.failed === undefined || failed === m.failed) &&
        (m.errorMessage === undefined || j.payload.lastError === m.errorMessage) &&
        (m.failedElementId === undefined || (failed && j.elementId === m.failedElementId)) &&
        (m.priority?.atLeast === undefined || (j.priority ?? 0) >= m.priority.atLeast) &&
        (m.priority?.atMost === undefined || (j.priority ?? 0) <= m.priority.atMost)
      );
    });
  }

  acquire(request: JobAcquisition): JobRecord[] {
    const acquired: JobRecord[] = [];
    for (const job of this.due.items) {
      if (acquired.length >= request.limit || job.dueAt > request.now) break;
      if (job.lockedUntil != null && job.lockedUntil > request.now) continue;
      if (job.suspended) continue;
      if (request.kinds && !request.kinds.includes(job.kind)) continue;
      acquired.push({ ...job, lockedBy: request.owner, lockedUntil: request.lockUntil });
    }
    for (const job of acquired) {
      this.byId.set(job.id, job);
      this.due.replace(job);
    }
    return acquired.map(copyOut);
  }

  /**
   * The earliest moment any job becomes acquirable: an unlocked job at its due time, a locked one
   * once its lock has also expired. Past the first unlocked job nothing can be earlier.
   */
  nextDueAt(): number | undefined {
    let next: number | undefined;
    for (const job of this.due.items) {
      if (job.suspended) continue;
      const at = job.lockedUntil == null ? job.dueAt : Math.max(job.dueAt, job.lockedUntil);
      if (next === undefined || at < next) next = at;
      if (job.lockedUntil == null) break;
    }
    return next;
  }
}
