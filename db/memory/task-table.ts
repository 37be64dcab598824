import {
  OPEN_WORK_AGES_MS,
  type OpenWorkRow,
  type TaskCursor,
  type TaskQuery,
  type TaskRecord,
} from '../../engine/ports/store.ts';
import { addTo, copyOut, removeFrom, storeTask } from './records.ts';
import { ascending, nullsFirst, nullsLast, page, type Compare } from './order.ts';
import { matchesTask, taskSortOrder } from './task-match.ts';
import { ageStep } from '../open-work-ages.ts';

type TaskKey = Pick<TaskRecord, 'id' | 'createdAt' | 'priority' | 'dueAt' | 'promiseDueAt'>;

const byAge: Compare<TaskKey> = (a, b) => a.createdAt - b.createdAt || ascending(a.id, b.id);
const byDue: Compare<TaskKey> = (a, b) =>
  nullsLast(a.dueAt, b.dueAt) || b.priority - a.priority || byAge(a, b);

/** The orders of `listTasks`, term for term as in the SQL stores; `id` makes each total. */
const orders: Record<NonNullable<TaskQuery['orderBy']>, Compare<TaskKey>> = {
  created: byAge,
  priority: (a, b) => b.priority - a.priority || byAge(a, b),
  due: byDue,
  promise: (a, b) => nullsLast(a.promiseDueAt, b.promiseDueAt) || byDue(a, b),
};

/**
 * User tasks with the indexes their queries need: open tasks, and tasks by candidate group,
 * candidate user and instance. A query starts from the smallest index that applies, so the
 * task list of one group never scans the tasks of other groups.
 */
export class TaskTable {
  private readonly byId = new Map<string, TaskRecord>();
  private readonly open = new Set<string>();
  private readonly byGroup = new Map<string, Set<string>>();
  private readonly byUser = new Map<string, Set<string>>();
  private readonly byInstance = new Map<string, Set<string>>();

  get(id: string): TaskRecord | undefined {
    const task = this.byId.get(id);
    return task && copyOut(task);
  }

  /**
   * Upserts by id and moves the task between index entries when its candidates or state changed.
   * `suspended` stays as stored (only `suspend` changes it), as in the SQL stores.
   */
  upsert(record: TaskRecord): void {
    const before = this.byId.get(record.id);
    const task = storeTask(before ? { ...record, suspended: before.suspended } : record);
    if (before) this.unindex(before);
    this.byId.set(task.id, task);
    if (task.state === 'open') this.open.add(task.id);
    for (const group of task.candidateGroups) addTo(this.byGroup, group, task.id);
    for (const user of task.candidateUsers) addTo(this.byUser, user, task.id);
    addTo(this.byInstance, task.instanceId, task.id);
  }

  /**
   * `only`: the ids of the tasks a filter held elsewhere admits (those guarded by an SLA in one
   * of `slaStates`); it also serves as an index when it is the smallest.
   */
  list(query: TaskQuery, only?: ReadonlySet<string>): TaskRecord[] {
    const order = orders[query.orderBy ?? 'created'];
    const compare: Compare<TaskRecord> = query.sort ? taskSortOrder(query.sort) : order;
    const after = query.after;
    const matching = this.filter(
      query,
      (task) => (!only || only.has(task.id)) && (!after || order(task, cursorKey(after)) > 0),
      only,
    );
    return page(matching, compare, query).map(copyOut);
  }

  /** Sets `suspended` on the open tasks of an instance. */
  suspend(instanceId: string, suspended: boolean): void {
    for (const id of this.byInstance.get(instanceId) ?? []) {
      const task = this.byId.get(id)!;
      if (task.state === 'open') this.byId.set(id, { ...task, suspended });
    }
  }

  /** Open tasks assigned to each of `members` (members with none are left out). */
  openCounts(members: readonly string[]): Map<string, number> {
    const wanted = new Set(members);
    const counts = new Map<string, number>();
    for (const id of this.open) {
      const assignee = this.byId.get(id)!.assignee;
      if (assignee && wanted.has(assignee)) counts.set(assignee, (counts.get(assignee) ?? 0) + 1);
    }
    return counts;
  }

  /** How many tasks `list` would return without paging. */
  count(query: TaskQuery, only?: ReadonlySet<string>): number {
    let found = 0;
    for (const _ of this.filter(query, (task) => !only || only.has(task.id), only)) found += 1;
    return found;
  }

