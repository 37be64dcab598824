import type BetterSqlite3 from 'better-sqlite3';
import type { TaskQuery } from '../../engine/ports/store.ts';

interface Candidate {
  taskId: string;
  dueKey: number;
  priority: number;
  createdAt: number;
}

/**
 * The task list's busiest question, "the most urgent open tasks of these groups", answered from
 * the candidates' urgency index: the first `offset + limit` entries of each group, merged. The cost
 * follows the page size, not the group's size. Returns undefined for any other query shape.
 */
export function prepareUrgentTasks(database: BetterSqlite3.Database) {
  const topOfGroup = database.prepare<{ group: string; state: string; limit: number }, Candidate>(
    `SELECT task_id AS taskId, due_key AS dueKey, priority, created_at AS createdAt FROM task_candidates
      WHERE kind = 'group' AND value = @group AND state = @state
      ORDER BY due_key, priority DESC, created_at, task_id LIMIT @limit`,
  );
  return (q: TaskQuery): string[] | undefined => {
    if (!isUrgentQuery(q)) return undefined;
    const wanted = (q.offset ?? 0) + q.limit!;
    const seen = new Map<string, Candidate>();
    for (const group of q.candidateGroups!) {
      for (const c of topOfGroup.all({ group, state: q.state!, limit: wanted })) seen.set(c.taskId, c);
    }
    return [...seen.values()]
      .sort((a, b) => a.dueKey - b.dueKey || b.priority - a.priority || a.createdAt - b.createdAt || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0))
      .slice(q.offset ?? 0, wanted)
      .map((c) => c.taskId);
  };
}

/** Groups, a state, due order and a page, and nothing else (a staff member's visibility is implied by the groups). */
function isUrgentQuery(q: TaskQuery): boolean {
  const { candidateGroups, state, orderBy, limit, offset: _offset, visibleTo, ...rest } = q;
  if (!candidateGroups?.length || !state || orderBy !== 'due' || !limit) return false;
  if (visibleTo && !candidateGroups.every((g) => visibleTo.groups.includes(g))) return false;
  return Object.values(rest).every((value) => value === undefined);
}
