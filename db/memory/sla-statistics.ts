import type {
  OpenSlaRow,
  SlaCounts,
  SlaRecord,
  SlaStatistics,
  SlaStatisticsQuery,
} from '../../engine/ports/sla.ts';
import { ascending, nullsFirst } from './order.ts';

/** Counts and close times of one group while it is being summed. */
class Group {
  readonly counts = { met: 0, breached: 0, onTime: 0, atRisk: 0, cancelled: 0 };
  readonly closeTimes: number[] = [];
  lane: string | null = null;

  add(sla: SlaRecord): void {
    const key = (
      {
        met: 'met',
        breached: 'breached',
        'on-time': 'onTime',
        'at-risk': 'atRisk',
        cancelled: 'cancelled',
      } as const
    )[sla.state];
    this.counts[key] += 1;
    // The element's lane, as SQL's max(lane) picks it when versions moved the element.
    if (sla.lane != null && (this.lane === null || sla.lane > this.lane)) this.lane = sla.lane;
    if (sla.closedAt != null && (sla.state === 'met' || sla.state === 'breached'))
      this.closeTimes.push(sla.closedAt - sla.startedAt - sla.pausedMs);
  }

  result(): SlaCounts {
    const times = this.closeTimes.sort((a, b) => a - b);
    const n = times.length;
    return {
      ...this.counts,
      averageCloseMs: n === 0 ? null : times.reduce((sum, t) => sum + t, 0) / n,
      // Nearest rank, ceil(0.9 n), as the SQL stores compute it.
      p90CloseMs: n === 0 ? null : times[Math.ceil(0.9 * n) - 1]!,
    };
  }
}

function groupBy<K>(slas: SlaRecord[], key: (sla: SlaRecord) => K): [K, Group][] {
  const groups = new Map<string, [K, Group]>();
  for (const sla of slas) {
    const k = key(sla);
    const id = JSON.stringify(k);
    let entry = groups.get(id);
    if (!entry) groups.set(id, (entry = [k, new Group()]));
    entry[1].add(sla);
  }
  return [...groups.values()];
}

/**
 * `slaStatistics` of the memory store, computed from the records it holds: `windowed` are the
 * SLAs of the process that started in the window, `running` those not yet closed. The orders
 * are those of the SQLite store.
 */
export function slaStatistics(
  windowed: SlaRecord[],
  running: Iterable<SlaRecord>,
  query: SlaStatisticsQuery,
): SlaStatistics {
  const byProcess = groupBy(windowed, (s) => s.processId)
    .map(([processId, g]) => ({ processId, ...g.result() }))
    .sort((a, b) => ascending(a.processId, b.processId));
  const byElement = groupBy(windowed, (s) => [s.processId, s.elementId] as const)
    .map(([[processId, elementId], g]) => ({ processId, elementId, lane: g.lane, ...g.result() }))
    .sort((a, b) => ascending(a.processId, b.processId) || ascending(a.elementId, b.elementId));
  const byLane = groupBy(windowed, (s) => s.lane ?? null)
    .map(([lane, g]) => ({ lane, ...g.result() }))
    .sort((a, b) => nullsFirst(a.lane, b.lane));
  const byPolicy = groupBy(windowed, (s) => s.policy ?? null)
    .map(([policy, g]) => ({ policy, ...g.result() }))
    .sort((a, b) => nullsFirst(a.policy, b.policy));

  const open = new Map<string | null, OpenSlaRow>();
  for (const sla of running) {
    if (
      sla.closedAt != null ||
      (query.processId !== undefined && sla.processId !== query.processId)
    )
      continue;
    if (sla.state !== 'on-time' && sla.state !== 'at-risk' && sla.state !== 'breached') continue;
    const lane = sla.lane ?? null;
    let row = open.get(lane);
    if (!row) open.set(lane, (row = { lane, onTime: 0, atRisk: 0, breached: 0, paused: 0 }));
    if (sla.state === 'on-time') row.onTime += 1;
    else if (sla.state === 'at-risk') row.atRisk += 1;
    else row.breached += 1;
    if (sla.pausedAt != null) row.paused += 1;
  }
  const openByLane = [...open.values()].sort((a, b) => nullsFirst(a.lane, b.lane));
  if (query.bucketMs === undefined) return { byProcess, byElement, byLane, byPolicy, openByLane };
  const bucketMs = Math.max(1, Math.round(query.bucketMs));
  const byBucket = groupBy(
    windowed,
    (s) => [Math.floor((s.startedAt - query.startedAfter) / bucketMs), s.lane ?? null] as const,
  )
    .map(([[bucket, lane], g]) => ({ bucket, lane, ...g.result() }))
    .sort((a, b) => a.bucket - b.bucket || nullsFirst(a.lane, b.lane));
  return { byProcess, byElement, byLane, byPolicy, openByLane, byBucket };
}
