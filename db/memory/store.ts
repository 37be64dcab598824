import { ConflictError } from '../../engine/errors.ts';
import { instanceSortOrder, matchesInstance } from './instance-match.ts';
import { incidentSortOrder, matchesIncident } from './incident-match.ts';
import { activityPassesMatching, activityPassPage } from './activity-passes.ts';
import type {
  ActivityPassQuery,
  IncidentQuery,
  IncidentRecord,
  CustomerSummary,
  InstanceCountRow,
  InstanceQuery,
  OpenIncidentCountRow,
  InstanceRecord,
  Store,
  TaskQuery,
  UnitOfWork,
} from '../../engine/ports/store.ts';
import type {
  EventSubscriptionRecord,
  SubscriptionQuery,
} from '../../engine/ports/subscriptions.ts';
import { createMemorySlaPolicies } from './sla-policies.ts';
import { createMemoryWorkerSightings } from './worker-sightings.ts';
import { createMemoryTaskComments } from './task-comments.ts';
import { assignDistributed, poolsToRead, type PoolState } from '../distribution.ts';
import { jobLost } from '../job-lost.ts';
import { DefinitionTable } from './definition-table.ts';
import { HistoryTable } from './history-table.ts';
import { ascending, page } from './order.ts';
import {
  addTo,
  copyOut,
  removeFrom,
  storeIncident,
  storeInstance,
  storeSubscription,
} from './records.ts';
import { SlaTable } from './sla-table.ts';
import { TaskTable } from './task-table.ts';
import { ExternalTaskTable, JobTable } from './work-queue.ts';
import { withBreaches } from '../element-statistics.ts';
import { restingTokens, stateOf } from '../../engine/instance-view.ts';

/**
 * A `Store` held in this process's memory: Maps, with indexes and sorted lists where queries
 * need them. Nothing survives the process, so it suits benchmarks, tests and embedding where
 * durability is not wanted; it passes the same contract suite as the SQL stores.
 *
 * A unit of work is checked completely before anything is written, and no `await` separates
 * check and write, so it is atomic: a conflict leaves no trace, and commits never interleave.
 *
 * @example
 * const engine = createEngine({ store: createMemoryStore() });
 */
