import type BetterSqlite3 from 'better-sqlite3';
import type { TaskCursor, TaskQuery } from '../../engine/ports/store.ts';
import { NO_DUE_KEY } from '../mapping.ts';
import { objectRows } from './object-rows.ts';
import { tasks, type TaskRow } from './schema.ts';
import { selectSql } from './statements.ts';

interface Candidate {
  taskId: string;
  dueKey: number;
  priority: number;
  createdAt: number;
}

/** A task's urgency key: undated tasks last, as `task_candidates.due_key` keeps them. */
const TASK_DUE_KEY = `coalesce(t.due_at, ${NO_DUE_KEY})`;

type Order = 'due' | 'created' | 'priority';
interface Columns {
  dueKey: string;
  priority: string;
  createdAt: string;
  id: string;
}
const CANDIDATE: Columns = {
  dueKey: 'c.due_key',
  priority: 'c.priority',
  createdAt: 'c.created_at',
  id: 'c.task_id',
};
const TASK: Columns = {
  dueKey: TASK_DUE_KEY,
  priority: 't.priority',
  createdAt: 't.created_at',
  id: 't.id',
};

/**
 * Each order of `taskOrder` that the candidates' copies of the sort keys can answer: its
 * `ORDER BY`, and "after the cursor" in it (the leading bound limits the range read; the rest
 * drops the cursor's ties that come before it). `due` is the urgency index's own order, so a
 * read in it needs no sort; the others sort the covering index's entries, never the tasks.
 */
const ORDERS: Record<Order, { orderBy(c: Columns): string; after(c: Columns): string }> = {
  due: {
    orderBy: (c) => `ORDER BY ${c.dueKey}, ${c.priority} DESC, ${c.createdAt}, ${c.id}`,
    after: (c) =>
      `AND ${c.dueKey} >= @dueKey AND (${c.dueKey} > @dueKey OR ${c.priority} < @priority OR (${c.priority} = @priority AND (${c.createdAt} > @createdAt OR (${c.createdAt} = @createdAt AND ${c.id} > @id))))`,
  },
  created: {
    orderBy: (c) => `ORDER BY ${c.createdAt}, ${c.id}`,
    after: (c) =>
      `AND ${c.createdAt} >= @createdAt AND (${c.createdAt} > @createdAt OR ${c.id} > @id)`,
  },
  priority: {
    orderBy: (c) => `ORDER BY ${c.priority} DESC, ${c.createdAt}, ${c.id}`,
    after: (c) =>
      `AND ${c.priority} <= @priority AND (${c.priority} < @priority OR ${c.createdAt} > @createdAt OR (${c.createdAt} = @createdAt AND ${c.id} > @id))`,
  },
};

const byId = (a: Candidate, b: Candidate) =>
  a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0;
const COMPARE: Record<Order, (a: Candidate, b: Candidate) => number> = {
  due: (a, b) =>
    a.dueKey - b.dueKey || b.priority - a.priority || a.createdAt - b.createdAt || byId(a, b),
  created: (a, b) => a.createdAt - b.createdAt || byId(a, b),
  priority: (a, b) => b.priority - a.priority || a.createdAt - b.createdAt || byId(a, b),
};

/** Cursor parameters of the statements above; a cursor before everything when there is none. */
function cursorParams(after: TaskCursor | undefined) {
  return after
    ? {
        dueKey: after.dueAt ?? NO_DUE_KEY,
        priority: after.priority,
        createdAt: after.createdAt,
        id: after.id,
      }
    : undefined;
}

/**
 * The task list's busiest questions, "the most urgent open tasks of these groups" and "the most
 * urgent open tasks I may see", answered from the candidates' urgency index, after a keyset
 * cursor or not; the same by age or priority from the index's copies of those keys. The cost follows the page size, not the number of tasks the caller sees. One
 * group (a staff member's usual list) is one statement joining the index's entries to their
 * tasks. Otherwise each source (each group; for what a caller may see, also the caller as
 * candidate user and the tasks the caller holds) gives its first `offset + limit` entries,
 * merged, then those tasks are read. Returns undefined for any other query shape.
 */
