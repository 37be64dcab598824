import { likeRegExp } from '../../engine/index.ts';
import { page } from './dto.ts';

/**
 * Camunda's query semantics over a small list held in memory (users and groups: an identity
 * store holds a company's staff, not its customers' requests; variable instances, read from the
 * running instances' state): equality, `…In` and `…Like` filters, sort keys, paging.
 */

/** True when the filter is absent or the value matches it. */
export const equalTo = (value: string | null | undefined, wanted: string | undefined) =>
  wanted === undefined || value === wanted;
export const oneOfList = (value: string | null | undefined, wanted: string[] | undefined) =>
  wanted === undefined || (value != null && wanted.includes(value));
export const likePattern = (value: string | null | undefined, pattern: string | undefined) =>
  pattern === undefined || (value != null && likeRegExp(pattern).test(value));

/** `true` wants the condition, `false` its opposite, absent either. */
export const flagHolds = (wanted: boolean | undefined, holds: boolean) =>
  wanted === undefined || wanted === holds;
/** Strict bounds on a time; a missing time passes no bound. */
export const withinBounds = (time: number | null | undefined, after?: number, before?: number) =>
  (after === undefined || (time != null && time > after)) &&
  (before === undefined || (time != null && time < before));

/** A sort key read off an item. */
export type SortValue<T> = (item: T) => string | number | null | undefined;

/** Compares by each key in turn (nulls last going up), as Camunda's multi-key `sorting`. */
function byKeys<T>(keys: { by: SortValue<T>; descending: boolean }[]) {
  return (a: T, b: T) => {
    for (const { by, descending } of keys) {
      const sign = descending ? -1 : 1;
      const x = by(a) ?? null;
      const y = by(b) ?? null;
      if (x === y) continue;
      if (x === null) return sign;
      if (y === null) return -sign;
      return x < y ? -sign : sign;
    }
    return 0;
  };
}

/** Sorts by the keys (see `sortKeys`; none keeps the order), then pages. */
export function sortedByKeys<T>(
  items: T[],
  keys: { by: SortValue<T>; descending: boolean }[] | undefined,
  paging: { firstResult?: number; maxResults?: number },
): T[] {
  if (keys?.length) items.sort(byKeys(keys));
  return page(items, paging);
}

/** Sorts by one field (nulls last going up), then pages. */
export function sortedPage<T>(
  items: T[],
  sort: { key?: (item: T) => string | null | undefined; descending: boolean },
  paging: { firstResult?: number; maxResults?: number },
): T[] {
  const { key } = sort;
  return sortedByKeys(items, key ? [{ by: key, descending: sort.descending }] : undefined, paging);
}
