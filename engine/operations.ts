import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import type { Clock } from './ports/clock.ts';
import type { SlaStatistics } from './ports/sla.ts';
import type {
  CustomerQuery,
  CustomerSummary,
  DeploymentRecord,
  DeploymentSummary,
  ElementStatistics,
  InstanceCountRow,
  OpenIncidentCountRow,
  OpenWorkRow,
  RestingTokenRow,
  Store,
} from './ports/store.ts';

/** Reads for dashboards, and deployment administration. */
export interface EngineOperations {
  listDeployments(): Promise<DeploymentSummary[]>;
  /** A deployment with its resources. */
  getDeployment(id: string): Promise<DeploymentRecord>;
  /** Deletes a definition version; `ConflictError` while an active instance runs on it. */
  deleteDefinition(id: string): Promise<void>;
  /** Open user tasks per process and lane: overdue at the clock's now, and due within `dueSoonMs`. */
  openWork(options?: { dueSoonMs?: number }): Promise<OpenWorkRow[]>;
  /**
   * Per element of one definition version, from history and SLAs (a heat map): passes and mean
   * durations in `[from, to)` (all time without them), passes under way now, promises broken.
   */
  elementStatistics(
    definitionId: string,
    window?: { from?: number; to?: number },
  ): Promise<ElementStatistics[]>;
  /** How many instances of each definition version are in each status. */
  instanceCounts(): Promise<InstanceCountRow[]>;
  /**
   * Changes a version's history time to live (days; null: the engine's default); false when
   * there is no such version.
   */
  setHistoryTimeToLive(definitionId: string, days: number | null): Promise<boolean>;
  /**
   * Removes an ended instance with everything kept of it, as the history clean-up would once its
   * time to live is over; `ConflictError` while it runs.
   */
  deleteInstanceHistory(instanceId: string): Promise<void>;
  /** Customers by business key, latest request first (see `CustomerQuery`). */
  listCustomers(query: CustomerQuery): Promise<CustomerSummary[]>;
  /** Per element of one version, the tokens resting there in its active instances. */
  restingTokens(definitionId: string): Promise<RestingTokenRow[]>;
  /** Open incidents of active instances per version, element and type; of one version or all. */
  openIncidentCounts(definitionId?: string): Promise<OpenIncidentCountRow[]>;
  /**
   * SLA compliance of the SLAs that started in `[from, to)` (`to` open: up to now; `from`: 30
   * days before `to` or now), per process, element and lane; and the running SLAs per lane.
   */
  slaStatistics(options?: {
    from?: number;
    to?: number;
    processId?: string;
    /** Also count per bucket of this length from `from` on (`byBucket`): a trend. */
    bucketMs?: number;
  }): Promise<SlaStatistics & { from: number; to: number | null }>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The operations over a store; the engine spreads them into its own surface. */
export function createOperations(store: Store, clock: Clock): EngineOperations {
  return {
    listDeployments: () => store.listDeployments(),
    async getDeployment(id) {
      const deployment = await store.getDeployment(id);
      if (!deployment) throw new NotFoundError('deployment-not-found', `No deployment ${id}`);
      return deployment;
    },
    async deleteDefinition(id) {
      const outcome = await store.deleteDefinition(id);
      if (outcome === 'not-found')
        throw new NotFoundError('definition-not-found', `No process definition ${id}`);
      if (outcome === 'in-use')
        throw new ConflictError(
          'definition-in-use',
          `Process definition ${id} still has running instances`,
        );
    },
    openWork({ dueSoonMs = HOUR } = {}) {
      const now = clock.now();
      return store.openWork({ now, dueSoonUntil: now + dueSoonMs });
    },
    async elementStatistics(definitionId, { from = 0, to = Number.MAX_SAFE_INTEGER } = {}) {
      if (!(await store.getDefinition(definitionId)))
        throw new NotFoundError('definition-not-found', `No process definition ${definitionId}`);
      return store.elementStatistics(definitionId, { from, to });
    },
    instanceCounts: () => store.instanceCounts(),
    listCustomers: (query) => store.listCustomers(query),
    async deleteInstanceHistory(instanceId) {
      const instance = await store.getInstance(instanceId);
      if (!instance)
        throw new NotFoundError('instance-not-found', `No process instance ${instanceId}`);
      if (instance.status === 'active')
        throw new ConflictError(
          'instance-running',
          `Process instance ${instanceId} is still running, so its history cannot be deleted`,
        );
      await store.removeEndedInstances({
        definitionId: instance.definitionId,
        endedBefore: Number.MAX_SAFE_INTEGER,
        limit: 1,
        instanceId,
      });
    },
    setHistoryTimeToLive(definitionId, days) {
      if (days !== null && !(Number.isInteger(days) && days >= 0))
        throw new InvalidRequestError(
          'invalid-time-to-live',
          `A history time to live is a whole number of days, not ${days}`,
        );
      return store.setHistoryTimeToLive(definitionId, days);
    },
    restingTokens: (definitionId) => store.restingTokens(definitionId),
    openIncidentCounts: (definitionId) => store.openIncidentCounts(definitionId),
    async slaStatistics({ from, to, processId, bucketMs } = {}) {
      const startedAfter = from ?? (to ?? clock.now()) - 30 * DAY;
      const statistics = await store.slaStatistics({
        startedAfter,
        startedBefore: to,
        processId,
        bucketMs,
      });
      return { from: startedAfter, to: to ?? null, ...statistics };
    },
  };
}
