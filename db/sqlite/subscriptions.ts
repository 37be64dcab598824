import type BetterSqlite3 from 'better-sqlite3';
import type { UnitOfWork } from '../../engine/ports/store.ts';
import type {
  EventSubscriptionRecord,
  SubscriptionQuery,
  SubscriptionStore,
} from '../../engine/ports/subscriptions.ts';

const columns = `id, kind, name, instance_id AS instanceId, token_id AS tokenId, element_id AS elementId,
  definition_id AS definitionId, process_id AS processId, business_key AS businessKey, created_at AS createdAt`;

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

/** Subscription writes of a unit of work, prepared once; they run inside the commit transaction. */
export function prepareSubscriptionWrites(database: BetterSqlite3.Database) {
  const insert = database.prepare(
    `INSERT INTO event_subscriptions (id, kind, name, instance_id, token_id, element_id, definition_id, process_id, business_key, created_at)
     VALUES (@id, @kind, @name, @instanceId, @tokenId, @elementId, @definitionId, @processId, @businessKey, @createdAt)`,
  );
  const remove = database.prepare<[string]>('DELETE FROM event_subscriptions WHERE id = ?');
  return (work: UnitOfWork): void => {
    for (const id of work.subscriptionIdsToDelete ?? []) remove.run(id);
    for (const s of work.subscriptionsToInsert ?? []) {
      insert.run({
        ...s,
        instanceId: s.instanceId ?? null,
        tokenId: s.tokenId ?? null,
        businessKey: s.businessKey ?? null,
      });
    }
  };
}

/** The query half: subscriptions by kind, name, instance and business key. */
export function createSqliteSubscriptions(database: BetterSqlite3.Database): SubscriptionStore {
  // Query shapes repeat (the filters a screen uses): prepare each once.
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return statement;
  };
  /** `WHERE` of a query, with its parameters. */
  const whereOf = (query: SubscriptionQuery) => {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const add = (column: string, name: string, value: unknown) => {
      where.push(`${column} = @${name}`);
      params[name] = value;
    };
    if (query.kind) add('kind', 'kind', query.kind);
    if (query.name !== undefined) add('name', 'name', query.name);
    if (query.instanceId) add('instance_id', 'instanceId', query.instanceId);
    if (query.businessKey !== undefined) add('business_key', 'businessKey', query.businessKey);
    if (query.id !== undefined) add('id', 'id', query.id);
    if (query.elementId !== undefined) add('element_id', 'elementId', query.elementId);
    if (query.startEventsOnly) where.push('instance_id IS NULL');
    if (query.instancesOnly) where.push('instance_id IS NOT NULL');
    if (query.activeOnly) where.push(REACHABLE);
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  };
  return {
    async findSubscriptions(query: SubscriptionQuery): Promise<EventSubscriptionRecord[]> {
      const { where, params } = whereOf(query);
      const order = query.newestFirst ? 'created_at DESC, id' : 'created_at, id';
      const paged = query.limit !== undefined || query.offset !== undefined;
      const sql = `SELECT ${columns} FROM event_subscriptions ${where} ORDER BY ${order}${paged ? ' LIMIT @limit OFFSET @offset' : ''}`;
      if (paged) Object.assign(params, { limit: query.limit ?? -1, offset: query.offset ?? 0 });
      return prepared(sql).all(params) as EventSubscriptionRecord[];
    },
    async countSubscriptions(query: SubscriptionQuery): Promise<number> {
      const { where, params } = whereOf(query);
      const row = prepared(`SELECT count(*) AS count FROM event_subscriptions ${where}`).get(
        params,
      ) as { count: number };
      return row.count;
    },
  };
}
