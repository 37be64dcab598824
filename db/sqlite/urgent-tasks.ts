import type BetterSqlite3 from 'better-sqlite3';
import type { TaskQuery } from '../../engine/ports/store.ts';
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
 * The task list's busiest question, "the most urgent open tasks of these groups", answered from
 * the candidates' urgency index. The cost follows the page size, not the group's size. One group
 * (a staff member's usual list) is one statement joining the index's entries to their tasks;
 * several groups read the first `offset + limit` entries of each, merged, then those tasks.
 * Returns undefined for any other query shape.
 */
export function prepareUrgentTasks(database: BetterSqlite3.Database) {
  const pageOfGroup = objectRows<
    [{ group: string; state: string; limit: number; offset: number }],
    TaskRow
  >(
    database.prepare(
      `${selectSql(tasks, 't')} JOIN task_candidates c ON c.task_id = t.id
        WHERE c.kind = 'group' AND c.value = @group AND c.state = @state ${URGENCY} LIMIT @limit OFFSET @offset`,
    ),
  );
  const topOfGroup = database.prepare<{ group: string; state: string; limit: number }, Candidate>(
    `SELECT task_id AS taskId, due_key AS dueKey, priority, created_at AS createdAt FROM task_candidates c
      WHERE kind = 'group' AND value = @group AND state = @state ${URGENCY} LIMIT @limit`,
  );
  const tasksByIds = objectRows<[{ ids: string }], TaskRow>(
    database.prepare(`${selectSql(tasks)} WHERE "id" IN (SELECT value FROM json_each(@ids))`),
  );

  return (q: TaskQuery): TaskRow[] | undefined => {
    if (!isUrgentQuery(q)) return undefined;
    const groups = [...new Set(q.candidateGroups)];
    const offset = q.offset ?? 0;
    if (groups.length === 1)
      return pageOfGroup.all({ group: groups[0]!, state: q.state!, limit: q.limit!, offset });
    const wanted = offset + q.limit!;
    const seen = new Map<string, Candidate>();
    for (const group of groups) {
      for (const c of topOfGroup.all({ group, state: q.state!, limit: wanted }))
        seen.set(c.taskId, c);
    }
    const ids = [...seen.values()]
      .sort(
        (a, b) =>
          a.dueKey - b.dueKey ||
          b.priority - a.priority ||
          a.createdAt - b.createdAt ||
          (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0),
      )
      .slice(offset, wanted)
      .map((c) => c.taskId);
    const byId = new Map(tasksByIds.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  };
}

/** Groups, a state, due order and a page, and nothing else (a staff member's visibility is implied by the groups). */
function isUrgentQuery(q: TaskQuery): boolean {
  const { candidateGroups, state, orderBy, limit, offset: _offset, visibleTo, ...rest } = q;
  if (!candidateGroups?.length || !state || orderBy !== 'due' || !limit) return false;
  if (visibleTo && !candidateGroups.every((g) => visibleTo.groups.includes(g))) return false;
  return Object.values(rest).every((value) => value === undefined);
}
