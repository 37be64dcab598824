import type BetterSqlite3 from 'better-sqlite3';
import type {
  OpenSlaRow,
  SlaCounts,
  SlaStatistics,
  SlaStatisticsQuery,
} from '../../engine/ports/sla.ts';

/** The groupings of `slaStatistics`: key columns, and what else a row selects. */
const groupings = {
  byProcess: { key: ['process_id'], select: 'process_id AS processId' },
  byElement: {
    key: ['process_id', 'element_id'],
    select: 'process_id AS processId, element_id AS elementId, max(lane) AS lane',
  },
  byLane: { key: ['lane'], select: 'lane' },
  byPolicy: { key: ['policy'], select: 'policy' },
  byBucket: { key: ['bucket', 'lane'], select: 'bucket, lane' },
} as const;

/**
 * `slaStatistics` of the SQLite store: one `GROUP BY` per grouping over the SLAs that started in
 * the window, and one over the running SLAs. The 90th percentile is the nearest rank,
 * `ceil(0.9 n)`, taken with `row_number()` over the closed SLAs of each group; SQLite has no
 * percentile aggregate.
 */
export function createSqliteSlaStatistics(
  database: BetterSqlite3.Database,
): (query: SlaStatisticsQuery) => SlaStatistics {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = database.prepare(sql)));
    return statement;
  };

  return (query) => {
    const params = {
      startedAfter: query.startedAfter,
      startedBefore: query.startedBefore ?? null,
      processId: query.processId ?? null,
      bucketMs: Math.max(1, Math.round(query.bucketMs ?? 1)),
    };
    // Only the terms that apply, so the (process_id, started_at) index serves a process's window.
    const window = [
      'started_at >= @startedAfter',
      query.startedBefore !== undefined ? 'started_at < @startedBefore' : undefined,
      query.processId !== undefined ? 'process_id = @processId' : undefined,
    ].filter(Boolean);
    const grouped = (grouping: keyof typeof groupings) => {
      const { key, select } = groupings[grouping];
      const sql = `
        WITH windowed AS (
          SELECT process_id, element_id, lane, policy, state, CAST((started_at - @startedAfter) / @bucketMs AS INTEGER) AS bucket,
                 CASE WHEN closed_at IS NOT NULL AND state IN ('met', 'breached') THEN closed_at - started_at - paused_ms END AS close_ms
            FROM slas WHERE ${window.join(' AND ')}
        ), ranked AS (
          SELECT *, row_number() OVER (PARTITION BY ${key.join(', ')} ORDER BY close_ms IS NULL, close_ms) AS position,
                 count(close_ms) OVER (PARTITION BY ${key.join(', ')}) AS closed
            FROM windowed
        )
        SELECT ${select},
               sum(state = 'met') AS met, sum(state = 'breached') AS breached, sum(state = 'on-time') AS onTime,
               sum(state = 'at-risk') AS atRisk, sum(state = 'cancelled') AS cancelled,
               avg(close_ms) AS averageCloseMs,
               max(CASE WHEN close_ms IS NOT NULL AND position = (closed * 9 + 9) / 10 THEN close_ms END) AS p90CloseMs
          FROM ranked GROUP BY ${key.join(', ')} ORDER BY ${key.join(', ')}`;
      return prepare(sql).all(params) as SlaCounts[];
    };
    const open = prepare(`
      SELECT lane, sum(state = 'on-time') AS onTime, sum(state = 'at-risk') AS atRisk, sum(state = 'breached') AS breached,
             sum(paused_at IS NOT NULL) AS paused
        FROM slas
       WHERE state IN ('on-time', 'at-risk', 'breached') AND closed_at IS NULL
             ${query.processId !== undefined ? 'AND process_id = @processId' : ''}
       GROUP BY lane ORDER BY lane`);
    return {
      byProcess: grouped('byProcess') as SlaStatistics['byProcess'],
      byElement: grouped('byElement') as SlaStatistics['byElement'],
      byLane: grouped('byLane') as SlaStatistics['byLane'],
      byPolicy: grouped('byPolicy') as SlaStatistics['byPolicy'],
      openByLane: open.all(params) as OpenSlaRow[],
      ...(query.bucketMs !== undefined
        ? { byBucket: grouped('byBucket') as SlaStatistics['byBucket'] }
        : {}),
    };
  };
}
