import { ConflictError, EngineError, NotFoundError, SuspendedError } from '../errors.ts';
import type { Definitions } from '../definitions.ts';
import type { InstanceCommands } from '../instance-commands.ts';
import type { Clock } from '../ports/clock.ts';
import {
  PARKED_JOB_DUE_AT,
  type JobKind,
  type JobRecord,
  type Store,
  type UnitOfWork,
} from '../ports/store.ts';
import { runCallJob } from '../elements/call-activity/call-jobs.ts';
import type { SignalThrowPayload, StartTimerPayload } from './new-job.ts';
import { runInLanes } from './lanes.ts';
import { nextStartTimerJob } from './start-timers.ts';

/** How long a node holds an acquired job before another node may take it over, by default. */
const DEFAULT_JOB_LOCK_MS = 5 * 60_000;
const BATCH = 100;
/** Instances whose jobs fire at once: enough to fill a group commit, few enough to stay fair. */
const LANES = 16;
export { PARKED_JOB_DUE_AT };
const PARKED = PARKED_JOB_DUE_AT;

/**
 * The instance a job is about. Starting and cancelling a called instance are both about the
 * caller, so a cancellation never overtakes the start it undoes. A job without an instance (a
 * timer start) shares nothing with the others: a lane of its own.
 */
function laneOf(job: JobRecord): string {
  if (job.payload.type === 'call-start' || job.payload.type === 'call-cancel')
    return job.payload.parentInstanceId;
  return job.instanceId ?? job.id;
}

/**
 * Runs due jobs: claims them atomically (several nodes may share one store), fires each in its
 * instance's transaction together with the job's deletion, and retries a failing job with
 * backoff until its retries run out, which raises an incident. The jobs of different instances
 * fire concurrently (see `runInLanes`); a conflict with other work on an instance is retried by
 * the command, as for any caller. Every commit for a job holds it (`UnitOfWork.heldJobs`): when
 * this node's lock expired and another node took the job over, this node's work is refused and
 * dropped, so a job never fires twice.
 */
