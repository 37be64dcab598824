import type {
  IncidentQuery,
  IncidentRecord,
  IncidentSortKey,
  InstanceRecord,
} from '../../engine/ports/store.ts';
import { likeRegExp } from '../../engine/ports/like-pattern.ts';
import { bySortKeys, type Compare } from './order.ts';

/** `IncidentQuery` over records, term for term as `db/incident-match.ts`. */

type InstanceOf = (id: string) => InstanceRecord | undefined;
const configurationOf = (i: IncidentRecord) => i.externalTaskId ?? i.jobId ?? null;

/** True when the incident passes every filter of the query. */
export function matchesIncident(i: IncidentRecord, q: IncidentQuery, instanceOf: InstanceOf) {
  const m = q.match ?? {};
  const instance = () => instanceOf(i.instanceId);
  return (
    (q.instanceId === undefined || i.instanceId === q.instanceId) &&
    (q.open === undefined || (i.resolvedAt == null) === q.open) &&
    (m.ids === undefined || m.ids.includes(i.id)) &&
    (m.types === undefined || m.types.includes(i.type)) &&
    (m.message === undefined || i.message === m.message) &&
    (m.messageLike === undefined || likeRegExp(m.messageLike).test(i.message)) &&
    (m.elementIds === undefined || m.elementIds.includes(i.elementId)) &&
    (m.createdBefore === undefined || i.createdAt < m.createdBefore) &&
    (m.createdAfter === undefined || i.createdAt > m.createdAfter) &&
    (m.configuration === undefined || configurationOf(i) === m.configuration) &&
    (m.definitionIds === undefined || m.definitionIds.includes(instance()?.definitionId ?? '')) &&
    (m.processIds === undefined || m.processIds.includes(instance()?.processId ?? ''))
  );
}

/** The order of `IncidentQuery.sort` (default: creation), then `id`; a null sorts as the largest value. */
export function incidentSortOrder(
  sort: IncidentQuery['sort'],
  instanceOf: InstanceOf,
): Compare<IncidentRecord> {
  const value: Record<IncidentSortKey, (i: IncidentRecord) => string | number | null | undefined> =
    {
      id: (i) => i.id,
      message: (i) => i.message,
      created: (i) => i.createdAt,
      type: (i) => i.type,
      instanceId: (i) => i.instanceId,
      elementId: (i) => i.elementId,
      configuration: configurationOf,
      definitionId: (i) => instanceOf(i.instanceId)?.definitionId,
    };
  return bySortKeys(sort ?? [{ by: 'created' }], value);
}
