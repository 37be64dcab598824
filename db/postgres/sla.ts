import type pg from 'pg';
import type { SlaQuery, SlaRecord, SlaStore } from '../../engine/ports/sla.ts';
import { slas } from './sla-schema.ts';
import { createPostgresSlaStatistics } from './sla-statistics.ts';
import { selectSql } from './sql.ts';

const select = selectSql(slas);

/** The query half of SLA records and their statistics; their writes are part of the unit of work. */
export function createPostgresSlas(pool: pg.Pool): SlaStore {
  return {
    slaStatistics: createPostgresSlaStatistics(pool),
    async listSlas(query: SlaQuery): Promise<SlaRecord[]> {
      if (query.taskIds?.length === 0 || query.states?.length === 0) return [];
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (term: (param: string) => string, value: unknown) => {
        values.push(value);
        where.push(term(`$${values.length}`));
      };
      if (query.instanceId) add((p) => `instance_id = ${p}`, query.instanceId);
      if (query.processId) add((p) => `process_id = ${p}`, query.processId);
      if (query.businessKey !== undefined) add((p) => `business_key = ${p}`, query.businessKey);
      if (query.lane !== undefined) add((p) => `lane = ${p}`, query.lane);
      if (query.startedAfter !== undefined) add((p) => `started_at >= ${p}`, query.startedAfter);
      if (query.startedBefore !== undefined) add((p) => `started_at < ${p}`, query.startedBefore);
      if (query.taskIds) add((p) => `task_id = ANY(${p})`, query.taskIds);
      if (query.states) add((p) => `state = ANY(${p})`, query.states);
      const limit = query.limit ? ` LIMIT ${Math.max(1, Math.floor(query.limit))}` : '';
      const { rows } = await pool.query<SlaRecord>(
        `${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY started_at, id${limit}`,
        values,
      );
      return rows;
    },
  };
}
