/**
 * Ordering helpers of the memory store. The SQL stores answer `ORDER BY ... LIMIT` from an index;
 * here a query either walks a list kept sorted on write (jobs by due time) or picks the first
 * `limit` rows of a filtered set without sorting all of them.
 */

export type Compare<T> = (a: T, b: T) => number;

/** SQL's ascending order for non-null numbers and strings (binary collation). */
export function ascending(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `ORDER BY x ASC NULLS LAST`. */
export function nullsLast(a: number | null | undefined, b: number | null | undefined): number {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return a - b;
}

/** SQLite's `ORDER BY x ASC` for a nullable text column: NULL sorts first. */
export function nullsFirst(a: string | null, b: string | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return ascending(a, b);
}

/** Index of the first element of sorted `list` that is not before `item`. */
export function lowerBound<T>(list: readonly T[], item: T, compare: Compare<T>): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The first `count` items in `compare` order. Keeps a sorted window of at most `count` items, so
 * the 50 most urgent of 100,000 open tasks cost one comparison for most tasks, not a full sort.
 */
export function firstInOrder<T>(items: Iterable<T>, compare: Compare<T>, count: number): T[] {
  if (count <= 0) return [];
  if (!Number.isFinite(count)) return [...items].sort(compare);
  const window: T[] = [];
  for (const item of items) {
    if (window.length === count && compare(item, window[count - 1]!) >= 0) continue;
    window.splice(lowerBound(window, item, compare), 0, item);
    if (window.length > count) window.pop();
  }
  return window;
}

/** `OFFSET offset LIMIT limit` over `items` in `compare` order. */
export function page<T>(
  items: Iterable<T>,
  compare: Compare<T>,
  query: { limit?: number; offset?: number },
): T[] {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  return firstInOrder(items, compare, offset + limit).slice(offset);
}

/** An array kept sorted by a total order (ties broken by id), for range walks from the front. */
export class SortedList<T> {
  readonly items: T[] = [];

  constructor(private readonly compare: Compare<T>) {}

  insert(item: T): void {
    this.items.splice(lowerBound(this.items, item, this.compare), 0, item);
  }

  /** Removes the element equal to `item` in the order (same sort key and id), if present. */
  remove(item: T): void {
    const at = lowerBound(this.items, item, this.compare);
    if (at < this.items.length && this.compare(this.items[at]!, item) === 0)
      this.items.splice(at, 1);
  }

  /** Replaces an element by one with the same sort key (e.g. a job that got locked). */
  replace(item: T): void {
    const at = lowerBound(this.items, item, this.compare);
    if (at < this.items.length && this.compare(this.items[at]!, item) === 0) this.items[at] = item;
  }
}

/**
 * The order of sort keys, first one first, each ascending unless `descending`, then `id`; a
 * null sorts as the largest value (as the SQL stores sort).
 */
export function bySortKeys<T extends { id: string }, K extends string>(
  keys: readonly { by: K; descending?: boolean }[],
  keyValue: Record<K, (item: T) => string | number | null | undefined>,
): Compare<T> {
  return (a, b) => {
    for (const { by, descending } of keys) {
      const x = keyValue[by](a) ?? null;
      const y = keyValue[by](b) ?? null;
      const order = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
      if (order !== 0) return descending ? -order : order;
    }
    return ascending(a.id, b.id);
  };
}
