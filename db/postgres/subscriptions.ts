import type pg from 'pg';
import type {
  EventSubscriptionRecord,
  SubscriptionQuery,
  SubscriptionStore,
} from '../../engine/ports/subscriptions.ts';
import { eventSubscriptions } from './subscription-schema.ts';
import { selectSql } from './sql.ts';

const select = selectSql(eventSubscriptions);

/**
 * `SubscriptionQuery.activeOnly`: an instance's subscription while the instance is not suspended,
 * a start event's while its definition is not.
 */
const REACHABLE = `CASE WHEN event_subscriptions.instance_id IS NULL
    THEN NOT EXISTS (SELECT 1 FROM process_definitions d
      WHERE d.id = event_subscriptions.definition_id AND d.suspended = 1)
    ELSE NOT EXISTS (SELECT 1 FROM process_instances i
      WHERE i.id = event_subscriptions.instance_id AND i.suspended = 1)
  END`;

/** The query half of event subscriptions; their writes are part of the unit of work (`commit.ts`). */
export function createPostgresSubscriptions(pool: pg.Pool): SubscriptionStore {
  /** `WHERE` of a query, with its parameters. */
  const whereOf = (query: SubscriptionQuery) => {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (column: string, value: unknown) => {
      values.push(value);
      where.push(`${column} = $${values.length}`);
    };
    if (query.kind) add('kind', query.kind);
    if (query.name !== undefined) add('name', query.name);
    if (query.instanceId) add('instance_id', query.instanceId);
    if (query.businessKey !== undefined) add('business_key', query.businessKey);
    if (query.id !== undefined) add('id', query.id);
    if (query.elementId !== undefined) add('element_id', query.elementId);
    if (query.startEventsOnly) where.push('instance_id IS NULL');
    if (query.instancesOnly) where.push('instance_id IS NOT NULL');
    if (query.activeOnly) where.push(REACHABLE);
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', values };
  };
  return {
    async findSubscriptions(query: SubscriptionQuery): Promise<EventSubscriptionRecord[]> {
      const { where, values } = whereOf(query);
      const order = query.newestFirst ? 'created_at DESC, id' : 'created_at, id';
      let page = '';
      if (query.limit !== undefined) page += ` LIMIT $${values.push(query.limit)}`;
      if (query.offset !== undefined) page += ` OFFSET $${values.push(query.offset)}`;
      const { rows } = await pool.query<EventSubscriptionRecord>(
        `${select} ${where} ORDER BY ${order}${page}`,
        values,
      );
      return rows;
    },
    async countSubscriptions(query: SubscriptionQuery): Promise<number> {
      const { where, values } = whereOf(query);
      const { rows } = await pool.query<{ count: string }>(
        `SELECT count(*) AS count FROM event_subscriptions ${where}`,
        values,
      );
      return Number(rows[0]?.count ?? 0);
    },
  };
}