export function createMemoryStore(): Store {
  const definitions = new DefinitionTable();
  const instances = new Map<string, InstanceRecord>();
  const instancesByKey = new Map<string, Set<string>>();
  /** `match.instanceEnded` as the instance ids it admits, ANDed with `match.instanceIds`. */
  const withInstanceState = (query: TaskQuery): TaskQuery => {
    const ended = query.match?.instanceEnded;
    if (ended === undefined) return query;
    const admitted = (id: string) => {
      const status = instances.get(id)?.status;
      return status !== undefined && (status !== 'active') === ended;
    };
    const ids = query.match!.instanceIds ?? [...instances.keys()];
    return { ...query, match: { ...query.match, instanceIds: ids.filter(admitted) } };
  };
  const tasks = new TaskTable();
  const externalTasks = new ExternalTaskTable();
  const jobs = new JobTable();
  const incidents = new Map<string, IncidentRecord>();
  const incidentsByInstance = new Map<string, Set<string>>();
  const passesMatching = (query: ActivityPassQuery) =>
    activityPassesMatching(
      instances.values(),
      query,
      (id) => history.of(id),
      (id) => tasks.list({ instanceId: id }),
    );
  /** The incidents a query matches, in no order. */
  const incidentsMatching = (query: IncidentQuery): IncidentRecord[] => {
    const source =
      query.instanceId !== undefined
        ? [...(incidentsByInstance.get(query.instanceId) ?? [])].map((id) => incidents.get(id)!)
        : [...incidents.values()];
    return source.filter((i) => matchesIncident(i, query, (id) => instances.get(id)));
  };
  const history = new HistoryTable();
  const subscriptions = new Map<string, EventSubscriptionRecord>();
  const slas = new SlaTable();
  /** The subscriptions a query matches, in no order. */
  const subscriptionsMatching = (query: SubscriptionQuery): EventSubscriptionRecord[] =>
    [...subscriptions.values()].filter(
      (s) =>
        subscriptionMatches(s, query) &&
        (!query.activeOnly ||
          reachable(
            s,
            (id) => instances.get(id),
            (id) => definitions.definition(id),
          )),
    );
  const leases = new Map<string, { owner: string; expiresAt: number }>();

  function check(work: UnitOfWork): void {
    if (work.instance) {
      const { record, expectedVersion } = work.instance;
      const current = instances.get(record.id);
      if (expectedVersion === null && current) throw conflict(record.id, 'already exists');
      if (expectedVersion !== null && current?.version !== expectedVersion)
        throw conflict(record.id, `is no longer at version ${expectedVersion}`);
    }
    for (const condition of work.taskConditions ?? []) {
      const task = tasks.get(condition.id);
      if (
        !task ||
        (task.assignee ?? null) !== condition.assignee ||
        task.state !== condition.state
      ) {
        throw new ConflictError(
          'task-changed',
          `Task ${condition.id} was changed meanwhile: claimed, assigned, completed or cancelled by someone else`,
        );
      }
    }
    for (const condition of work.externalTaskConditions ?? []) {
      const task = externalTasks.get(condition.id);
      if (
        !task ||
        (task.workerId ?? null) !== condition.workerId ||
        task.state !== condition.state
      ) {
        throw new ConflictError(
          'external-task-changed',
          `External task ${condition.id} was changed meanwhile: completed, failed, unlocked or locked by another worker`,
        );
      }
    }
    for (const job of work.heldJobs ?? [])
      if (jobs.lockedBy(job.id) !== job.lockedBy) throw jobLost(job);
    // Deletes run before inserts, so a unit of work may replace a row under the same id.
    refuseDuplicates('job', work.jobsToInsert ?? [], new Set(work.jobIdsToDelete), (id) =>
      jobs.has(id),
    );
    refuseDuplicates(
      'subscription',
      work.subscriptionsToInsert ?? [],
      new Set(work.subscriptionIdsToDelete),
      (id) => subscriptions.has(id),
    );
  }

  function write(work: UnitOfWork): void {
    if (work.instance) {
      const record = storeInstance(work.instance.record);
      const before = instances.get(record.id);
      if (before) removeFrom(instancesByKey, before.businessKey, before.id);
      instances.set(record.id, record);
      addTo(instancesByKey, record.businessKey, record.id);
    }
    for (const task of work.tasks ?? []) tasks.upsert(task);
    for (const task of work.externalTasks ?? []) externalTasks.upsert(task);
    for (const id of work.jobIdsToDelete ?? []) jobs.delete(id);
    for (const job of work.jobsToInsert ?? []) jobs.insert(job);
    for (const incident of work.incidents ?? []) {
      const before = incidents.get(incident.id);
      if (before) removeFrom(incidentsByInstance, before.instanceId, before.id);
      incidents.set(incident.id, storeIncident(incident));
      addTo(incidentsByInstance, incident.instanceId, incident.id);
    }
    for (const entry of work.history ?? []) history.append(entry);
    for (const id of work.subscriptionIdsToDelete ?? []) subscriptions.delete(id);
    for (const s of work.subscriptionsToInsert ?? []) subscriptions.set(s.id, storeSubscription(s));
    for (const sla of work.slas ?? []) slas.upsert(sla);
    if (work.suspension) {
      const { suspended } = work.suspension;
      for (const id of work.suspension.definitionIds ?? []) definitions.suspend(id, suspended);
      for (const id of work.suspension.instanceIds ?? []) {
        tasks.suspend(id, suspended);
        externalTasks.suspend(id, suspended);
      }
      for (const id of work.suspension.jobIds ?? []) jobs.suspend(id, suspended);
    }
  }

  /** Work distribution: the pools' turns, decided against the task table as it stands. */
  const turns = new Map<string, string>();
  function distribute(work: UnitOfWork): UnitOfWork {
    if (!work.distributions?.length) return work;
    const states = new Map<string, PoolState>();
    for (const read of poolsToRead(work.distributions))
      states.set(read.pool, {
        last: turns.get(read.pool) ?? null,
        open: read.countOpen ? tasks.openCounts(read.members) : new Map(),
      });
    const { work: assigned, turns: next } = assignDistributed(work, states);
    for (const [pool, last] of next) turns.set(pool, last);
    return assigned;
  }

  const comments = createMemoryTaskComments();
  const store: Store = {
    ...createMemoryWorkerSightings(),
    addTaskComment: comments.addTaskComment,
    listTaskComments: comments.listTaskComments,
    ...createMemorySlaPolicies(),
    async commit(work) {
      check(work);
      write(distribute(work));
    },

    async saveDeployment(deployment, records, work = {}) {
      check(work);
      definitions.save(deployment, records);
      write(work);
    },
    getDeployment: async (id) => definitions.deployment(id),
    getDefinition: async (id) => definitions.definition(id),
    setHistoryTimeToLive: async (id, days) => definitions.setHistoryTimeToLive(id, days),
    latestDefinition: async (processId) => definitions.latest(processId),
    listDefinitions: async (options) => definitions.list(options),
    listDeployments: async () => definitions.listDeployments(),
    deleteDefinition: async (id) =>
      definitions.delete(id, (definitionId) =>
        [...instances.values()].some(
          (i) => i.definitionId === definitionId && i.status === 'active',
        ),
      ),

    async getInstance(id) {
      const record = instances.get(id);
      return record && copyOut(record);
    },
    async listInstances(query) {
      const matching = [...instances.values()].filter((i) => instanceMatches(i, query));
      return page(matching, instanceSortOrder(query.sort), query).map(copyOut);
    },
    async countInstances(query) {
      return [...instances.values()].filter((i) => instanceMatches(i, query)).length;
    },

    getTask: async (id) => tasks.get(id),
    listTasks: async (query) =>
      tasks.list(
        withInstanceState(query),
        query.slaStates && slas.taskIdsInStates(query.slaStates),
      ),
    countTasks: async ({ after: _after, ...query }) =>
      tasks.count(
        withInstanceState(query),
        query.slaStates && slas.taskIdsInStates(query.slaStates),
      ),
    openWork: async (options) => tasks.openWork(options),

    getExternalTask: async (id) => externalTasks.get(id),
    listExternalTasks: async (query) => externalTasks.list(query),
    countExternalTasks: async (query) => externalTasks.count(query),
    lockExternalTasks: async (request) => externalTasks.lock(request),

    acquireJobs: async (request) => (request.limit <= 0 ? [] : jobs.acquire(request)),
    listJobs: async (query) => jobs.list(query, (id) => instances.get(id)),
    countJobs: async (query) => jobs.count(query, (id) => instances.get(id)),
    nextJobDueAt: async () => jobs.nextDueAt(),

    async listIncidents(query) {
      const found = incidentsMatching(query);
      return page(
        found,
        incidentSortOrder(query.sort, (id) => instances.get(id)),
        query,
      ).map(copyOut);
    },
    countIncidents: async (query) => incidentsMatching(query).length,
    history: async (instanceId) => history.of(instanceId),
    async listActivityPasses(query) {
      return activityPassPage(passesMatching(query), query);
    },
    countActivityPasses: async (query) => passesMatching(query).length,

    async removeEndedInstances({ definitionId, endedBefore, limit, instanceId }) {
      const ended = [...instances.values()]
        .filter(
          (i) =>
            i.definitionId === definitionId &&
            (instanceId === undefined || i.id === instanceId) &&
            i.status !== 'active' &&
            i.endedAt != null &&
            i.endedAt < endedBefore,
        )
        .sort((a, b) => a.endedAt! - b.endedAt!)
        .slice(0, Math.max(0, limit));
      const ids = new Set(ended.map((i) => i.id));
      const historyRows = history.removeInstances(ids);
      tasks.removeInstances(ids);
      externalTasks.removeInstances(ids);
      jobs.removeInstances(ids);
      slas.removeInstances(ids);
      comments.removeInstances(ids);
      for (const instance of ended) {
        for (const id of incidentsByInstance.get(instance.id) ?? []) incidents.delete(id);
        incidentsByInstance.delete(instance.id);
        removeFrom(instancesByKey, instance.businessKey, instance.id);
        instances.delete(instance.id);
      }
      for (const s of [...subscriptions.values()])
        if (s.instanceId != null && ids.has(s.instanceId)) subscriptions.delete(s.id);
      return { instances: ids.size, historyRows };
    },
    async takeLease({ name, owner, now, until }) {
      const held = leases.get(name);
      if (held && held.owner !== owner && held.expiresAt > now) return false;
      leases.set(name, { owner, expiresAt: until });
      return true;
    },
    async releaseLease(name, owner) {
      if (leases.get(name)?.owner === owner) leases.delete(name);
    },
    async historyByBusinessKey(businessKey, options) {
      const owners = [...(instancesByKey.get(businessKey) ?? [])].map((id) => instances.get(id)!);
      return history.timeline(owners, options);
    },
    async elementStatistics(definitionId, window) {
      const ids = [...instances.values()]
        .filter((i) => i.definitionId === definitionId)
        .map((i) => i.id);
      const breaches = new Map<string, number>();
      for (const instanceId of ids)
        for (const sla of slas.list({
          instanceId,
          states: ['breached'],
          startedAfter: window.from,
          startedBefore: window.to,
        }))
          breaches.set(sla.elementId, (breaches.get(sla.elementId) ?? 0) + 1);
      return withBreaches(
        history.elementStatistics(ids, window),
        [...breaches].map(([elementId, breached]) => ({ elementId, breached })),
      );
    },
    async listCustomers({ prefix, visibleTo, limit }) {
      const visible = visibleTo && new Set(tasks.list({ visibleTo }).map((t) => t.instanceId));
      const byKey = new Map<string, CustomerSummary>();
      for (const i of instances.values()) {
        const key = i.businessKey;
        if (key == null || (prefix && !key.startsWith(prefix)) || (visible && !visible.has(i.id)))
          continue;
        const seen = byKey.get(key);
        byKey.set(key, {
          businessKey: key,
          requests: (seen?.requests ?? 0) + 1,
          open: (seen?.open ?? 0) + (i.status === 'active' ? 1 : 0),
          lastRequestAt: Math.max(seen?.lastRequestAt ?? i.startedAt, i.startedAt),
        });
      }
      return [...byKey.values()]
        .sort(
          (a, b) => b.lastRequestAt - a.lastRequestAt || ascending(a.businessKey, b.businessKey),
        )
        .slice(0, limit);
    },
    async restingTokens(definitionId) {
      const counts = new Map<string, number>();
      for (const instance of instances.values())
        if (instance.definitionId === definitionId && instance.status === 'active')
          for (const { elementId } of restingTokens(stateOf(instance)))
            counts.set(elementId, (counts.get(elementId) ?? 0) + 1);
      return [...counts]
        .sort(([a], [b]) => ascending(a, b))
        .map(([elementId, tokens]) => ({ elementId, tokens }));
    },
    async openIncidentCounts(definitionId) {
      const counts = new Map<string, OpenIncidentCountRow>();
      for (const incident of incidents.values()) {
        const instance = instances.get(incident.instanceId);
        if (incident.resolvedAt != null || instance?.status !== 'active') continue;
        if (definitionId !== undefined && instance.definitionId !== definitionId) continue;
        const row = {
          definitionId: instance.definitionId,
          elementId: incident.elementId,
          type: incident.type,
        };
        const key = JSON.stringify(row);
        counts.set(key, { ...row, count: (counts.get(key)?.count ?? 0) + 1 });
      }
      return [...counts.values()].sort(
        (a, b) =>
          ascending(a.definitionId, b.definitionId) ||
          ascending(a.elementId, b.elementId) ||
          ascending(a.type, b.type),
      );
    },
    async instanceDurationReport(q) {
      const periods = new Map<number, number[]>();
      for (const i of instances.values()) {
        if (i.endedAt == null) continue;
        if (q.definitionIds && !q.definitionIds.includes(i.definitionId)) continue;
        if (q.processIds && !q.processIds.includes(i.processId)) continue;
        if (q.startedBefore !== undefined && !(i.startedAt < q.startedBefore)) continue;
        if (q.startedAfter !== undefined && !(i.startedAt > q.startedAfter)) continue;
        const month = new Date(i.startedAt).getUTCMonth() + 1;
        const period = q.unit === 'month' ? month : Math.floor((month + 2) / 3);
        periods.set(period, [...(periods.get(period) ?? []), i.endedAt - i.startedAt]);
      }
      return [...periods]
        .sort(([a], [b]) => a - b)
        .map(([period, durations]) => ({
          period,
          minimum: Math.min(...durations),
          maximum: Math.max(...durations),
          average: Math.floor(durations.reduce((n, d) => n + d, 0) / durations.length),
        }));
    },
    async instanceCounts() {
      const counts = new Map<string, InstanceCountRow>();
      for (const { processId, definitionId, status } of instances.values()) {
        const key = JSON.stringify([definitionId, status]);
        const row = counts.get(key) ?? { processId, definitionId, status, count: 0 };
        counts.set(key, { ...row, count: row.count + 1 });
      }
      return [...counts.values()].sort(
        (a, b) => ascending(a.definitionId, b.definitionId) || ascending(a.status, b.status),
      );
    },

    async findSubscriptions(query) {
      const sign = query.newestFirst ? -1 : 1;
      const from = query.offset ?? 0;
      return subscriptionsMatching(query)
        .sort((a, b) => sign * (a.createdAt - b.createdAt) || ascending(a.id, b.id))
        .slice(from, query.limit === undefined ? undefined : from + query.limit)
        .map(copyOut);
    },
    countSubscriptions: async (query) => subscriptionsMatching(query).length,

    listSlas: async (query) => slas.list(query),
    slaStatistics: async (query) => slas.statistics(query),

    async close() {
      closed = true;
    },
  };
  let closed = false;
  return guardClosed(store, () => closed);
}

