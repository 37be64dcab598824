import type BetterSqlite3 from 'better-sqlite3';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import type { SlaQuery, SlaRecord, SlaStore } from '../../engine/ports/sla.ts';
import { objectRows, type RowReader } from './object-rows.ts';
import { slas } from './sla-schema.ts';
import { createSqliteSlaStatistics } from './sla-statistics.ts';
import { selectSql } from './statements.ts';

const fields = [
  ['id', 'id'],
  ['instanceId', 'instance_id'],
  ['processId', 'process_id'],
  ['businessKey', 'business_key'],
  ['elementId', 'element_id'],
  ['tokenId', 'token_id'],
  ['taskId', 'task_id'],
  ['lane', 'lane'],
  ['state', 'state'],
  ['startedAt', 'started_at'],
  ['targetAt', 'target_at'],
  ['atRiskAt', 'at_risk_at'],
  ['pausedAt', 'paused_at'],
  ['pausedMs', 'paused_ms'],
  ['atRiskSince', 'at_risk_since'],
  ['breachedAt', 'breached_at'],
  ['closedAt', 'closed_at'],
  ['calendar', 'calendar'],
  ['policy', 'policy'],
] as const;
const select = selectSql(slas);

/** SLA upserts of a unit of work, prepared once; they run inside the commit transaction. */
export function prepareSlaWrites(database: BetterSqlite3.Database) {
  const upsert = database.prepare(
    `INSERT INTO slas (${fields.map(([, c]) => c).join(', ')}) VALUES (${fields.map(([k]) => `@${k}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${fields
       .slice(1)
       .map(([, c]) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  return (work: UnitOfWork): void => {
    for (const sla of work.slas ?? [])
      upsert.run(Object.fromEntries(fields.map(([k]) => [k, sla[k] ?? null])));
  };
}

/** The query half: SLAs by instance, process, business key, lane, tasks, states and window; statistics. */
export function createSqliteSlas(database: BetterSqlite3.Database): SlaStore {
  const statistics = createSqliteSlaStatistics(database);
  // Query shapes repeat (the filters a screen uses): prepare each once.
  const statements = new Map<string, RowReader<[Record<string, unknown>], SlaRecord>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = objectRows(database.prepare(sql))));
    return statement;
  };
  return {
    async slaStatistics(query) {
      return statistics(query);
    },
    async listSlas(query: SlaQuery): Promise<SlaRecord[]> {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      const add = (clause: string, name: string, value: unknown) => {
        where.push(clause);
        params[name] = value;
      };
      if (query.instanceId) add('instance_id = @instanceId', 'instanceId', query.instanceId);
      if (query.processId) add('process_id = @processId', 'processId', query.processId);
      if (query.businessKey !== undefined)
        add('business_key = @businessKey', 'businessKey', query.businessKey);
      if (query.lane !== undefined) add('lane = @lane', 'lane', query.lane);
      if (query.startedAfter !== undefined)
        add('started_at >= @startedAfter', 'startedAfter', query.startedAfter);
      if (query.startedBefore !== undefined)
        add('started_at < @startedBefore', 'startedBefore', query.startedBefore);
      if (query.taskIds) {
        if (query.taskIds.length === 0) return [];
        // One statement for any page size: the ids travel as one JSON array.
        add(
          'task_id IN (SELECT value FROM json_each(@taskIds))',
          'taskIds',
          JSON.stringify(query.taskIds),
        );
      }
      if (query.states) {
        if (query.states.length === 0) return [];
        where.push(`state IN (${query.states.map((_, i) => `@state${i}`).join(', ')})`);
        for (const [i, state] of query.states.entries()) params[`state${i}`] = state;
      }
      const limit = query.limit ? ` LIMIT ${Math.max(1, Math.floor(query.limit))}` : '';
      const sql = `${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY started_at, id${limit}`;
      const rows = prepared(sql).all(params);
      for (const row of rows) row.pausedMs = Number(row.pausedMs);
      return rows;
    },
  };
}