export class JobRunner {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly commands: InstanceCommands,
    private readonly definitions: Definitions,
    private readonly owner: string,
    /** Broadcasts a signal to the waiting catches and signal start events. */
    private readonly signals: (
      signalName: string,
      notFor: ReadonlySet<string>,
    ) => Promise<unknown> = async () => undefined,
    private readonly lockMs = DEFAULT_JOB_LOCK_MS,
  ) {}

  /**
   * Fires every job due at the clock's now, including jobs that fall due meanwhile; returns how
   * many. With `kinds`, only jobs of those kinds (the engine runs its internal jobs after a command).
   * Between batches other work gets its turn, and an aborted `signal` ends the run there.
   */
  async runDueJobs(kinds?: JobKind[], signal?: AbortSignal): Promise<number> {
    let count = 0;
    for (let batch = 0; ; batch++) {
      if (signal?.aborted) return count;
      // Not a delay: requests waiting on the event loop are served before the next batch.
      if (batch > 0) await new Promise((resolve) => setImmediate(resolve));
      const now = this.clock.now();
      const jobs = await this.store.acquireJobs({
        now,
        owner: this.owner,
        lockUntil: now + this.lockMs,
        limit: BATCH,
        ...(kinds ? { kinds } : {}),
      });
      if (jobs.length === 0) return count;
      await runInLanes(jobs, laneOf, LANES, (job) => this.run(job));
      count += jobs.length;
    }
  }

  /** The unit-of-work term that makes a commit for `job` count only while this node holds it. */
  private held(job: JobRecord): Pick<UnitOfWork, 'heldJobs'> {
    return { heldJobs: [{ id: job.id, lockedBy: this.owner }] };
  }

  /** The job locked by this node until its lock runs out, committed (see `JobAdministration.execute`). */
  async lockForRun(job: JobRecord, now: number): Promise<JobRecord> {
    const locked = { ...job, lockedBy: this.owner, lockedUntil: now + this.lockMs };
    await this.commands.commit({ jobIdsToDelete: [job.id], jobsToInsert: [locked] });
    return locked;
  }

  /** Runs one job this node locked; a failure counts as an attempt (retries, then an incident). */
  async run(job: JobRecord): Promise<void> {
    const { payload } = job;
    try {
      // Call activities: starting and cancelling a called instance (elements/call-activity/call-jobs.ts).
      if (payload.type === 'call-start' || payload.type === 'call-cancel')
        await runCallJob(job, payload, {
          store: this.store,
          clock: this.clock,
          commands: this.commands,
          definitions: this.definitions,
        });
      else if (payload.type === 'signal-throw') await this.broadcast(job, payload);
      else if (payload.type === 'timer-start') await this.startByTimer(job, payload);
      else if (job.instanceId) await this.fireInInstance(job, job.instanceId);
      else throw new EngineError('unknown-job', `Job ${job.id} belongs to no instance`);
    } catch (error) {
      // Another node took the job over after this node's lock expired: it is theirs now.
      if (isJobLost(error)) return;
      if (waitsForActivation(job, error)) {
        await this.suspend(job).catch((failure: unknown) => {
          if (!isJobLost(failure)) throw failure;
        });
        return;
      }
      await this.fail(job, error).catch((failure: unknown) => {
        if (!isJobLost(failure)) throw failure;
      });
    }
  }

  /**
   * A signal thrown by a committed step reaches every waiting catch; the job goes once the
   * broadcast is done (a crash half-way repeats it: at least once).
   */
  private async broadcast(job: JobRecord, payload: SignalThrowPayload): Promise<void> {
    await this.signals(payload.signalName, new Set(payload.notFor));
    await this.commands.commit({ jobIdsToDelete: [job.id], ...this.held(job) });
  }

  private async fireInInstance(job: JobRecord, instanceId: string): Promise<void> {
    try {
      await this.commands.command(
        instanceId,
        () => ({
          type: 'job.fired',
          jobId: job.id,
          payload: job.payload,
          dueAt: job.dueAt,
          at: this.clock.now(),
        }),
        () => ({ jobIdsToDelete: [job.id], ...this.held(job) }),
      );
    } catch (error) {
      // The instance ended or the job's instance vanished: the job has nothing left to do.
      if (!(error instanceof ConflictError && error.code === 'instance-ended')) throw error;
      await this.commands.commit({ jobIdsToDelete: [job.id], ...this.held(job) });
    }
  }

  private async startByTimer(job: JobRecord, payload: StartTimerPayload): Promise<void> {
    // A newer version took over the process's scheduled starts. A firing that was under way
    // when it was deployed re-inserted this job after the deployment withdrew it: it ends here.
    const latest = await this.store.latestDefinition(payload.processId);
    if (latest?.id !== payload.definitionId) {
      await this.commands.commit({ jobIdsToDelete: [job.id] });
      return;
    }
    const compiled = await this.definitions.byId(payload.definitionId);
    const next = nextStartTimerJob(job, payload);
    await this.commands.start(
      compiled,
      { startElementId: payload.elementId },
      { jobIdsToDelete: [job.id], jobsToInsert: next ? [next] : [], ...this.held(job) },
    );
  }

  /**
   * A job that found its instance (or its timer start's definition) suspended: acquired just
   * before the suspension, or written for it by another instance (a called one reporting back).
   * It waits, unlocked and suspended, for the activation, and costs no attempt.
   */
  private async suspend(job: JobRecord): Promise<void> {
    await this.commands.commit({
      ...this.held(job),
      jobIdsToDelete: [job.id],
      jobsToInsert: [{ ...job, lockedBy: null, lockedUntil: null, suspended: true }],
    });
  }

  private async fail(job: JobRecord, error: unknown): Promise<void> {
    const now = this.clock.now();
    const retries = job.retries - 1;
    const message = error instanceof Error ? error.message : String(error);
    const backoff = Math.min(60 * 60_000, 10_000 * 2 ** job.attempts);
    const updated: JobRecord = {
      ...job,
      attempts: job.attempts + 1,
      retries,
      lockedBy: null,
      lockedUntil: null,
      dueAt: retries > 0 ? now + backoff : PARKED,
      payload: { ...job.payload, lastError: message },
    };
    await this.commands.commit({
      ...this.held(job),
      jobIdsToDelete: [job.id],
      jobsToInsert: [updated],
      incidents:
        retries > 0 || !job.instanceId
          ? []
          : [
              {
                id: `${job.id}.incident`,
                type: 'failedJob',
                instanceId: job.instanceId,
                elementId: job.elementId ?? '',
                tokenId: job.tokenId ?? null,
                jobId: job.id,
                message,
                createdAt: now,
                resolvedAt: null,
              },
            ],
    });
  }

  /** An operator resolved a failed job's incident: it runs again now, with one retry. */
  async retry(jobId: string, incidentId: string): Promise<void> {
    const [job] = await this.store.listJobs({ id: jobId });
    const [incident] = await this.store.listIncidents({
      open: true,
      match: { ids: [incidentId] },
    });
    const now = this.clock.now();
    await this.commands.commit({
      jobIdsToDelete: job ? [job.id] : [],
      jobsToInsert: job
        ? [{ ...job, retries: 1, dueAt: now, lockedBy: null, lockedUntil: null }]
        : [],
      incidents: incident ? [{ ...incident, resolvedAt: now }] : [],
    });
  }
}

