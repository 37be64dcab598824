/**
 * A SQL `LIKE` pattern (`%` any run, `_` one character), the pattern language of the store's
 * `…Like` filters, as a case-sensitive regular expression: for matching outside SQL.
 */
export function likeRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${body}$`, 's');
}
