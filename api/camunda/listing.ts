import { likeRegExp } from '../../engine/index.ts';
import { page } from './dto.ts';

/**
 * Camunda's query semantics over a small list held in memory (users and groups: an identity
 * store holds a company's staff, not its customers' requests): equality, `…In` and `…Like`
 * filters, one sort key, paging.
 */

/** True when the filter is absent or the value matches it. */
export const equalTo = (value: string | null | undefined, wanted: string | undefined) =>
  wanted === undefined || value === wanted;
export const oneOfList = (value: string | null | undefined, wanted: string[] | undefined) =>
  wanted === undefined || (value != null && wanted.includes(value));
export const likePattern = (value: string | null | undefined, pattern: string | undefined) =>
  pattern === undefined || (value != null && likeRegExp(pattern).test(value));

/** Sorts by one field (nulls last going up), then pages. */
export function sortedPage<T>(
  items: T[],
  sort: { key?: (item: T) => string | null | undefined; descending: boolean },
  paging: { firstResult?: number; maxResults?: number },
): T[] {
  const { key } = sort;
  if (key) {
    const sign = sort.descending ? -1 : 1;
    items.sort((a, b) => {
      const x = key(a) ?? null;
      const y = key(b) ?? null;
      if (x === y) return 0;
      if (x === null) return sign;
      if (y === null) return -sign;
      return x < y ? -sign : sign;
    });
  }
  return page(items, paging);
}
