import type {
  ElementStatistics,
  TimeWindow,
  HistoryEntry,
  InstanceRecord,
  StoredHistoryEntry,
  TimelineEntry,
} from '../../engine/ports/store.ts';
import { ascending } from './order.ts';
import { copyOut, storeHistory } from './records.ts';

const passKinds = new Set(['activity.started', 'activity.completed', 'activity.cancelled']);

/**
 * The append-only history, one list per instance in `seq` order. `seq` is global and
 * increasing, as the SQL stores' autoincrement key, so a commit's lines follow the previous one's.
 */
export class HistoryTable {
  private readonly byInstance = new Map<string, StoredHistoryEntry[]>();
  private seq = 0;

  append(entry: HistoryEntry): void {
    const stored = storeHistory({ ...entry, seq: ++this.seq });
    let lines = this.byInstance.get(stored.instanceId);
    if (!lines) this.byInstance.set(stored.instanceId, (lines = []));
    lines.push(stored);
  }

  /** Removes the lines of these instances (the history clean-up); returns how many went. */
  removeInstances(instanceIds: ReadonlySet<string>): number {
    let removed = 0;
    for (const instanceId of instanceIds) {
      removed += this.byInstance.get(instanceId)?.length ?? 0;
      this.byInstance.delete(instanceId);
    }
    return removed;
  }

  of(instanceId: string): StoredHistoryEntry[] {
    return (this.byInstance.get(instanceId) ?? []).map(copyOut);
  }

  /** The customer timeline: lines of these instances before `beforeSeq`, newest first. */
  timeline(
    instances: InstanceRecord[],
    options: { limit: number; beforeSeq?: number },
  ): TimelineEntry[] {
    const before = options.beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const lines: TimelineEntry[] = [];
    for (const instance of instances) {
      for (const line of this.byInstance.get(instance.id) ?? []) {
        if (line.seq < before)
          lines.push({
            ...line,
            processId: instance.processId,
            businessKey: instance.businessKey!,
          });
      }
    }
    return lines
      .sort((a, b) => b.seq - a.seq)
      .slice(0, Math.max(0, options.limit))
      .map(copyOut);
  }

  /**
   * Passes per element over these instances, as the SQL report counts them: a completion is
   * paired with the latest earlier start of the same token on the same element (loops pair
   * each completion with its own start); a completion without one has no duration. Every line
   * counts towards `active`, the window's lines towards the rest.
   */
  elementStatistics(
    instanceIds: string[],
    { from, to }: TimeWindow,
  ): Omit<ElementStatistics, 'breached'>[] {
    const rows = new Map<string, Omit<ElementStatistics, 'breached'> & { durations: number[] }>();
    for (const id of instanceIds) {
      const lines = this.byInstance.get(id) ?? [];
      lines.forEach((line, index) => {
        if (line.elementId == null || !passKinds.has(line.kind)) return;
        let row = rows.get(line.elementId);
        if (!row) {
          row = {
            elementId: line.elementId,
            elementType: null,
            started: 0,
            completed: 0,
            cancelled: 0,
            averageDurationMs: null,
            active: 0,
            durations: [],
          };
          rows.set(line.elementId, row);
        }
        // max(element_type): the greatest non-null type seen.
        if (
          line.elementType != null &&
          (row.elementType === null || line.elementType > row.elementType)
        )
          row.elementType = line.elementType;
        row.active += line.kind === 'activity.started' ? 1 : -1;
        if (line.at < from || line.at >= to) return;
        if (line.kind === 'activity.started') row.started += 1;
        if (line.kind === 'activity.cancelled') row.cancelled += 1;
        if (line.kind !== 'activity.completed') return;
        row.completed += 1;
        const start = lines
          .slice(0, index)
          .findLast(
            (s) =>
              s.kind === 'activity.started' &&
              s.elementId === line.elementId &&
              s.tokenId != null &&
              s.tokenId === line.tokenId,
          );
        if (start) row.durations.push(line.at - start.at);
      });
    }
    return [...rows.values()]
      .sort((a, b) => ascending(a.elementId, b.elementId))
      .map(({ durations, ...row }) => ({
        ...row,
        averageDurationMs:
          durations.length === 0
            ? null
            : durations.reduce((sum, d) => sum + d, 0) / durations.length,
      }));
  }
}
