import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Who waits for which message or signal, mirroring `db/sqlite/subscription-schema.ts`. */
export const eventSubscriptions = pgTable(
  'event_subscriptions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'message' | 'signal'>().notNull(),
    name: text('name').notNull(),
    instanceId: text('instance_id'),
    tokenId: text('token_id'),
    elementId: text('element_id').notNull(),
    definitionId: text('definition_id').notNull(),
    processId: text('process_id').notNull(),
    businessKey: text('business_key'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('event_subscriptions_by_name').on(t.kind, t.name),
    index('event_subscriptions_by_instance').on(t.instanceId),
  ],
);
