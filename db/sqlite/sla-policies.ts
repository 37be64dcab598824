import type BetterSqlite3 from 'better-sqlite3';
import type { SlaPolicy, SlaPolicyStore } from '../../engine/ports/sla-policies.ts';
import { slaPolicies } from './sla-schema.ts';
import { selectSql } from './statements.ts';

const columns = `id, name, names, touchpoint, kind, target, calendar, updated_at, updated_by`;
const values = `@id, @name, @names, @touchpoint, @kind, @target, @calendar, @updatedAt, @updatedBy`;

type Row = Omit<SlaPolicy, 'names'> & { names: string };
const fromRow = (row: Row): SlaPolicy => ({ ...row, names: JSON.parse(row.names) });

/**
 * SLA policies. A new database gets the shipped ones from its migration
 * (`0019_sla_policy_names.sql`), once: a policy removed later stays removed.
 */
export function createSqliteSlaPolicies(database: BetterSqlite3.Database): SlaPolicyStore {
  const insert = `INSERT INTO sla_policies (${columns}) VALUES (${values})`;
  const upsert = database.prepare(
    `${insert} ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names,
       touchpoint = excluded.touchpoint, kind = excluded.kind, target = excluded.target,
       calendar = excluded.calendar, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const remove = database.prepare<[string]>('DELETE FROM sla_policies WHERE id = ?');
  const list = database.prepare<[], Row>(`${selectSql(slaPolicies)} ORDER BY id`);
  const get = database.prepare<[string], Row>(`${selectSql(slaPolicies)} WHERE id = ?`);
  return {
    async listSlaPolicies() {
      return list.all().map(fromRow);
    },
    async getSlaPolicy(id) {
      const row = get.get(id);
      return row && fromRow(row);
    },
    async saveSlaPolicy(policy) {
      upsert.run({ ...policy, names: JSON.stringify(policy.names) });
    },
    async deleteSlaPolicy(id) {
      return remove.run(id).changes > 0;
    },
  };
}
