import type { IdGenerator } from '../ports/ids.ts';
import type { DefinitionRecord, JobRecord, Store, UnitOfWork } from '../ports/store.ts';
import type { CompiledDefinition } from '../definitions.ts';
import { firstDue, nextDue, type CycleState } from '../timers/timer-schedule.ts';
import { newJob, type StartTimerPayload } from './new-job.ts';
import { IncidentError, ModelError } from '../errors.ts';

/**
 * The jobs for the timer start events of newly deployed versions, and the withdrawal of those of
 * the versions they replace (a new version takes over its process's scheduled starts). Written
 * with the deployment, in its transaction.
 */
export async function startTimerWork(
  store: Store,
  ids: IdGenerator,
  now: number,
  deployed: CompiledDefinition[],
  minCycleMs = 0,
): Promise<Pick<UnitOfWork, 'jobsToInsert' | 'jobIdsToDelete'>> {
  if (deployed.length === 0) return {};
  const processIds = new Set(deployed.map((d) => d.record.processId));
  const replaced = (await store.listJobs({ kind: 'timer' })).filter(
    (job) => job.payload.type === 'timer-start' && processIds.has(job.payload.processId),
  );
  const jobs: JobRecord[] = [];
  for (const { record, graph } of deployed) {
    for (const nodeId of graph.scopes[graph.processId]?.nodeIds ?? []) {
      const node = graph.nodes[nodeId];
      const timer =
        node?.kind === 'startEvent'
          ? node.eventDefinitions.find((d) => d.kind === 'timer')
          : undefined;
      if (!node || !timer || timer.kind !== 'timer') continue;
      // Start timers have no instance and so no variables: their expressions see none.
      const due = firstDueOrRefuse(timer, node.id, now, minCycleMs);
      jobs.push(startJob(ids.next(), record, node.id, due.dueAt, due.cycle, now));
    }
  }
  return { jobIdsToDelete: replaced.map((j) => j.id), jobsToInsert: jobs };
}

/** A start timer that cannot be scheduled refuses the deployment, naming its element. */
function firstDueOrRefuse(
  timer: Parameters<typeof firstDue>[0],
  elementId: string,
  now: number,
  minCycleMs: number,
) {
  try {
    return firstDue(
      timer,
      (value) => ('literal' in value ? value.literal : value.expression.source),
      now,
      undefined,
      minCycleMs,
    );
  } catch (error) {
    if (!(error instanceof IncidentError)) throw error;
    throw new ModelError(error.code, `Start event '${elementId}': ${error.message}`, {
      elementId,
    });
  }
}

/**
 * The next firing of a cyclic start timer, or undefined when its cycle is used up. Its id is
 * the first firing's id and its due time, so it stays short however often the cycle fires, and
 * two nodes firing the same job cannot both insert the next one.
 */
export function nextStartTimerJob(
  job: JobRecord,
  payload: StartTimerPayload,
): JobRecord | undefined {
  if (!payload.cycle) return undefined;
  const next = nextDue(payload.cycle, job.dueAt);
  if (!next) return undefined;
  return {
    ...job,
    id: `${job.id.split(':')[0]}:${next.dueAt}`,
    dueAt: next.dueAt,
    lockedBy: null,
    lockedUntil: null,
    attempts: 0,
    payload: { ...payload, cycle: next.cycle },
  };
}

function startJob(
  id: string,
  record: DefinitionRecord,
  elementId: string,
  dueAt: number,
  cycle: CycleState | undefined,
  now: number,
): JobRecord {
  const payload: StartTimerPayload = {
    type: 'timer-start',
    definitionId: record.id,
    processId: record.processId,
    elementId,
    ...(cycle ? { cycle } : {}),
  };
  return newJob({ id, payload, dueAt, createdAt: now, elementId });
}
