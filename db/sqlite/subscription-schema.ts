import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Who waits for which message or signal (`engine/ports/subscriptions.ts`). */
export const eventSubscriptions = sqliteTable(
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
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('event_subscriptions_by_name').on(t.kind, t.name),
    index('event_subscriptions_by_instance').on(t.instanceId),
  ],
);
