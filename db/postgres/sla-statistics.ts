import type pg from 'pg';
import type {
  OpenSlaRow,
  SlaCounts,
  SlaStatistics,
  SlaStatisticsQuery,
} from '../../engine/ports/sla.ts';

/** The groupings of `slaStatistics`: key columns, and what else a row selects. */
const groupings = {
  byProcess: { key: ['process_id'], select: 'process_id AS "processId"' },
  byElement: {
    key: ['process_id', 'element_id'],
    select: 'process_id AS "processId", element_id AS "elementId", max(lane) AS lane',
  },
  byLane: { key: ['lane'], select: 'lane' },
  byPolicy: { key: ['policy'], select: 'policy' },
  byBucket: { key: ['bucket', 'lane'], select: 'bucket, lane' },
} as const;

const count = (alias: string, term: string) => `count(*) FILTER (WHERE ${term})::int AS "${alias}"`;
const RUNNING = [
  count('onTime', "state = 'on-time'"),
  count('atRisk', "state = 'at-risk'"),
  count('breached', "state = 'breached'"),
].join(', ');
const COUNTS = [
  count('met', "state = 'met'"),
  RUNNING,
  count('cancelled', "state = 'cancelled'"),
].join(', ');

/**
 * `slaStatistics` of the PostgreSQL store, the queries of `db/sqlite/sla-statistics.ts`: one
 * `GROUP BY` per grouping over the SLAs that started in the window, the 90th percentile as the
 * nearest rank `ceil(0.9 n)` over the closed ones, and one `GROUP BY` over the running SLAs.
 */
export function createPostgresSlaStatistics(
  pool: pg.Pool,
): (query: SlaStatisticsQuery) => Promise<SlaStatistics> {
  return async (query) => {
    const values: unknown[] = [query.startedAfter];
    const window = ['started_at >= $1'];
    if (query.startedBefore !== undefined) {
      values.push(query.startedBefore);
      window.push(`started_at < $${values.length}`);
    }
    if (query.processId !== undefined) {
      values.push(query.processId);
      window.push(`process_id = $${values.length}`);
    }
    values.push(Math.max(1, Math.round(query.bucketMs ?? 1)));
    const bucket = `((started_at - $1) / $${values.length}::bigint)::int AS bucket`;
    const grouped = async (grouping: keyof typeof groupings) => {
      const { key, select } = groupings[grouping];
      const { rows } = await pool.query(
        `WITH windowed AS (
           SELECT process_id, element_id, lane, policy, state, ${bucket},
                  CASE WHEN closed_at IS NOT NULL AND state IN ('met', 'breached') THEN closed_at - started_at - paused_ms END AS close_ms
             FROM slas WHERE ${window.join(' AND ')}
         ), ranked AS (
           SELECT *, row_number() OVER (PARTITION BY ${key.join(', ')} ORDER BY close_ms IS NULL, close_ms) AS position,
                  count(close_ms) OVER (PARTITION BY ${key.join(', ')}) AS closed
             FROM windowed
         )
         SELECT ${select}, ${COUNTS},
                avg(close_ms)::float8 AS "averageCloseMs",
                max(CASE WHEN close_ms IS NOT NULL AND position = (closed * 9 + 9) / 10 THEN close_ms END) AS "p90CloseMs"
           FROM ranked GROUP BY ${key.join(', ')} ORDER BY ${key.map((k) => `${k} NULLS FIRST`).join(', ')}`,
        values,
      );
      return rows as SlaCounts[];
    };
    // Running work, whenever it started: limited to the process only.
    const byProcess = query.processId !== undefined;
    const open = await pool.query<OpenSlaRow>(
      `SELECT lane, ${RUNNING}, ${count('paused', 'paused_at IS NOT NULL')}
         FROM slas
        WHERE state IN ('on-time', 'at-risk', 'breached') AND closed_at IS NULL ${byProcess ? 'AND process_id = $1' : ''}
        GROUP BY lane ORDER BY lane NULLS FIRST`,
      byProcess ? [query.processId] : [],
    );
    return {
      byProcess: (await grouped('byProcess')) as SlaStatistics['byProcess'],
      byElement: (await grouped('byElement')) as SlaStatistics['byElement'],
      byLane: (await grouped('byLane')) as SlaStatistics['byLane'],
      byPolicy: (await grouped('byPolicy')) as SlaStatistics['byPolicy'],
      openByLane: open.rows,
      ...(query.bucketMs !== undefined
        ? { byBucket: (await grouped('byBucket')) as SlaStatistics['byBucket'] }
        : {}),
    };
  };
}
