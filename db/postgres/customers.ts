import { and, count, desc, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { CustomerQuery, CustomerSummary } from '../../engine/ports/store.ts';
import { processInstances, tasks } from './schema.ts';
import { taskWhere } from './store-queries.ts';

/**
 * `listCustomers` on PostgreSQL: instances grouped by business key. `starts_with`, not a range,
 * because the database's collation need not order by code point; `visibleTo` keeps the
 * instances that hold a task the caller sees.
 */
export async function listCustomers(
  db: NodePgDatabase,
  q: CustomerQuery,
): Promise<CustomerSummary[]> {
  const i = processInstances;
  const lastRequestAt = max(i.startedAt);
  const rows = await db
    .select({
      businessKey: i.businessKey,
      requests: count(),
      open: sql<number>`(count(*) FILTER (WHERE ${i.status} = 'active'))::int`,
      lastRequestAt,
    })
    .from(i)
    .where(
      and(
        isNotNull(i.businessKey),
        q.prefix ? sql`starts_with(${i.businessKey}, ${q.prefix})` : undefined,
        q.visibleTo
          ? inArray(
              i.id,
              db
                .select({ id: tasks.instanceId })
                .from(tasks)
                .where(taskWhere({ visibleTo: q.visibleTo })),
            )
          : undefined,
      ),
    )
    .groupBy(i.businessKey)
    .orderBy(desc(lastRequestAt), sql`${i.businessKey} COLLATE "C"`)
    .limit(q.limit);
  return rows.map((row) => ({
    businessKey: row.businessKey!,
    requests: row.requests,
    open: row.open,
    lastRequestAt: Number(row.lastRequestAt),
  }));
}
