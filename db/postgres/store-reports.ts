import type pg from 'pg';
import type {
  DurationReportRow,
  ElementStatistics,
  InstanceCountRow,
  OpenIncidentCountRow,
  OpenWorkRow,
  RestingTokenRow,
  StoreReports,
  TimelineEntry,
} from '../../engine/ports/store.ts';
import { withBreaches } from '../element-statistics.ts';
import { openWorkAgeTerms, withAges } from '../open-work-ages.ts';
import { historyFromRow } from '../mapping.ts';
import { inTransaction } from './pool.ts';
import type { HistoryRow } from './schema.ts';

/**
 * The `StoreReports` half of the PostgreSQL store, the same queries as
 * `db/sqlite/store-reports.ts` in this dialect (`count(*) FILTER` for SQLite's `sum(bool)`).
 */
export function createPostgresReports(pool: pg.Pool): StoreReports {
  return {
    async listDeployments() {
      const { rows } = await pool.query(
        `SELECT id, name, source, hash, deployed_at AS "deployedAt", deployed_by AS "deployedBy" FROM deployments ORDER BY deployed_at, id`,
      );
      return rows;
    },
    async deleteDefinition(id) {
      return inTransaction(pool, async (client) => {
        // FOR UPDATE: an instance started on this version meanwhile makes it `in-use` next time.
        const { rows } = await client.query<{ deploymentId: string }>(
          `SELECT deployment_id AS "deploymentId" FROM process_definitions WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const definition = rows[0];
        if (!definition) return 'not-found';
        const active = await client.query(
          `SELECT 1 FROM process_instances WHERE definition_id = $1 AND status = 'active' LIMIT 1`,
          [id],
        );
        if (active.rowCount) return 'in-use';
        await client.query('DELETE FROM process_definitions WHERE id = $1', [id]);
        await client.query(
          `DELETE FROM deployments WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM process_definitions WHERE deployment_id = deployments.id)`,
          [definition.deploymentId],
        );
        return 'deleted';
      });
    },
    async historyByBusinessKey(businessKey, { limit, beforeSeq }) {
      const { rows } = await pool.query<HistoryRow & { processId: string; businessKey: string }>(
        `SELECT h.seq, h.instance_id AS "instanceId", h.kind, h.element_id AS "elementId", h.element_type AS "elementType",
                h.token_id AS "tokenId", h.at, h.user_id AS "userId", h.data, i.process_id AS "processId", i.business_key AS "businessKey"
           FROM process_instances i JOIN history h ON h.instance_id = i.id
          WHERE i.business_key = $1 AND h.seq < $2
          ORDER BY h.seq DESC LIMIT $3`,
        [businessKey, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit],
      );
      return rows.map(
        (row): TimelineEntry => ({
          ...historyFromRow(row),
          processId: row.processId,
          businessKey: row.businessKey,
        }),
      );
    },
    async openWork({ now, dueSoonUntil }) {
      const ages = openWorkAgeTerms('$1::bigint');
      const { rows } = await pool.query<Omit<OpenWorkRow, 'byAge'> & Record<string, unknown>>(
        `SELECT process_id AS "processId", lane, count(*)::int AS open,
                count(*) FILTER (WHERE due < $1)::int AS overdue,
                count(*) FILTER (WHERE due >= $1 AND due < $2)::int AS "dueSoon",
                ${ages.map((term, i) => `count(*) FILTER (WHERE ${term})::int AS age${i}`).join(', ')}
           FROM (SELECT process_id, lane, created_at, LEAST(due_at, promise_due_at) AS due
                   FROM tasks WHERE state = 'open') open_tasks
          GROUP BY process_id, lane ORDER BY process_id, lane`,
        [now, dueSoonUntil],
      );
      return rows.map((row) => withAges(row, ages.length));
    },
    async elementStatistics(definitionId, { from, to }) {
      // A completion is paired with the latest start of the same token on the same element
      // before it; every line counts towards `active`, the window's towards the rest.
      const inWindow = 'h.at >= $2 AND h.at < $3';
      const [passes, breaches] = await Promise.all([
        pool.query<Omit<ElementStatistics, 'breached'>>(
          `SELECT h.element_id AS "elementId", max(h.element_type) AS "elementType",
                  count(*) FILTER (WHERE h.kind = 'activity.started' AND ${inWindow})::int AS started,
                  count(*) FILTER (WHERE h.kind = 'activity.completed' AND ${inWindow})::int AS completed,
                  count(*) FILTER (WHERE h.kind = 'activity.cancelled' AND ${inWindow})::int AS cancelled,
                  sum(CASE h.kind WHEN 'activity.started' THEN 1 ELSE -1 END)::int AS active,
                  avg(CASE WHEN h.kind = 'activity.completed' AND ${inWindow} THEN h.at - (
                    SELECT s.at FROM history s
                     WHERE s.instance_id = h.instance_id AND s.token_id = h.token_id AND s.element_id = h.element_id
                       AND s.kind = 'activity.started' AND s.seq < h.seq
                     ORDER BY s.seq DESC LIMIT 1) END)::float8 AS "averageDurationMs"
             FROM process_instances i JOIN history h ON h.instance_id = i.id
            WHERE i.definition_id = $1 AND h.element_id IS NOT NULL
              AND h.kind IN ('activity.started', 'activity.completed', 'activity.cancelled')
            GROUP BY h.element_id ORDER BY h.element_id`,
          [definitionId, from, to],
        ),
        pool.query<{ elementId: string; breached: number }>(
          `SELECT s.element_id AS "elementId", count(*)::int AS breached
             FROM process_instances i JOIN slas s ON s.instance_id = i.id
            WHERE i.definition_id = $1 AND s.state = 'breached'
              AND s.started_at >= $2 AND s.started_at < $3
            GROUP BY s.element_id`,
          [definitionId, from, to],
        ),
      ]);
      return withBreaches(passes.rows, breaches.rows);
    },
    async restingTokens(definitionId) {
      // The snapshot is kept as text: cast once per instance, then one row per token.
      const { rows } = await pool.query<RestingTokenRow>(
        `SELECT t.value->>'elementId' AS "elementId", count(*)::int AS tokens
           FROM process_instances i, jsonb_each(i.snapshot::jsonb->'context'->'tokens') t
          WHERE i.definition_id = $1 AND i.status = 'active'
            AND ((t.value->>'state' = 'waiting' AND t.value->>'childScopeId' IS NULL)
                 OR t.value->>'state' = 'incident')
          GROUP BY 1 ORDER BY 1`,
        [definitionId],
      );
      return rows;
    },
    async openIncidentCounts(definitionId) {
      const { rows } = await pool.query<OpenIncidentCountRow>(
        `SELECT i.definition_id AS "definitionId", n.element_id AS "elementId", n.type, count(*)::int AS count
           FROM incidents n JOIN process_instances i ON i.id = n.instance_id
          WHERE n.resolved_at IS NULL AND i.status = 'active'
            AND ($1::text IS NULL OR i.definition_id = $1)
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [definitionId ?? null],
      );
      return rows;
    },
    async instanceDurationReport(q) {
      const month = `EXTRACT(MONTH FROM to_timestamp(started_at / 1000.0) AT TIME ZONE 'UTC')::int`;
      const period = q.unit === 'month' ? month : `((${month} + 2) / 3)`;
      const duration = 'ended_at - started_at';
      // Every piece of this text is the store's own; values go as parameters.
      const { rows } = await pool.query<DurationReportRow>(
        `SELECT ${period} AS period, min(${duration})::float8 AS minimum,
                max(${duration})::float8 AS maximum, floor(avg(${duration}))::float8 AS average
           FROM process_instances
          WHERE ended_at IS NOT NULL
            AND ($1::text[] IS NULL OR definition_id = ANY($1))
            AND ($2::text[] IS NULL OR process_id = ANY($2))
            AND ($3::bigint IS NULL OR started_at < $3)
            AND ($4::bigint IS NULL OR started_at > $4)
          GROUP BY 1 ORDER BY 1`,
        [
          q.definitionIds ?? null,
          q.processIds ?? null,
          q.startedBefore ?? null,
          q.startedAfter ?? null,
        ],
      );
      return rows;
    },
    async instanceCounts() {
      const { rows } = await pool.query<InstanceCountRow>(
        `SELECT process_id AS "processId", definition_id AS "definitionId", status, count(*)::int AS count
           FROM process_instances GROUP BY definition_id, process_id, status ORDER BY definition_id, process_id, status`,
      );
      return rows;
    },
  };
}
