import { and, eq, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { TaskCursor, TaskQuery } from '../../engine/ports/store.ts';
import { tasks } from './schema.ts';

/**
 * Keyset pagination of `listTasks`: "the tasks after this one" as a `WHERE` term that matches
 * `taskOrder` term for term. An offset shifts when a task before it is completed; a keyset does
 * not, so a task list paged while staff work through it neither repeats nor skips a task.
 */

interface KeyTerm {
  column: SQLiteColumn;
  value: number | string | null;
  direction: 'asc' | 'desc';
  /** Sorted `NULLS LAST` (`due_at`, `promise_due_at`). */
  nullable?: boolean;
}

/** The sort key of `orderBy` for the cursor task, in `taskOrder`'s order. */
function keyTerms(orderBy: TaskQuery['orderBy'] = 'created', after: TaskCursor): KeyTerm[] {
  const byAge: KeyTerm[] = [
    { column: tasks.createdAt, value: after.createdAt, direction: 'asc' },
    { column: tasks.id, value: after.id, direction: 'asc' },
  ];
  const byPriority: KeyTerm = { column: tasks.priority, value: after.priority, direction: 'desc' };
  const byDue: KeyTerm[] = [
    { column: tasks.dueAt, value: after.dueAt, direction: 'asc', nullable: true },
    byPriority,
    ...byAge,
  ];
  switch (orderBy) {
    case 'promise':
      return [
        { column: tasks.promiseDueAt, value: after.promiseDueAt, direction: 'asc', nullable: true },
        ...byDue,
      ];
    case 'due':
      return byDue;
    case 'priority':
      return [byPriority, ...byAge];
    case 'created':
      return byAge;
  }
}

function equal(term: KeyTerm): SQL {
  return term.value === null ? isNull(term.column) : eq(term.column, term.value);
}

/** Strictly after the cursor on this term alone. */
function beyond(term: KeyTerm): SQL {
  if (term.nullable) {
    // NULLS LAST: after a null comes nothing but other nulls, which tie.
    return term.value === null ? sql`0` : or(gt(term.column, term.value), isNull(term.column))!;
  }
  if (term.value === null) return sql`0`;
  return term.direction === 'asc' ? gt(term.column, term.value) : lt(term.column, term.value);
}

/** `(k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...`: lexicographically after the cursor. */
export function taskKeysetAfter(orderBy: TaskQuery['orderBy'], after: TaskCursor): SQL {
  const terms = keyTerms(orderBy, after);
  return or(...terms.map((term, i) => and(...terms.slice(0, i).map(equal), beyond(term))))!;
}
