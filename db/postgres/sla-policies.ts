import type pg from 'pg';
import {
  DEFAULT_SLA_POLICIES,
  type SlaPolicy,
  type SlaPolicyStore,
} from '../../engine/ports/sla-policies.ts';
import { slaPolicies } from './sla-schema.ts';
import { insertRows, selectSql } from './sql.ts';

const select = selectSql(slaPolicies);

/**
 * Puts the shipped policies back into a database whose tables were emptied (tests do): a new
 * database gets them from its migration (`0014_sla_policy_names.sql`), once, so a policy removed
 * later stays removed.
 */
export async function seedSlaPolicies(pool: pg.Pool): Promise<void> {
  const { text, values } = insertRows(slaPolicies, DEFAULT_SLA_POLICIES);
  await pool.query(`${text} ON CONFLICT (id) DO NOTHING`, values);
}

/** SLA policies, the queries of `db/sqlite/sla-policies.ts`. */
export function createPostgresSlaPolicies(pool: pg.Pool): SlaPolicyStore {
  return {
    async listSlaPolicies() {
      return (await pool.query<SlaPolicy>(`${select} ORDER BY id`)).rows;
    },
    async getSlaPolicy(id) {
      return (await pool.query<SlaPolicy>(`${select} WHERE id = $1`, [id])).rows[0];
    },
    async saveSlaPolicy(policy) {
      const { text, values } = insertRows(slaPolicies, [policy], { upsert: {} });
      await pool.query(text, values);
    },
    async deleteSlaPolicy(id) {
      return ((await pool.query('DELETE FROM sla_policies WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
  };
}