/**
 * What an operator does to one job (Camunda's job resource): set its retries, move its due
 * time, run it now. Each is one commit that replaces the job row.
 */
export class JobAdministration {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly commands: InstanceCommands,
    private readonly runner: JobRunner,
  ) {}

  /** The job, or `NotFoundError`. */
  async get(id: string): Promise<JobRecord> {
    const [job] = await this.store.listJobs({ id });
    if (!job) throw new NotFoundError('job-not-found', `Job ${id} does not exist`);
    return job;
  }

  /** 0 parks the job with a `failedJob` incident; more resolves its incident, due at once if parked. */
  async setRetries(id: string, retries: number): Promise<void> {
    const job = await this.get(id);
    const now = this.clock.now();
    const open = job.instanceId
      ? (await this.store.listIncidents({ instanceId: job.instanceId, open: true })).filter(
          (i) => i.jobId === job.id,
        )
      : [];
    const dueAt = retries <= 0 ? PARKED : job.dueAt === PARKED ? now : job.dueAt;
    const raise = retries <= 0 && open.length === 0 && job.instanceId;
    await this.commands.commit({
      jobIdsToDelete: [job.id],
      jobsToInsert: [{ ...job, retries: Math.max(0, retries), dueAt }],
      incidents: [
        ...(retries > 0 ? open.map((i) => ({ ...i, resolvedAt: now })) : []),
        ...(raise
          ? [
              {
                id: `${job.id}.incident.${now}`,
                type: 'failedJob' as const,
                instanceId: job.instanceId!,
                elementId: job.elementId ?? '',
                tokenId: job.tokenId ?? null,
                jobId: job.id,
                message: job.payload.lastError ?? 'Retries set to 0',
                createdAt: now,
                resolvedAt: null,
              },
            ]
          : []),
      ],
    });
  }

  /** Camunda's job priority: stored and reported; acquisition stays in due order. */
  async setPriority(id: string, priority: number): Promise<void> {
    const { priority: _old, ...job } = await this.get(id);
    // 0 is left out, as new jobs have it.
    const next = priority === 0 ? job : { ...job, priority };
    await this.commands.commit({ jobIdsToDelete: [job.id], jobsToInsert: [next] });
  }

  async setDueDate(id: string, dueAt: number): Promise<void> {
    const job = await this.get(id);
    await this.commands.commit({ jobIdsToDelete: [job.id], jobsToInsert: [{ ...job, dueAt }] });
  }

  /** Locks the job for this node, runs it, and throws its error when it failed. */
  async execute(id: string): Promise<void> {
    const job = await this.get(id);
    const now = this.clock.now();
    if (job.suspended) throw new SuspendedError('job', id);
    if (job.lockedBy && (job.lockedUntil ?? 0) > now)
      throw new ConflictError('job-locked', `Job ${id} is running already`);
    const locked = await this.runner.lockForRun(job, now);
    await this.runner.run(locked);
    const [after] = await this.store.listJobs({ id });
    if (after && after.attempts > job.attempts)
      throw new EngineError('job-failed', after.payload.lastError ?? `Job ${id} failed`);
  }
}

/** The suspension that refused `job` is its own instance's, or its timer start's definition's. */
function waitsForActivation(job: JobRecord, error: unknown): boolean {
  if (!(error instanceof SuspendedError)) return false;
  if (error.entity === 'process instance') return error.entityId === job.instanceId;
  return (
    error.entity === 'process definition' &&
    job.payload.type === 'timer-start' &&
    job.payload.definitionId === error.entityId
  );
}

function isJobLost(error: unknown): boolean {
  return error instanceof ConflictError && error.code === 'job-lost';
}
