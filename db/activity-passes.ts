import type {
  ActivityPass,
  ActivityPassQuery,
  ActivityPassSortKey,
} from '../engine/ports/store.ts';

/**
 * `listActivityPasses` and `countActivityPasses` as one SQL text for both SQL stores (the
 * tables and the SQL are the same in either dialect; only placeholders differ). A pass is an
 * `activity.started` line with the first later completion or cancellation of the same token
 * and element, found through the history's (instance, seq) index.
 */

const PASSES = `
  SELECT s.seq AS seq, s.instance_id AS instance_id, i.definition_id AS definition_id,
         i.process_id AS process_id, s.element_id AS element_id, s.element_type AS element_type,
         s.token_id AS token_id, s.at AS started_at, e.at AS ended_at,
         CASE WHEN e.kind = 'activity.cancelled' THEN 1 ELSE 0 END AS cancelled
    FROM history s
    JOIN process_instances i ON i.id = s.instance_id
    LEFT JOIN history e ON e.seq = (
      SELECT min(x.seq) FROM history x
       WHERE x.instance_id = s.instance_id AND x.seq > s.seq
         AND x.element_id = s.element_id AND x.token_id = s.token_id
         AND x.kind IN ('activity.completed', 'activity.cancelled'))
   WHERE s.kind = 'activity.started' AND s.element_id IS NOT NULL`;

const SORT: Record<ActivityPassSortKey, string> = {
  seq: 'p.seq',
  instanceId: 'p.instance_id',
  definitionId: 'p.definition_id',
  elementId: 'p.element_id',
  elementType: 'p.element_type',
  started: 'p.started_at',
  ended: 'p.ended_at',
  duration: '(p.ended_at - p.started_at)',
};

/**
 * The query's SQL and its parameters; `placeholder` names the nth parameter in the dialect
 * (`?`, `$n`). Rows come back as `ActivityPassRow` (see `activityPassFromRow`).
 */
export function activityPassSql(
  q: ActivityPassQuery,
  placeholder: (n: number) => string,
  what: 'rows' | 'count',
): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => placeholder(params.push(value));
  const where: string[] = [];
  const term = (condition: boolean, text: () => string) => {
    if (condition) where.push(text());
  };
  // Narrowing by instance goes inside, where the history index serves it.
  const inner = q.instanceId !== undefined ? ` AND s.instance_id = ${param(q.instanceId)}` : '';
  term(q.seq !== undefined, () => `p.seq = ${param(q.seq)}`);
  term(q.definitionId !== undefined, () => `p.definition_id = ${param(q.definitionId)}`);
  term(q.elementId !== undefined, () => `p.element_id = ${param(q.elementId)}`);
  term(q.elementType !== undefined, () => `p.element_type = ${param(q.elementType)}`);
  term(q.ended !== undefined, () => `p.ended_at IS ${q.ended ? 'NOT ' : ''}NULL`);
  term(q.cancelled !== undefined, () => `p.cancelled = ${q.cancelled ? 1 : 0}`);
  term(q.startedBefore !== undefined, () => `p.started_at < ${param(q.startedBefore)}`);
  term(q.startedAfter !== undefined, () => `p.started_at > ${param(q.startedAfter)}`);
  term(q.endedBefore !== undefined, () => `p.ended_at < ${param(q.endedBefore)}`);
  term(q.endedAfter !== undefined, () => `p.ended_at > ${param(q.endedAfter)}`);
  term(
    q.taskAssignee !== undefined,
    () => `EXISTS (SELECT 1 FROM tasks t WHERE t.instance_id = p.instance_id
      AND t.token_id = p.token_id AND t.element_id = p.element_id AND t.created_at >= p.started_at
      AND coalesce(t.assignee, t.completed_by) = ${param(q.taskAssignee)})`,
  );
  const from = `FROM (${PASSES}${inner}) p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  if (what === 'count') return { text: `SELECT count(*) AS count ${from}`, params };
  const order = [
    ...(q.sort ?? []).map(({ by, descending }) =>
      descending ? `${SORT[by]} DESC NULLS FIRST` : `${SORT[by]} ASC NULLS LAST`,
    ),
    'p.seq ASC',
  ];
  const paging = [
    q.limit !== undefined ? `LIMIT ${param(q.limit)}` : '',
    // SQLite takes an offset only after a limit.
    q.offset
      ? `${q.limit === undefined ? `LIMIT ${param(Number.MAX_SAFE_INTEGER)} ` : ''}OFFSET ${param(q.offset)}`
      : '',
  ].join(' ');
  return { text: `SELECT p.* ${from} ORDER BY ${order.join(', ')} ${paging}`, params };
}

/** A row of `activityPassSql` (PostgreSQL answers its bigints as text). */
export interface ActivityPassRow {
  seq: number | string;
  instance_id: string;
  definition_id: string;
  process_id: string;
  element_id: string;
  element_type: string | null;
  token_id: string | null;
  started_at: number | string;
  ended_at: number | string | null;
  cancelled: number | string;
}

export function activityPassFromRow(row: ActivityPassRow): ActivityPass {
  return {
    seq: Number(row.seq),
    instanceId: row.instance_id,
    definitionId: row.definition_id,
    processId: row.process_id,
    elementId: row.element_id,
    elementType: row.element_type,
    tokenId: row.token_id,
    startedAt: Number(row.started_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
    cancelled: Number(row.cancelled) === 1,
  };
}
