import { and, count, desc, asc, gte, inArray, isNotNull, lt, max, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { CustomerQuery, CustomerSummary } from '../../engine/ports/store.ts';
import { processInstances, tasks } from './schema.ts';
import { taskWhere } from './store-queries.ts';

/** The highest code point: every key that starts with a prefix sorts below prefix + it. */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);

/**
 * `listCustomers` on SQLite: instances grouped by business key. A prefix is a range on the
 * business-key index (BINARY order is code point order); `visibleTo` keeps the instances that
 * hold a task the caller sees.
 */
export function listCustomers(db: BetterSQLite3Database, q: CustomerQuery): CustomerSummary[] {
  const i = processInstances;
  const lastRequestAt = max(i.startedAt);
  const rows = db
    .select({
      businessKey: i.businessKey,
      requests: count(),
      open: sql<number>`coalesce(sum(${i.status} = 'active'), 0)`,
      lastRequestAt,
    })
    .from(i)
    .where(
      and(
        isNotNull(i.businessKey),
        q.prefix ? gte(i.businessKey, q.prefix) : undefined,
        q.prefix ? lt(i.businessKey, q.prefix + LAST_CHARACTER) : undefined,
        q.visibleTo
          ? inArray(
              i.id,
              db
                .select({ id: tasks.instanceId })
                .from(tasks)
                .where(taskWhere(db, { visibleTo: q.visibleTo })),
            )
          : undefined,
      ),
    )
    .groupBy(i.businessKey)
    .orderBy(desc(lastRequestAt), asc(i.businessKey))
    .limit(q.limit)
    .all();
  return rows.map((row) => ({
    ...row,
    businessKey: row.businessKey!,
    lastRequestAt: row.lastRequestAt!,
  }));
}
