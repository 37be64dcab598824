import { InvalidRequestError, NotFoundError } from './errors.ts';
import { toInstanceView } from './instance-view.ts';
import type { IdGenerator } from './ports/ids.ts';
import type { Clock } from './ports/clock.ts';
import type { IncidentRecord, IncidentType, Store, UnitOfWork } from './ports/store.ts';

/**
 * Incidents an operator or a script raises on an instance (Camunda's custom incidents,
 * `RuntimeService.createIncident`): a type and message of their choosing at the activity the
 * instance waits in. They stop nothing; they mark the instance for an operator, show in every
 * incident list, and end only when someone resolves them (the engine's own types are retried
 * instead).
 */

/** The incident types the engine raises itself. */
const ENGINE_TYPES: readonly string[] = [
  'failedJob',
  'failedExternalTask',
  'expression',
  'unhandledError',
] satisfies IncidentType[];

/** True for an incident someone raised by hand (its type is none of the engine's). */
export const isCustomIncident = (incident: IncidentRecord): boolean =>
  !ENGINE_TYPES.includes(incident.type);

interface Deps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  commit(work: UnitOfWork): Promise<void>;
}

/**
 * Raises a custom incident at the one activity the instance waits in. An instance that is not
 * running, or waits in several activities at once (Camunda's root execution then has no
 * activity), is refused.
 */
export async function createCustomIncident(
  { store, clock, ids, commit }: Deps,
  instanceId: string,
  incident: { type: string; message?: string | null },
): Promise<IncidentRecord> {
  if (ENGINE_TYPES.includes(incident.type))
    throw new InvalidRequestError(
      'incident-type-reserved',
      `Incidents of type ${incident.type} are raised by the engine only`,
    );
  const record = await store.getInstance(instanceId);
  if (record?.status !== 'active')
    throw new InvalidRequestError(
      'execution-not-found',
      `Cannot find an execution with executionId '${instanceId}'`,
    );
  const tokens = toInstanceView(record).tokens;
  if (tokens.length !== 1)
    throw new InvalidRequestError(
      'execution-without-activity',
      'Execution must be related to an activity',
    );
  const [token] = tokens;
  const raised: IncidentRecord = {
    id: ids.next(),
    type: incident.type,
    instanceId,
    elementId: token!.elementId,
    tokenId: token!.tokenId,
    externalTaskId: null,
    jobId: null,
    message: incident.message ?? '',
    createdAt: clock.now(),
    resolvedAt: null,
  };
  await commit({ incidents: [raised] });
  return raised;
}

/** Resolves an open custom incident; the engine's own types are refused (retry them instead). */
export async function resolveCustomIncident(
  { store, clock, commit }: Deps,
  incidentId: string,
): Promise<void> {
  const [incident] = await store.listIncidents({ open: true, match: { ids: [incidentId] } });
  if (!incident) throw new NotFoundError('incident-not-found', `No open incident ${incidentId}`);
  if (!isCustomIncident(incident))
    throw new InvalidRequestError(
      'incident-not-resolvable',
      `Cannot resolve an incident of type ${incident.type}: retry it instead`,
    );
  await commit({ incidents: [{ ...incident, resolvedAt: clock.now() }] });
}
