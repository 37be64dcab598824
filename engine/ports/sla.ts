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

export interface SlaStore {
  listSlas(query: SlaQuery): Promise<SlaRecord[]>;
}
