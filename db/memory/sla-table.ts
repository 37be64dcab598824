import type {
  SlaQuery,
  SlaRecord,
  SlaState,
  SlaStatistics,
  SlaStatisticsQuery,
} from '../../engine/ports/sla.ts';
import { ascending, page } from './order.ts';
import { addTo, copyOut, jsonCopy, removeFrom } from './records.ts';
import { slaStatistics } from './sla-statistics.ts';

const optional = [
  'businessKey',
  'taskId',
  'lane',
  'pausedAt',
  'atRiskSince',
  'breachedAt',
  'closedAt',
  'calendar',
  'policy',
] as const;

/**
 * SLA records, upserted by id and indexed by instance (an instance's SLAs are read on every
 * change) and by state (task lists filter on at-risk and breached work, dashboards count it).
 */
export class SlaTable {
  private readonly byId = new Map<string, SlaRecord>();
  private readonly byInstance = new Map<string, Set<string>>();
  private readonly byState = new Map<string, Set<string>>();

  upsert(record: SlaRecord): void {
    const sla = jsonCopy(record);
    for (const key of optional) sla[key] ??= null;
    const before = this.byId.get(sla.id);
    if (before) removeFrom(this.byState, before.state, before.id);
    // An SLA belongs to one instance for its whole life, so the index entry never moves.
    this.byId.set(sla.id, sla);
    addTo(this.byInstance, sla.instanceId, sla.id);
    addTo(this.byState, sla.state, sla.id);
  }

  /** Removes every SLA of these instances (the history clean-up). */
  removeInstances(instanceIds: ReadonlySet<string>): void {
    for (const instanceId of instanceIds) {
      for (const id of this.byInstance.get(instanceId) ?? []) {
        removeFrom(this.byState, this.byId.get(id)!.state, id);
        this.byId.delete(id);
      }
      this.byInstance.delete(instanceId);
    }
  }

  /** The filters of the SQL store, oldest first; empty `taskIds` or `states` match nothing. */
  list(q: SlaQuery): SlaRecord[] {
    if (q.taskIds?.length === 0 || q.states?.length === 0) return [];
    const source = q.instanceId
      ? [...(this.byInstance.get(q.instanceId) ?? [])].map((id) => this.byId.get(id)!)
      : this.byId.values();
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
    return page(matching, (a, b) => a.startedAt - b.startedAt || ascending(a.id, b.id), {
      limit,
    }).map(copyOut);
  }

  /** Ids of the tasks guarded by an SLA in one of the states (the task list's `slaStates`). */
  taskIdsInStates(states: readonly SlaState[]): Set<string> {
    const ids = new Set<string>();
    for (const state of states) {
      for (const id of this.byState.get(state) ?? []) {
        const taskId = this.byId.get(id)!.taskId;
        if (taskId != null) ids.add(taskId);
      }
    }
    return ids;
  }

  statistics(q: SlaStatisticsQuery): SlaStatistics {
    const windowed = [...this.byId.values()].filter(
      (s) =>
        s.startedAt >= q.startedAfter &&
        (q.startedBefore === undefined || s.startedAt < q.startedBefore) &&
        (q.processId === undefined || s.processId === q.processId),
    );
    const running = (['on-time', 'at-risk', 'breached'] as const).flatMap((state) =>
      [...(this.byState.get(state) ?? [])].map((id) => this.byId.get(id)!),
    );
    return slaStatistics(windowed, running, q);
  }
}
