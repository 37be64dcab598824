import type BetterSqlite3 from 'better-sqlite3';
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
import { type DeploymentColumns, historyFromRow } from '../mapping.ts';
import type { HistoryRow } from './schema.ts';

/**
 * The `StoreReports` half of the SQLite store: deployment listing and deletion, the customer
 * timeline and the dashboard aggregates. Plain SQL on the store's connection; each query is
 * one statement (deletion one transaction), prepared once.
 */
export function createSqliteReports(database: BetterSqlite3.Database): StoreReports {
  const listDeployments = database.prepare<[], DeploymentColumns>(
    `SELECT id, name, source, hash, deployed_at AS deployedAt, deployed_by AS deployedBy FROM deployments ORDER BY deployed_at, id`,
  );
  const definitionOf = database.prepare<[string], { deploymentId: string }>(
    `SELECT deployment_id AS deploymentId FROM process_definitions WHERE id = ?`,
  );
  const activeOn = database.prepare<[string], { found: number }>(
    `SELECT 1 AS found FROM process_instances WHERE definition_id = ? AND status = 'active' LIMIT 1`,
  );
  const deleteDefinitionRow = database.prepare<[string]>(
    `DELETE FROM process_definitions WHERE id = ?`,
  );
  const deleteOrphanDeployment = database.prepare<[string]>(
    `DELETE FROM deployments WHERE id = ? AND NOT EXISTS (SELECT 1 FROM process_definitions WHERE deployment_id = deployments.id)`,
  );
  const deleteTx = database.transaction((id: string): 'deleted' | 'not-found' | 'in-use' => {
    const definition = definitionOf.get(id);
    if (!definition) return 'not-found';
    if (activeOn.get(id)) return 'in-use';
    deleteDefinitionRow.run(id);
    deleteOrphanDeployment.run(definition.deploymentId);
    return 'deleted';
  });

  const timeline = database.prepare<
    [{ businessKey: string; beforeSeq: number; limit: number }],
    HistoryRow & { processId: string; businessKey: string }
  >(
    `SELECT h.seq, h.instance_id AS instanceId, h.kind, h.element_id AS elementId, h.element_type AS elementType,
            h.token_id AS tokenId, h.at, h.user_id AS userId, h.data, i.process_id AS processId, i.business_key AS businessKey
       FROM process_instances i JOIN history h ON h.instance_id = i.id
      WHERE i.business_key = @businessKey AND h.seq < @beforeSeq
      ORDER BY h.seq DESC LIMIT @limit`,
  );

  const ages = openWorkAgeTerms('@now');
  const openWork = database.prepare<
    [{ now: number; dueSoonUntil: number }],
    Omit<OpenWorkRow, 'byAge'> & Record<string, unknown>
  >(
    `SELECT process_id AS processId, lane, count(*) AS open,
            coalesce(sum(due < @now), 0) AS overdue,
            coalesce(sum(due >= @now AND due < @dueSoonUntil), 0) AS dueSoon,
            ${ages.map((term, i) => `coalesce(sum(${term}), 0) AS age${i}`).join(', ')}
       FROM (SELECT process_id, lane, created_at,
                    min(coalesce(due_at, promise_due_at), coalesce(promise_due_at, due_at)) AS due
               FROM tasks WHERE state = 'open')
      GROUP BY process_id, lane ORDER BY process_id, lane`,
  );

  // A pass is paired with the latest start of the same token on the same element before it;
  // tokens keep their id along a path, so loops pair each completion with its own start. Every
  // line counts towards `active` (a start adds one, an end takes one), the window's towards the rest.
  type Window = { definitionId: string; from: number; to: number };
  const elementPasses = database.prepare<[Window], Omit<ElementStatistics, 'breached'>>(
    `SELECT h.element_id AS elementId, max(h.element_type) AS elementType,
            sum(h.kind = 'activity.started' AND h.at >= @from AND h.at < @to) AS started,
            sum(h.kind = 'activity.completed' AND h.at >= @from AND h.at < @to) AS completed,
            sum(h.kind = 'activity.cancelled' AND h.at >= @from AND h.at < @to) AS cancelled,
            sum(CASE h.kind WHEN 'activity.started' THEN 1 ELSE -1 END) AS active,
            avg(CASE WHEN h.kind = 'activity.completed' AND h.at >= @from AND h.at < @to THEN h.at - (
              SELECT s.at FROM history s
               WHERE s.instance_id = h.instance_id AND s.token_id = h.token_id AND s.element_id = h.element_id
                 AND s.kind = 'activity.started' AND s.seq < h.seq
               ORDER BY s.seq DESC LIMIT 1) END) AS averageDurationMs
       FROM process_instances i JOIN history h ON h.instance_id = i.id
      WHERE i.definition_id = @definitionId AND h.element_id IS NOT NULL
        AND h.kind IN ('activity.started', 'activity.completed', 'activity.cancelled')
      GROUP BY h.element_id ORDER BY h.element_id`,
  );
  const elementBreaches = database.prepare<[Window], { elementId: string; breached: number }>(
    `SELECT s.element_id AS elementId, count(*) AS breached
       FROM process_instances i JOIN slas s ON s.instance_id = i.id
      WHERE i.definition_id = @definitionId AND s.state = 'breached'
        AND s.started_at >= @from AND s.started_at < @to
      GROUP BY s.element_id`,
  );

  const instanceCounts = database.prepare<[], InstanceCountRow>(
    `SELECT process_id AS processId, definition_id AS definitionId, status, count(*) AS count
       FROM process_instances GROUP BY definition_id, process_id, status ORDER BY definition_id, process_id, status`,
  );

  // A token rests where the engine's instance view shows it: waiting at the element itself (a
  // subprocess's own token waits while its inner tokens work) or stopped by an incident.
  const restingTokens = database.prepare<[string], RestingTokenRow>(
    `SELECT json_extract(t.value, '$.elementId') AS elementId, count(*) AS tokens
       FROM process_instances i, json_each(i.snapshot, '$.context.tokens') t
      WHERE i.definition_id = ? AND i.status = 'active'
        AND ((json_extract(t.value, '$.state') = 'waiting' AND json_extract(t.value, '$.childScopeId') IS NULL)
             OR json_extract(t.value, '$.state') = 'incident')
      GROUP BY 1 ORDER BY 1`,
  );
  const openIncidentCounts = database.prepare<
    [{ definitionId: string | null }],
    OpenIncidentCountRow
  >(
    `SELECT i.definition_id AS definitionId, n.element_id AS elementId, n.type, count(*) AS count
       FROM incidents n JOIN process_instances i ON i.id = n.instance_id
      WHERE n.resolved_at IS NULL AND i.status = 'active'
        AND (@definitionId IS NULL OR i.definition_id = @definitionId)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );

  return {
    async instanceDurationReport(q) {
      const month = `CAST(strftime('%m', started_at / 1000, 'unixepoch') AS INTEGER)`;
      const period = q.unit === 'month' ? month : `((${month} + 2) / 3)`;
      const params: unknown[] = [];
      const where = ['ended_at IS NOT NULL'];
      const within = (column: string, values: string[] | undefined) => {
        if (values === undefined) return;
        where.push(`${column} IN (${values.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...values);
      };
      within('definition_id', q.definitionIds);
      within('process_id', q.processIds);
      if (q.startedBefore !== undefined) {
        where.push('started_at < ?');
        params.push(q.startedBefore);
      }
      if (q.startedAfter !== undefined) {
        where.push('started_at > ?');
        params.push(q.startedAfter);
      }
      // Every piece of this text is the store's own; values go as parameters.
      return database
        .prepare<unknown[], DurationReportRow>(
          `SELECT ${period} AS period, min(ended_at - started_at) AS minimum,
                  max(ended_at - started_at) AS maximum,
                  CAST(avg(ended_at - started_at) AS INTEGER) AS average
             FROM process_instances WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
        )
        .all(...params);
    },
    async listDeployments() {
      return listDeployments.all();
    },
    async deleteDefinition(id) {
      return deleteTx.immediate(id);
    },
    async historyByBusinessKey(businessKey, { limit, beforeSeq }) {
      return timeline
        .all({ businessKey, limit, beforeSeq: beforeSeq ?? Number.MAX_SAFE_INTEGER })
        .map(
          (row): TimelineEntry => ({
            ...historyFromRow(row),
            processId: row.processId,
            businessKey: row.businessKey,
          }),
        );
    },
    async openWork(options) {
      return openWork.all(options).map((row) => withAges(row, ages.length));
    },
    async elementStatistics(definitionId, window) {
      const query = { definitionId, ...window };
      return withBreaches(elementPasses.all(query), elementBreaches.all(query));
    },
    async instanceCounts() {
      return instanceCounts.all();
    },
    async restingTokens(definitionId) {
      return restingTokens.all(definitionId);
    },
    async openIncidentCounts(definitionId) {
      return openIncidentCounts.all({ definitionId: definitionId ?? null });
    },
  };
}
