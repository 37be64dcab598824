import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { SlaState } from '../../engine/ports/sla.ts';
import type { SlaPolicyKind } from '../../engine/ports/sla-policies.ts';

const epochMs = (name: string) => bigint(name, { mode: 'number' });

/** SLA records of activities (`engine/ports/sla.ts`), mirroring `db/sqlite/sla-schema.ts`. */
export const slas = pgTable(
  'slas',
  {
    id: text('id').primaryKey(),
    instanceId: text('instance_id').notNull(),
    processId: text('process_id').notNull(),
    businessKey: text('business_key'),
    elementId: text('element_id').notNull(),
    tokenId: text('token_id').notNull(),
    taskId: text('task_id'),
    lane: text('lane'),
    state: text('state').$type<SlaState>().notNull(),
    startedAt: epochMs('started_at').notNull(),
    targetAt: epochMs('target_at').notNull(),
    atRiskAt: epochMs('at_risk_at').notNull(),
    pausedAt: epochMs('paused_at'),
    pausedMs: epochMs('paused_ms').notNull(),
    atRiskSince: epochMs('at_risk_since'),
    breachedAt: epochMs('breached_at'),
    closedAt: epochMs('closed_at'),
    calendar: text('calendar'),
    policy: text('policy'),
  },
  (t) => [
    index('slas_by_instance').on(t.instanceId),
    index('slas_by_task').on(t.taskId),
    index('slas_by_process_started').on(t.processId, t.startedAt),
    index('slas_by_state').on(t.state, t.targetAt),
  ],
);

/** SLA policies (`engine/ports/sla-policies.ts`), mirroring `db/sqlite/sla-schema.ts`. */
export const slaPolicies = pgTable('sla_policies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Its name per language (`engine/ports/sla-policies.ts`). */
  names: jsonb('names').$type<Record<string, string>>().notNull().default({}),
  touchpoint: text('touchpoint'),
  kind: text('kind').$type<SlaPolicyKind>().notNull(),
  target: text('target').notNull(),
  calendar: text('calendar'),
  updatedAt: epochMs('updated_at'),
  updatedBy: text('updated_by'),
});
