/** The SLA of one activity: the promise, and whether it is being kept. */
export type SlaState = 'on-time' | 'at-risk' | 'breached' | 'met' | 'cancelled';

export interface SlaRecord {
  id: string;
  instanceId: string;
  processId: string;
  businessKey?: string | null;
  elementId: string;
  tokenId: string;
  /** The user task the SLA guards, if it guards one. */
  taskId?: string | null;
  /** The lane that held the work. */
  lane?: string | null;
  state: SlaState;
  startedAt: number;
  /** When the promise breaks; moves with pauses and re-targeting. */
  targetAt: number;
  /** When the SLA turns at risk (by default 80% of the target elapsed). */
  atRiskAt: number;
  /** Set while the instance waits on the customer. */
  pausedAt?: number | null;
  /** Total time spent paused so far. */
  pausedMs: number;
  atRiskSince?: number | null;
  breachedAt?: number | null;
  /** When the activity ended: met, or completed late, or cancelled. */
  closedAt?: number | null;
  /** Business calendar the target was counted on, if any. */
  calendar?: string | null;
  /** The SLA policy its target came from (`${slaPolicy(...)}`), if any. */
  policy?: string | null;
}

export interface SlaQuery {
  instanceId?: string;
  processId?: string;
  businessKey?: string;
  lane?: string;
  taskIds?: string[];
  states?: SlaState[];
  /** SLAs that started at or after / before this time (a dashboard's window). */
  startedAfter?: number;
  startedBefore?: number;
  limit?: number;
}

/** A dashboard's window: SLAs that started in it, optionally of one process. */
export interface SlaStatisticsQuery {
  /** Inclusive lower bound on `startedAt`. */
  startedAfter: number;
  /** Strict upper bound on `startedAt`; none: up to now. */
  startedBefore?: number;
  processId?: string;
  /** Also count per bucket of this many ms, from `startedAfter` on: a trend (`byBucket`). */
  bucketMs?: number;
}

/** How the SLAs of one group (a process, an element, a lane) fared. */
export interface SlaCounts {
  met: number;
  /** Broken promises, whether the work is still running or ended. */
  breached: number;
  /** Still running within the promise. */
  onTime: number;
  atRisk: number;
  cancelled: number;
  /**
   * Mean time on the SLA clock (`closedAt - startedAt - pausedMs`) of the met and breached SLAs
   * that closed; null when none closed.
   */
  averageCloseMs: number | null;
  /** The 90th percentile (nearest rank) of the same times; null when none closed. */
  p90CloseMs: number | null;
}

/** Running SLAs of one lane, whenever they started: the work a supervisor must look at now. */
export interface OpenSlaRow {
  lane: string | null;
  onTime: number;
  atRisk: number;
  breached: number;
  /** Of those, how many stand still while the instance waits on the customer. */
  paused: number;
}

/** SLA compliance over a window, grouped four ways, and the running SLAs per lane. */
export interface SlaStatistics {
  /** Ordered by process id. */
  byProcess: (SlaCounts & { processId: string })[];
  /** Per touchpoint: ordered by process id, then element id; `lane` is the element's lane. */
  byElement: (SlaCounts & { processId: string; elementId: string; lane: string | null })[];
  /** Ordered by lane, SLAs outside any lane (null) first. */
  byLane: (SlaCounts & { lane: string | null })[];
  /** Per SLA policy the targets came from, ordered by policy id, SLAs of no policy (null) first. */
  byPolicy: (SlaCounts & { policy: string | null })[];
  /** Not limited to the window (only to the process); ordered like `byLane`. */
  openByLane: OpenSlaRow[];
  /**
   * With `bucketMs`: per lane of each bucket the window holds SLAs in (`bucket` 0 starts at
   * `startedAfter`), ordered by bucket, then lane as `byLane`; absent without it.
   */
  byBucket?: (SlaCounts & { bucket: number; lane: string | null })[];
}

export interface SlaStore {
  listSlas(query: SlaQuery): Promise<SlaRecord[]>;
  /** Aggregated in the store (SQL `GROUP BY`), never by loading every record. */
  slaStatistics(query: SlaStatisticsQuery): Promise<SlaStatistics>;
}