  /** Open tasks per process and lane, ordered as SQLite orders them (null lane first). */
  openWork({ now, dueSoonUntil }: { now: number; dueSoonUntil: number }): OpenWorkRow[] {
    const rows = new Map<string, OpenWorkRow>();
    for (const id of this.open) {
      const task = this.byId.get(id)!;
      const key = JSON.stringify([task.processId, task.lane]);
      let row = rows.get(key);
      if (!row)
        rows.set(
          key,
          (row = {
            processId: task.processId,
            lane: task.lane ?? null,
            open: 0,
            overdue: 0,
            dueSoon: 0,
            byAge: OPEN_WORK_AGES_MS.map(() => 0).concat(0),
          }),
        );
      row.open += 1;
      row.byAge[ageStep(task.createdAt, now)]! += 1;
      const dues = [task.dueAt, task.promiseDueAt].filter((d): d is number => d != null);
      if (dues.length === 0) continue;
      const due = Math.min(...dues);
      if (due < now) row.overdue += 1;
      else if (due < dueSoonUntil) row.dueSoon += 1;
    }
    return [...rows.values()].sort(
      (a, b) => ascending(a.processId, b.processId) || nullsFirst(a.lane, b.lane),
    );
  }

  /** Removes every task of these instances (the history clean-up). */
  removeInstances(instanceIds: ReadonlySet<string>): void {
    for (const instanceId of instanceIds)
      for (const id of this.byInstance.get(instanceId) ?? []) {
        this.unindex(this.byId.get(id)!);
        this.byId.delete(id);
      }
  }

  private unindex(task: TaskRecord): void {
    this.open.delete(task.id);
    for (const group of task.candidateGroups) removeFrom(this.byGroup, group, task.id);
    for (const user of task.candidateUsers) removeFrom(this.byUser, user, task.id);
    removeFrom(this.byInstance, task.instanceId, task.id);
  }

  /** Tasks matching every filter, drawn from the smallest index that covers one of them. */
  private *filter(
    q: TaskQuery,
    extra: (task: TaskRecord) => boolean,
    only?: ReadonlySet<string>,
  ): Generator<TaskRecord> {
    for (const id of this.narrowest(q, only)) {
      const task = this.byId.get(id);
      if (task && matches(task, q) && extra(task)) yield task;
    }
  }

  private narrowest(q: TaskQuery, only?: ReadonlySet<string>): Iterable<string> {
    const sources: ReadonlySet<string>[] = only ? [only] : [];
    if (q.instanceId !== undefined) sources.push(this.byInstance.get(q.instanceId) ?? new Set());
    if (q.candidateUser !== undefined) sources.push(this.byUser.get(q.candidateUser) ?? new Set());
    if (q.candidateGroups !== undefined)
      sources.push(union(q.candidateGroups.map((g) => this.byGroup.get(g))));
    if (q.state === 'open') sources.push(this.open);
    if (sources.length === 0) return this.byId.keys();
    return sources.reduce((smallest, s) => (s.size < smallest.size ? s : smallest));
  }
}

function union(sets: (Set<string> | undefined)[]): Set<string> {
  const present = sets.filter((s): s is Set<string> => s !== undefined);
  if (present.length === 1) return present[0]!;
  return new Set(present.flatMap((s) => [...s]));
}

function cursorKey(after: TaskCursor): TaskKey {
  const { id, createdAt, priority, dueAt, promiseDueAt } = after;
  return { id, createdAt, priority, dueAt, promiseDueAt };
}

/** The `WHERE` of the SQL stores: equality never matches null, and bounds are strict. */
function matches(t: TaskRecord, q: TaskQuery): boolean {
  const due = t.dueAt ?? null;
  const promiseDue = t.promiseDueAt ?? null;
  return (
    (q.instanceId === undefined || t.instanceId === q.instanceId) &&
    (q.processId === undefined || t.processId === q.processId) &&
    (q.businessKey === undefined || t.businessKey === q.businessKey) &&
    (q.state === undefined || t.state === q.state) &&
    (q.assignee === undefined || t.assignee === q.assignee) &&
    (q.candidateUser === undefined || t.candidateUsers.includes(q.candidateUser)) &&
    (q.candidateGroups === undefined ||
      t.candidateGroups.some((g) => q.candidateGroups!.includes(g))) &&
    (q.elementId === undefined || t.elementId === q.elementId) &&
    (q.lane === undefined || t.lane === q.lane) &&
    (q.dueBefore === undefined || (due !== null && due < q.dueBefore)) &&
    (q.dueAfter === undefined || (due !== null && due > q.dueAfter)) &&
    (q.promiseDueBefore === undefined ||
      (promiseDue !== null && promiseDue < q.promiseDueBefore)) &&
    (q.promiseDueAfter === undefined || (promiseDue !== null && promiseDue > q.promiseDueAfter)) &&
    (q.createdBefore === undefined || t.createdAt < q.createdBefore) &&
    (q.createdAfter === undefined || t.createdAt > q.createdAfter) &&
    (q.visibleTo === undefined ||
      t.assignee === q.visibleTo.userId ||
      t.candidateUsers.includes(q.visibleTo.userId) ||
      t.candidateGroups.some((g) => q.visibleTo!.groups.includes(g))) &&
    (q.match === undefined || matchesTask(t, q.match))
  );
}
