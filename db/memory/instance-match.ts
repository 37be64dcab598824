import type {
  InstanceMatch,
  InstanceQuery,
  InstanceRecord,
  InstanceSortKey,
  VariableCondition,
} from '../../engine/ports/store.ts';
import { bySortKeys, type Compare } from './order.ts';
import { likeRegExp } from '../../engine/ports/like-pattern.ts';

/** `InstanceQuery.match` and `.sort` over records, term for term as `db/instance-match.ts`. */

interface Snapshot {
  context: { rootScopeId: string; scopes: Record<string, { variables: Record<string, unknown> }> };
}

/** The process-scope variables of an instance's snapshot. */
function processVariables(i: InstanceRecord): Record<string, unknown> {
  const { context } = i.snapshot as Snapshot;
  return context.scopes[context.rootScopeId]?.variables ?? {};
}

const jsonType = (value: unknown) =>
  value === null
    ? 'null'
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? typeof value
      : 'other';

function holds(variables: Record<string, unknown>, c: VariableCondition): boolean {
  if (!Object.hasOwn(variables, c.name)) return false;
  const actual = variables[c.name];
  const sameType = jsonType(actual) === jsonType(c.value);
  const ordered = sameType && (typeof c.value === 'number' || typeof c.value === 'string');
  const a = actual as string | number;
  const v = c.value as string | number;
  switch (c.operator) {
    case 'eq':
      return sameType && actual === c.value;
    case 'neq':
      return !(sameType && actual === c.value);
    case 'gt':
      return ordered && a > v;
    case 'gteq':
      return ordered && a >= v;
    case 'lt':
      return ordered && a < v;
    case 'lteq':
      return ordered && a <= v;
    case 'like':
    case 'notLike':
      if (typeof actual !== 'string' || typeof c.value !== 'string') return false;
      return likeRegExp(c.value).test(actual) === (c.operator === 'like');
  }
}

/** True when the instance passes every filter of the match. */
export function matchesInstance(i: InstanceRecord, m: InstanceMatch): boolean {
  return (
    (m.ids === undefined || m.ids.includes(i.id)) &&
    (m.processIds === undefined || m.processIds.includes(i.processId)) &&
    (m.notProcessIds === undefined || !m.notProcessIds.includes(i.processId)) &&
    (m.definitionIds === undefined || m.definitionIds.includes(i.definitionId)) &&
    (m.businessKeyLike === undefined ||
      (i.businessKey != null && likeRegExp(m.businessKeyLike).test(i.businessKey))) &&
    (m.statuses === undefined || m.statuses.includes(i.status)) &&
    (m.endedBefore === undefined || (i.endedAt != null && i.endedAt < m.endedBefore)) &&
    (m.endedAfter === undefined || (i.endedAt != null && i.endedAt > m.endedAfter)) &&
    (m.suspended === undefined || i.suspended === m.suspended) &&
    (m.variables === undefined || m.variables.every((c) => holds(processVariables(i), c)))
  );
}

const sortValue: Record<
  InstanceSortKey,
  (i: InstanceRecord) => string | number | null | undefined
> = {
  id: (i) => i.id,
  definitionId: (i) => i.definitionId,
  processId: (i) => i.processId,
  businessKey: (i) => i.businessKey,
  started: (i) => i.startedAt,
  ended: (i) => i.endedAt,
};

/** The order of `InstanceQuery.sort` (default: start), then `id`; a null sorts as the largest value. */
export const instanceSortOrder = (sort: InstanceQuery['sort']): Compare<InstanceRecord> =>
  bySortKeys(sort ?? [{ by: 'started' }], sortValue);
