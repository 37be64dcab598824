import { ConflictError, NotFoundError } from './errors.ts';
import { waitsWhileSuspended, type InstanceCommands } from './instance-commands.ts';
import type { Clock } from './ports/clock.ts';
import type { DefinitionRecord, JobRecord, Store } from './ports/store.ts';

/** Which instances a bulk suspension takes: those of one version, or of every version of a process. */
export type InstanceSelector = { definitionId: string } | { processId: string };

/** Which definition versions: one by id, or every version of a process (Camunda's key). */
export type DefinitionSelector = { definitionId: string } | { processId: string };

/**
 * Which jobs (Camunda's job suspension): one by id, those of an instance, or those of the
 * instances and start timers of a version or of a process. Jobs between instances (call
 * activities, thrown signals) are the engine's own and are never chosen.
 */
export type JobSelector =
  | { jobId: string }
  | { instanceId: string }
  | { definitionId: string }
  | { processId: string };

export interface SuspensionCommands {
  /**
   * Suspends (`true`) or activates an instance, as Camunda 7's `suspendProcessInstanceById`: its
   * jobs are no longer acquired (SLA checks excepted), its tasks and external tasks refuse work,
   * messages and signals pass it by. Activation gives everything back; timers that fell due
   * meanwhile fire at the next run of the jobs. Doing it twice changes nothing.
   */
  setInstanceSuspended(
    instanceId: string,
    suspended: boolean,
    options?: { userId?: string },
  ): Promise<void>;
  /** The same for every running instance of a version or process; returns how many changed. */
  setInstancesSuspended(
    selector: InstanceSelector,
    suspended: boolean,
    options?: { userId?: string },
  ): Promise<number>;
  /**
   * Suspends or activates definition versions: while suspended, no instance of them starts (by
   * API, message, signal, timer or call activity) and their start timers wait. With
   * `includeInstances`, their running instances follow. Returns the versions changed.
   */
  setDefinitionsSuspended(
    selector: DefinitionSelector,
    suspended: boolean,
    options?: { includeInstances?: boolean; userId?: string },
  ): Promise<DefinitionRecord[]>;
  /**
   * Suspends or activates jobs by themselves: a suspended job is not acquired until activated
   * (by itself, or with its instance). Returns how many changed; an unknown job id is `NotFoundError`.
   */
  setJobsSuspended(selector: JobSelector, suspended: boolean): Promise<number>;
}

interface Deps {
  store: Store;
  clock: Clock;
  commands: InstanceCommands;
  /** Retries after a version conflict, as every command does. */
  maxAttempts: number;
}

/**
 * Suspension as Camunda 7 has it. The instance row carries the state; one commit, version-checked
 * like every command, writes it together with its open tasks', open external tasks' and jobs'
 * (`UnitOfWork.suspension`), so a command that read the instance active loses the race and
 * re-reads it suspended, and every node's job acquisition skips the jobs in SQL.
 */