export function prepareUrgentTasks(database: BetterSqlite3.Database) {
  type Source = { kind: 'user' | 'group'; value: string; state: string; limit: number };
  type After = NonNullable<ReturnType<typeof cursorParams>>;
  const pageSql = (after: string) =>
    `${selectSql(tasks, 't')} JOIN task_candidates c ON c.task_id = t.id
      WHERE c.kind = 'group' AND c.value = @group AND c.state = @state ${after} ${ORDERS.due.orderBy(CANDIDATE)} LIMIT @limit OFFSET @offset`;
  const pageOfGroup = {
    first: objectRows<[{ group: string; state: string; limit: number; offset: number }], TaskRow>(
      database.prepare(pageSql('')),
    ),
    after: objectRows<
      [{ group: string; state: string; limit: number; offset: number } & After],
      TaskRow
    >(database.prepare(pageSql(ORDERS.due.after(CANDIDATE)))),
  };
  type Held = { user: string; state: string; limit: number };
  /** Per order: the first entries of a candidate source, and the tasks a caller holds. */
  const statements = (order: Order) => {
    const { orderBy, after } = ORDERS[order];
    const topSql = (cursor: string) =>
      `SELECT task_id AS taskId, due_key AS dueKey, priority, created_at AS createdAt FROM task_candidates c
        WHERE kind = @kind AND value = @value AND state = @state ${cursor} ${orderBy(CANDIDATE)} LIMIT @limit`;
    // The tasks a caller holds: a short list (the (state, assignee) index), sorted here.
    const heldSql = (cursor: string) =>
      `SELECT t.id AS taskId, ${TASK_DUE_KEY} AS dueKey, t.priority AS priority, t.created_at AS createdAt FROM tasks t
        WHERE t.state = @state AND t.assignee = @user ${cursor} ${orderBy(TASK)} LIMIT @limit`;
    return {
      top: {
        first: database.prepare<Source, Candidate>(topSql('')),
        after: database.prepare<Source & After, Candidate>(topSql(after(CANDIDATE))),
      },
      held: {
        first: database.prepare<Held, Candidate>(heldSql('')),
        after: database.prepare<Held & After, Candidate>(heldSql(after(TASK))),
      },
    };
  };
  const byOrder = {
    due: statements('due'),
    created: statements('created'),
    priority: statements('priority'),
  };
  const tasksByIds = objectRows<[{ ids: string }], TaskRow>(
    database.prepare(`${selectSql(tasks)} WHERE "id" IN (SELECT value FROM json_each(@ids))`),
  );

  return (q: TaskQuery): TaskRow[] | undefined => {
    const shape = urgentShape(q);
    if (!shape) return undefined;
    const state = q.state!;
    const offset = q.offset ?? 0;
    const after = cursorParams(q.after);
    if (shape.order === 'due' && shape.groups.length === 1 && !shape.caller) {
      const params = { group: shape.groups[0]!, state, limit: q.limit!, offset };
      return after ? pageOfGroup.after.all({ ...params, ...after }) : pageOfGroup.first.all(params);
    }
    const limit = offset + q.limit!;
    const seen = new Map<string, Candidate>();
    const add = (rows: Candidate[]) => {
      for (const c of rows) seen.set(c.taskId, c);
    };
    const { top: topOfSource, held: topHeld } = byOrder[shape.order];
    const top = (kind: Source['kind'], value: string) => {
      const params = { kind, value, state, limit };
      add(after ? topOfSource.after.all({ ...params, ...after }) : topOfSource.first.all(params));
    };
    for (const group of shape.groups) top('group', group);
    if (shape.caller) {
      top('user', shape.caller);
      const params = { user: shape.caller, state, limit };
      add(after ? topHeld.after.all({ ...params, ...after }) : topHeld.first.all(params));
    }
    const ids = [...seen.values()]
      .sort(COMPARE[shape.order])
      .slice(offset, limit)
      .map((c) => c.taskId);
    if (ids.length === 0) return [];
    const byId = new Map(tasksByIds.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  };
}

/**
 * The sources of a query the candidates answer: a state, an order they hold the keys of (due,
 * created, priority) and a page, and either groups (a caller's visibility implied by them) or
 * only what the caller may see; nothing else. `caller` is set when the caller's own tasks (held
 * or offered by name) are sources too.
 */
function urgentShape(
  q: TaskQuery,
): { order: Order; groups: string[]; caller?: string } | undefined {
  const {
    candidateGroups,
    state,
    orderBy,
    sort,
    match,
    limit,
    offset: _offset,
    after: _after,
    visibleTo,
    ...rest
  } = q;
  // Camunda's default sort (by creation, `/engine-rest/task`) is the `created` order, and a
  // match whose filters are all unset matches everything.
  const byCreation = sort?.length === 1 && sort[0]!.by === 'created' && !sort[0]!.descending;
  if (sort !== undefined && (!byCreation || orderBy !== undefined)) return undefined;
  if (match !== undefined && Object.values(match).some((value) => value !== undefined))
    return undefined;
  const order = orderBy ?? 'created';
  if (!state || order === 'promise' || !limit) return undefined;
  if (!Object.values(rest).every((value) => value === undefined)) return undefined;
  if (candidateGroups?.length) {
    if (visibleTo && !candidateGroups.every((g) => visibleTo.groups.includes(g))) return undefined;
    return { order, groups: [...new Set(candidateGroups)] };
  }
  if (candidateGroups || !visibleTo) return undefined;
  return { order, groups: [...new Set(visibleTo.groups)], caller: visibleTo.userId };
}
