import type { Definitions } from '../definitions.ts';
import { InvalidRequestError, NotFoundError } from '../errors.ts';
import { resolveText } from '../expressions/evaluate.ts';
import type { Clock } from '../ports/clock.ts';
import type { Variables } from '../engine-interface.ts';
import type { JobRecord, Store, UnitOfWork } from '../ports/store.ts';
import { firstDue } from '../timers/timer-schedule.ts';

interface Deps {
  store: Store;
  clock: Clock;
  definitions: Definitions;
  commit(work: UnitOfWork): Promise<void>;
  variablesAt(at: { instanceId: string; tokenId?: string }): Promise<Variables>;
}

/** The element whose timer definition scheduled a timer job; undefined for other jobs. */
function timerElementOf(job: JobRecord): string | undefined {
  const p = job.payload;
  if (p.type === 'timer-catch') return job.elementId ?? undefined;
  if (p.type === 'timer-boundary') return p.boundaryId;
  if (p.type === 'timer-start') return p.elementId;
  return undefined;
}

/**
 * Computes a timer job's due date again from its timer definition (Camunda's
 * `recalculateJobDuedate`): the expression read anew in the variables its token sees now,
 * counted from the job's creation (`creationDateBased`) or from now. Jobs that are not timers,
 * and SLA checks (their due date follows the SLA's promise), are an `InvalidRequestError`; so
 * is a timer counted on a business calendar, whose working time is counted only as it is
 * scheduled.
 */
export async function recalculateDueDate(
  deps: Deps,
  jobId: string,
  creationDateBased: boolean,
): Promise<void> {
  const [job] = await deps.store.listJobs({ id: jobId });
  if (!job || job.kind === 'internal')
    throw new NotFoundError('job-not-found', `No job found with id '${jobId}'`);
  const elementId = timerElementOf(job);
  if (!elementId)
    throw new InvalidRequestError(
      'job-not-timer',
      `Only timer jobs can be recalculated, but the job with id '${jobId}' is of type '${job.payload.type}'.`,
    );
  const definitionId =
    job.payload.type === 'timer-start'
      ? job.payload.definitionId
      : (await deps.store.getInstance(job.instanceId ?? ''))?.definitionId;
  if (!definitionId) throw new NotFoundError('job-not-found', `No job found with id '${jobId}'`);
  const { graph } = await deps.definitions.byId(definitionId);
  const node = graph.nodes[elementId];
  const timer = node?.eventDefinitions.find((d) => d.kind === 'timer');
  if (!node || timer?.kind !== 'timer')
    throw new InvalidRequestError('job-not-timer', `${elementId} has no timer definition`);
  const calendar =
    node.properties.calendar ??
    (node.lane ? graph.laneProperties?.[node.lane]?.calendar : undefined) ??
    graph.properties?.calendar;
  if (calendar)
    throw new InvalidRequestError(
      'timer-on-calendar',
      `The timer of ${elementId} counts on business calendar '${calendar}': its due date is not recalculated`,
    );
  const variables = job.instanceId
    ? await deps.variablesAt({ instanceId: job.instanceId, tokenId: job.tokenId ?? undefined })
    : {};
  const due = firstDue(
    timer,
    (value) =>
      resolveText(value, {
        lookup: (name) =>
          Object.hasOwn(variables, name)
            ? { found: true, value: variables[name] }
            : { found: false },
        instanceId: job.instanceId ?? undefined,
        activityId: elementId,
      }),
    creationDateBased ? job.createdAt : deps.clock.now(),
  );
  await deps.commit({ jobIdsToDelete: [job.id], jobsToInsert: [{ ...job, dueAt: due.dueAt }] });
}