export function createSuspensionCommands({
  store,
  clock,
  commands,
  maxAttempts,
}: Deps): SuspensionCommands {
  async function setInstanceSuspended(
    instanceId: string,
    suspended: boolean,
    { userId }: { userId?: string } = {},
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const record = await commands.load(instanceId);
      if (record.status !== 'active')
        throw new ConflictError(
          'instance-ended',
          `Process instance ${instanceId} has already ended (${record.status})`,
        );
      if (record.suspended === suspended) return false;
      const jobs = await store.listJobs({ instanceId });
      const jobIds = jobs.filter((job) => changes(job, suspended)).map((job) => job.id);
      try {
        await commands.commit({
          instance: {
            record: { ...record, suspended, version: record.version + 1 },
            expectedVersion: record.version,
          },
          suspension: { suspended, instanceIds: [instanceId], jobIds },
          history: [
            {
              instanceId,
              kind: suspended ? 'instance.suspended' : 'instance.activated',
              at: clock.now(),
              userId: userId ?? null,
            },
          ],
        });
        if (!suspended && jobIds.length > 0)
          commands.notify({ type: 'jobs.scheduled', earliestDueAt: earliest(jobs, jobIds) });
        return true;
      } catch (error) {
        if (
          !(error instanceof ConflictError) ||
          error.code !== 'instance-version-conflict' ||
          attempt >= maxAttempts
        )
          throw error;
      }
    }
  }

  async function setInstancesSuspended(
    selector: InstanceSelector,
    suspended: boolean,
    options: { userId?: string } = {},
  ): Promise<number> {
    const instances = await store.listInstances({
      ...selector,
      status: 'active',
      match: { suspended: !suspended },
    });
    let changed = 0;
    for (const instance of instances) {
      try {
        if (await setInstanceSuspended(instance.id, suspended, options)) changed += 1;
      } catch (error) {
        // Ended between the query and its turn: nothing left to suspend.
        if (!(error instanceof ConflictError && error.code === 'instance-ended')) throw error;
      }
    }
    return changed;
  }

  return {
    async setInstanceSuspended(instanceId, suspended, options) {
      await setInstanceSuspended(instanceId, suspended, options);
    },
    setInstancesSuspended,

    async setDefinitionsSuspended(selector, suspended, { includeInstances = false, userId } = {}) {
      const versions =
        'definitionId' in selector
          ? [await store.getDefinition(selector.definitionId)].filter((d) => d !== undefined)
          : await store.listDefinitions({ processId: selector.processId });
      if (versions.length === 0)
        throw new NotFoundError(
          'definition-not-found',
          'definitionId' in selector
            ? `No process definition ${selector.definitionId}`
            : `No process definition with key ${selector.processId}`,
        );
      const ids = new Set(versions.map((d) => d.id));
      const startTimers = (await store.listJobs({ kind: 'timer' })).filter(
        (job) =>
          job.payload.type === 'timer-start' &&
          ids.has(job.payload.definitionId) &&
          job.suspended !== suspended,
      );
      // New starts are refused before the running instances follow, so none slips in between.
      await commands.commit({
        suspension: {
          suspended,
          definitionIds: [...ids],
          jobIds: startTimers.map((job) => job.id),
        },
      });
      if (!suspended && startTimers.length > 0)
        commands.notify({
          type: 'jobs.scheduled',
          earliestDueAt: Math.min(...startTimers.map((job) => job.dueAt)),
        });
      if (includeInstances)
        for (const id of ids)
          await setInstancesSuspended({ definitionId: id }, suspended, { userId });
      return versions.map((d) => ({ ...d, suspended }));
    },

    async setJobsSuspended(selector, suspended) {
      const chosen = (await jobsOf(store, selector)).filter(
        (job) => job.kind !== 'internal' && job.suspended !== suspended,
      );
      if (chosen.length === 0) return 0;
      await commands.commit({ suspension: { suspended, jobIds: chosen.map((job) => job.id) } });
      if (!suspended)
        commands.notify({
          type: 'jobs.scheduled',
          earliestDueAt: Math.min(...chosen.map((job) => job.dueAt)),
        });
      return chosen.length;
    },
  };
}

async function jobsOf(store: Store, selector: JobSelector): Promise<JobRecord[]> {
  if ('jobId' in selector) {
    const found = await store.listJobs({ id: selector.jobId });
    if (found.length === 0 || found[0]!.kind === 'internal')
      throw new NotFoundError('job-not-found', `Job ${selector.jobId} does not exist`);
    return found;
  }
  if ('instanceId' in selector) return store.listJobs({ instanceId: selector.instanceId });
  const instances = await store.listInstances({ ...selector, status: 'active' });
  const ofInstances = (
    await Promise.all(instances.map((i) => store.listJobs({ instanceId: i.id })))
  ).flat();
  const startTimers = (await store.listJobs({ kind: 'timer' })).filter(
    (job) =>
      job.payload.type === 'timer-start' &&
      ('definitionId' in selector
        ? job.payload.definitionId === selector.definitionId
        : job.payload.processId === selector.processId),
  );
  return [...ofInstances, ...startTimers];
}

/** Whether a suspension (or activation) of its instance changes the job. */
function changes(job: JobRecord, suspended: boolean): boolean {
  if (!suspended) return job.suspended;
  return !job.suspended && waitsWhileSuspended(job);
}

function earliest(jobs: JobRecord[], ids: string[]): number {
  const chosen = new Set(ids);
  return Math.min(...jobs.filter((job) => chosen.has(job.id)).map((job) => job.dueAt));
}
