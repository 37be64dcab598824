import type { SlaQuery, SlaRecord } from '../../engine/ports/sla.ts';
import { ascending, page } from './order.ts';
import { addTo, copyOut } from './records.ts';

const optional = ['businessKey', 'taskId', 'lane', 'pausedAt', 'atRiskSince', 'breachedAt', 'closedAt', 'calendar'] as const;

/** SLA records, upserted by id and indexed by instance (an instance's SLAs are read on every change). */
export class SlaTable {
  private readonly byId = new Map<string, SlaRecord>();
  private readonly byInstance = new Map<string, Set<string>>();

  upsert(record: SlaRecord): void {
    const sla = structuredClone(record);
    for (const key of optional) sla[key] ??= null;
    // An SLA belongs to one instance for its whole life, so the index entry never moves.
    this.byId.set(sla.id, sla);
    addTo(this.byInstance, sla.instanceId, sla.id);
  }

  /** The filters of the SQL store, oldest first; empty `taskIds` or `states` match nothing. */
  list(q: SlaQuery): SlaRecord[] {
    if (q.taskIds?.length === 0 || q.states?.length === 0) return [];
    const source = q.instanceId ? [...(this.byInstance.get(q.instanceId) ?? [])].map((id) => this.byId.get(id)!) : this.byId.values();
    const matching = [...source].filter(
      (s) =>
        (!q.instanceId || s.instanceId === q.instanceId) &&
        (!q.processId || s.processId === q.processId) &&
        (q.businessKey === undefined || s.businessKey === q.businessKey) &&
        (q.lane === undefined || s.lane === q.lane) &&
        (q.startedAfter === undefined || s.startedAt >= q.startedAfter) &&
        (q.startedBefore === undefined || s.startedAt < q.startedBefore) &&
        (q.taskIds === undefined || (s.taskId != null && q.taskIds.includes(s.taskId))) &&
        (q.states === undefined || q.states.includes(s.state)),
    );
    const limit = q.limit ? Math.max(1, Math.floor(q.limit)) : undefined;
    return page(matching, (a, b) => a.startedAt - b.startedAt || ascending(a.id, b.id), { limit }).map(copyOut);
  }
}