function conflict(instanceId: string, what: string): ConflictError {
  return new ConflictError('instance-version-conflict', `Instance ${instanceId} ${what}`);
}

/** Inserting a row whose id is taken fails the unit of work, as a primary key does in SQL. */
function refuseDuplicates(
  kind: string,
  rows: { id: string }[],
  deleted: Set<string>,
  exists: (id: string) => boolean,
): void {
  const seen = new Set<string>();
  for (const { id } of rows) {
    if (seen.has(id) || (exists(id) && !deleted.has(id)))
      throw new ConflictError('duplicate-id', `A ${kind} with id ${id} already exists`);
    seen.add(id);
  }
}

function instanceMatches(i: InstanceRecord, q: InstanceQuery): boolean {
  return (
    (q.processId === undefined || i.processId === q.processId) &&
    (q.definitionId === undefined || i.definitionId === q.definitionId) &&
    (q.businessKey === undefined || i.businessKey === q.businessKey) &&
    (q.status === undefined || i.status === q.status) &&
    (q.parentInstanceId === undefined || i.parentInstanceId === q.parentInstanceId) &&
    (q.startedBefore === undefined || i.startedAt < q.startedBefore) &&
    (q.startedAfter === undefined || i.startedAt > q.startedAfter) &&
    (q.match === undefined || matchesInstance(i, q.match))
  );
}

