import type BetterSqlite3 from 'better-sqlite3';
import {
  DEFAULT_SLA_POLICIES,
  type SlaPolicy,
  type SlaPolicyStore,
} from '../../engine/ports/sla-policies.ts';
import { slaPolicies } from './sla-schema.ts';
import { selectSql } from './statements.ts';

const columns = `id, name, touchpoint, kind, target, calendar, updated_at, updated_by`;
const values = `@id, @name, @touchpoint, @kind, @target, @calendar, @updatedAt, @updatedBy`;

/** SLA policies; a new database gets the defaults, an existing one keeps what it holds. */
export function createSqliteSlaPolicies(database: BetterSqlite3.Database): SlaPolicyStore {
  const insert = `INSERT INTO sla_policies (${columns}) VALUES (${values})`;
  const seed = database.prepare(`${insert} ON CONFLICT (id) DO NOTHING`);
  database.transaction(() => {
    for (const policy of DEFAULT_SLA_POLICIES) seed.run(policy);
  })();
  const upsert = database.prepare(
    `${insert} ON CONFLICT (id) DO UPDATE SET name = excluded.name, touchpoint = excluded.touchpoint,
       kind = excluded.kind, target = excluded.target, calendar = excluded.calendar,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const list = database.prepare<[], SlaPolicy>(`${selectSql(slaPolicies)} ORDER BY id`);
  const get = database.prepare<[string], SlaPolicy>(`${selectSql(slaPolicies)} WHERE id = ?`);
  return {
    async listSlaPolicies() {
      return list.all();
    },
    async getSlaPolicy(id) {
      return get.get(id);
    },
    async saveSlaPolicy(policy) {
      upsert.run(policy);
    },
  };
}
