import type { Definitions } from '../../definitions.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from '../../errors.ts';
import type { InstanceCommands } from '../../instance-commands.ts';
import { stateOf } from '../../instance-view.ts';
import type { Clock } from '../../ports/clock.ts';
import type { JobRecord, Store } from '../../ports/store.ts';
import type { CallPayload } from './call-link.ts';

/** How long a cancellation waits for a child whose start is still in flight on another node. */
const START_PENDING_RETRY_MS = 1_000;

export interface CallJobDeps {
  store: Store;
  clock: Clock;
  commands: InstanceCommands;
  definitions: Definitions;
}

/**
 * Runs a `call-start` or `call-cancel` job (see `call-link.ts`); the other call jobs fire
 * into their instance like any job. Each ends with the job's deletion in the same unit of work
 * as its effect, so it happens exactly once.
 */
export async function runCallJob(
  job: JobRecord,
  payload: Extract<CallPayload, { type: 'call-start' | 'call-cancel' }>,
  deps: CallJobDeps,
): Promise<void> {
  if (payload.type === 'call-start') return startCalled(job, payload, deps);
  return cancelCalled(job, payload, deps);
}

/**
 * Starts the called process (its latest version) under the id the caller chose, deleting the
 * job in the child's unit of work. A second run finds the child already there (the insert fails
 * on its key) and only deletes the job. A process that cannot be started is an incident on the
 * call activity, as is everything else that goes wrong in the caller.
 */
async function startCalled(
  job: JobRecord,
  payload: Extract<CallPayload, { type: 'call-start' }>,
  deps: CallJobDeps,
): Promise<void> {
  const done = () => deps.commands.commit({ jobIdsToDelete: [job.id] });
  const parent = await deps.store.getInstance(payload.parentInstanceId);
  const token = parent?.status === 'active' ? stateOf(parent).tokens[job.tokenId ?? ''] : undefined;
  // The call activity was cancelled before its child started: there is nothing to start.
  if (!token || token.calledInstanceId !== payload.childInstanceId) return done();
  try {
    const compiled = await calledDefinition(payload, deps);
    await deps.commands.start(
      compiled,
      {
        instanceId: payload.childInstanceId,
        caller: {
          instanceId: payload.parentInstanceId,
          tokenId: token.id,
          elementId: token.elementId,
        },
        businessKey: payload.businessKey ?? undefined,
        variables: payload.variables,
      },
      { jobIdsToDelete: [job.id] },
    );
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'instance-version-conflict') return done();
    // Not deployed, or refused by the start step (no none start event): the caller's problem.
    if (!(error instanceof NotFoundError) && !(error instanceof InvalidRequestError)) throw error;
    const message = `The call activity ${token.elementId} cannot start process '${payload.processId}': ${error.message}`;
    await fire(
      job,
      payload.parentInstanceId,
      { type: 'call-failed', tokenId: token.id, childInstanceId: payload.childInstanceId, message },
      deps,
    );
  }
}

/** The version the binding chose; a missing one is a NotFoundError, an incident on the caller. */
async function calledDefinition(
  payload: Extract<CallPayload, { type: 'call-start' }>,
  deps: CallJobDeps,
) {
  const { processId, version } = payload;
  if (!version) return deps.definitions.resolve(processId);
  const versions = await deps.store.listDefinitions({ processId });
  if ('version' in version) {
    const chosen = versions.find((d) => d.version === version.version);
    if (!chosen)
      throw new NotFoundError(
        'definition-not-found',
        `Version ${version.version} of process '${processId}' is not deployed`,
      );
    return deps.definitions.byId(chosen.id, chosen);
  }
  const caller = await deps.store.getDefinition(version.deployedWith);
  const chosen = caller && versions.find((d) => d.deploymentId === caller.deploymentId);
  if (!chosen)
    throw new NotFoundError(
      'definition-not-found',
      `Process '${processId}' is not in the caller's deployment`,
    );
  return deps.definitions.byId(chosen.id, chosen);
}

/**
 * Cancels the child of a cancelled call activity. A child that does not exist yet either never
 * will (its start job saw the caller gone and was deleted) or is being started right now: then
 * the cancellation waits a moment and tries again, so no child outlives its caller.
 */
async function cancelCalled(
  job: JobRecord,
  payload: Extract<CallPayload, { type: 'call-cancel' }>,
  deps: CallJobDeps,
): Promise<void> {
  const childId = job.instanceId!;
  if (await deps.store.getInstance(childId)) return fire(job, childId, payload, deps);
  const starting = (
    await deps.store.listJobs({ instanceId: payload.parentInstanceId, kind: 'internal' })
  ).some((j) => j.payload.type === 'call-start' && j.payload.childInstanceId === childId);
  if (!starting) return void (await deps.commands.commit({ jobIdsToDelete: [job.id] }));
  const later: JobRecord = {
    ...job,
    dueAt: deps.clock.now() + START_PENDING_RETRY_MS,
    lockedBy: null,
    lockedUntil: null,
  };
  await deps.commands.commit({ jobIdsToDelete: [job.id], jobsToInsert: [later] });
}

/** Fires the payload into an instance and deletes the job with that step; an ended instance only loses the job. */
async function fire(
  job: JobRecord,
  instanceId: string,
  payload: CallPayload,
  deps: CallJobDeps,
): Promise<void> {
  try {
    await deps.commands.command(
      instanceId,
      () => ({ type: 'job.fired', jobId: job.id, payload, dueAt: job.dueAt, at: deps.clock.now() }),
      () => ({ jobIdsToDelete: [job.id] }),
    );
  } catch (error) {
    if (!(error instanceof ConflictError && error.code === 'instance-ended')) throw error;
    await deps.commands.commit({ jobIdsToDelete: [job.id] });
  }
}