function subscriptionMatches(s: EventSubscriptionRecord, q: SubscriptionQuery): boolean {
  return (
    (!q.kind || s.kind === q.kind) &&
    (q.name === undefined || s.name === q.name) &&
    (!q.instanceId || s.instanceId === q.instanceId) &&
    (q.businessKey === undefined || s.businessKey === q.businessKey) &&
    (!q.startEventsOnly || s.instanceId == null) &&
    (!q.instancesOnly || s.instanceId != null) &&
    (q.id === undefined || s.id === q.id) &&
    (q.elementId === undefined || s.elementId === q.elementId)
  );
}

/** Subscriptions a message or signal may reach: of no suspended instance or start definition. */
function reachable(
  s: EventSubscriptionRecord,
  instance: (id: string) => InstanceRecord | undefined,
  definition: (id: string) => { suspended: boolean } | undefined,
): boolean {
  if (s.instanceId != null) return instance(s.instanceId)?.suspended !== true;
  return definition(s.definitionId)?.suspended !== true;
}

/** Every call after `close()` rejects, as on a closed SQL connection; `close` stays idempotent. */
function guardClosed(store: Store, isClosed: () => boolean): Store {
  const guarded = { ...store } as Record<string, unknown>;
  for (const [name, method] of Object.entries(store)) {
    if (name === 'close' || typeof method !== 'function') continue;
    guarded[name] = (...args: unknown[]) =>
      isClosed()
        ? Promise.reject(new Error('The memory store is not open'))
        : (method as (...a: unknown[]) => unknown)(...args);
  }
  return guarded as unknown as Store;
}
