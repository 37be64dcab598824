import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SlaState } from '../../engine/ports/sla.ts';

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
  },
  (t) => [
    index('slas_by_instance').on(t.instanceId),
    index('slas_by_task').on(t.taskId),
    index('slas_by_process_started').on(t.processId, t.startedAt),
    index('slas_by_state').on(t.state, t.targetAt),
  ],
);
