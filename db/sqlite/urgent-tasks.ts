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

/** The urgency order of `task_candidates_urgent_idx`, so a read in it needs no sort. */
const URGENCY = 'ORDER BY c.due_key, c.priority DESC, c.created_at, c.task_id';

/**
 * "After the cursor" in urgency order, on the columns of an urgency key. The leading
 * `>=` bounds the index range; the rest drops the cursor's ties that come before it.
 */
function afterCursor(dueKey: string, priority: string, createdAt: string, id: string): string {
  return `AND ${dueKey} >= @dueKey AND (${dueKey} > @dueKey OR ${priority} < @priority OR (${priority} = @priority AND (${createdAt} > @createdAt OR (${createdAt} = @createdAt AND ${id} > @id))))`;
}
const AFTER_CANDIDATE = afterCursor('c.due_key', 'c.priority', 'c.created_at', 'c.task_id');
/** A task's urgency key: undated tasks last, as `task_candidates.due_key` keeps them. */
const TASK_DUE_KEY = `coalesce(t.due_at, ${NO_DUE_KEY})`;
const AFTER_TASK = afterCursor(TASK_DUE_KEY, 't.priority', 't.created_at', 't.id');

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
 * cursor or not. The cost follows the page size, not the number of tasks the caller sees. One
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
      WHERE c.kind = 'group' AND c.value = @group AND c.state = @state ${after} ${URGENCY} LIMIT @limit OFFSET @offset`;
  const pageOfGroup = {
    first: objectRows<[{ group: string; state: string; limit: number; offset: number }], TaskRow>(
      database.prepare(pageSql('')),
    ),
    after: objectRows<
      [{ group: string; state: string; limit: number; offset: number } & After],
      TaskRow
    >(database.prepare(pageSql(AFTER_CANDIDATE))),
  };
  const topSql = (after: string) =>
    `SELECT task_id AS taskId, due_key AS dueKey, priority, created_at AS createdAt FROM task_candidates c
      WHERE kind = @kind AND value = @value AND state = @state ${after} ${URGENCY} LIMIT @limit`;
  const topOfSource = {
    first: database.prepare<Source, Candidate>(topSql('')),
    after: database.prepare<Source & After, Candidate>(topSql(AFTER_CANDIDATE)),
  };
  // The tasks a caller holds: a short list (the (state, assignee) index), sorted here.
  const heldSql = (after: string) =>
    `SELECT t.id AS taskId, ${TASK_DUE_KEY} AS dueKey, t.priority AS priority, t.created_at AS createdAt FROM tasks t
      WHERE t.state = @state AND t.assignee = @user ${after}
      ORDER BY dueKey, t.priority DESC, t.created_at, t.id LIMIT @limit`;
  type Held = { user: string; state: string; limit: number };
  const topHeld = {
    first: database.prepare<Held, Candidate>(heldSql('')),
    after: database.prepare<Held & After, Candidate>(heldSql(AFTER_TASK)),
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
    if (shape.groups.length === 1 && !shape.caller) {
      const params = { group: shape.groups[0]!, state, limit: q.limit!, offset };
      return after ? pageOfGroup.after.all({ ...params, ...after }) : pageOfGroup.first.all(params);
    }
    const limit = offset + q.limit!;
    const seen = new Map<string, Candidate>();
    const add = (rows: Candidate[]) => {
      for (const c of rows) seen.set(c.taskId, c);
    };
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
      .sort(
        (a, b) =>
          a.dueKey - b.dueKey ||
          b.priority - a.priority ||
          a.createdAt - b.createdAt ||
          (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0),
      )
      .slice(offset, limit)
      .map((c) => c.taskId);
    if (ids.length === 0) return [];
    const byId = new Map(tasksByIds.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  };
}

/**
 * The sources of an urgent query: a state, due order and a page, and either groups (a caller's
 * visibility implied by them) or only what the caller may see; nothing else. `caller` is set
 * when the caller's own tasks (held or offered by name) are sources too.
 */
function urgentShape(q: TaskQuery): { groups: string[]; caller?: string } | undefined {
  const {
    candidateGroups,
    state,
    orderBy,
    limit,
    offset: _offset,
    after: _after,
    visibleTo,
    ...rest
  } = q;
  if (!state || orderBy !== 'due' || !limit) return undefined;
  if (!Object.values(rest).every((value) => value === undefined)) return undefined;
  if (candidateGroups?.length) {
    if (visibleTo && !candidateGroups.every((g) => visibleTo.groups.includes(g))) return undefined;
    return { groups: [...new Set(candidateGroups)] };
  }
  if (candidateGroups || !visibleTo) return undefined;
  return { groups: [...new Set(visibleTo.groups)], caller: visibleTo.userId };
}
