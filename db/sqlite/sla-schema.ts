import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SlaState } from '../../engine/ports/sla.ts';
import type { SlaPolicyKind } from '../../engine/ports/sla-policies.ts';

/** SLA records of activities (`engine/ports/sla.ts`), for task lists and dashboards. */
export const slas = sqliteTable(
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
    startedAt: integer('started_at').notNull(),
    targetAt: integer('target_at').notNull(),
    atRiskAt: integer('at_risk_at').notNull(),
    pausedAt: integer('paused_at'),
    pausedMs: integer('paused_ms').notNull(),
    atRiskSince: integer('at_risk_since'),
    breachedAt: integer('breached_at'),
    closedAt: integer('closed_at'),
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

/** SLA policies (`engine/ports/sla-policies.ts`): named promises per touchpoint and kind. */
export const slaPolicies = sqliteTable('sla_policies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** JSON: its name per language (`engine/ports/sla-policies.ts`). */
  names: text('names').notNull().default('{}'),
  touchpoint: text('touchpoint'),
  kind: text('kind').$type<SlaPolicyKind>().notNull(),
  target: text('target').notNull(),
  calendar: text('calendar'),
  updatedAt: integer('updated_at'),
  updatedBy: text('updated_by'),
});
