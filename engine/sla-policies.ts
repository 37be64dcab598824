import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import type { ExecutableGraph } from './model/graph.ts';
import type { Clock } from './ports/clock.ts';
import type { SlaPolicy, SlaPolicyKind } from './ports/sla-policies.ts';
import type { Store } from './ports/store.ts';
import { leftWithout, mayRead, policyCalls } from './sla-policy-readers.ts';
import type { BusinessCalendar } from './timers/business-calendar.ts';
import { addDuration, parseDuration } from './timers/iso8601.ts';

/**
 * What a person sets of a policy; the id is given apart, who and when are the engine's. Without
 * `names`, a change keeps the names per language while `name` stays as it was, and drops them
 * when `name` changes (what the person typed is then the name in every language).
 */
export type SlaPolicyTerms = Pick<
  SlaPolicy,
  'name' | 'touchpoint' | 'kind' | 'target' | 'calendar'
> &
  Partial<Pick<SlaPolicy, 'names'>>;

/** A deployed process (its latest version) that may read a policy. */
export interface SlaPolicyReader {
  processId: string;
  /** The process's name as drawn; null when unnamed. */
  name: string | null;
  /** The lanes of the process, by name. */
  lanes: string[];
}

/** The SLA policy commands of the engine (`Engine.listSlaPolicies`, ...). */
export interface SlaPolicyCommands {
  /** Every SLA policy, ordered by id. */
  listSlaPolicies(): Promise<SlaPolicy[]>;
  /** Throws `NotFoundError` (`sla-policy-not-found`) for an unknown id. */
  getSlaPolicy(id: string): Promise<SlaPolicy>;
  /**
   * Adds a policy. Refuses an id in use (`sla-policy-exists`) or a touchpoint and kind another
   * policy has (`sla-policy-clash`), both 409; a target that is no ISO 8601 duration
   * (`invalid-duration`) or a calendar the engine has not (`unknown-calendar`).
   */
  createSlaPolicy(id: string, terms: SlaPolicyTerms, userId: string | null): Promise<SlaPolicy>;
  /**
   * Changes a policy: instances started from now on get the new terms, running ones keep theirs.
   * Refuses as `createSlaPolicy` does; an unknown id is `sla-policy-not-found`.
   */
  updateSlaPolicy(id: string, terms: SlaPolicyTerms, userId: string | null): Promise<SlaPolicy>;
  /**
   * The latest deployed versions whose `slaPolicy(...)` calls may read a policy with these terms
   * (see `sla-policy-readers.ts`), ordered by process id.
   */
  slaPolicyReaders(
    policy: Pick<SlaPolicy, 'id' | 'touchpoint' | 'kind'>,
  ): Promise<SlaPolicyReader[]>;
  /**
   * Removes a policy. Refuses (409 `sla-policy-in-use`, `details.processes` and their
   * `processNames`) while a deployed
   * process reads it and would find no policy without it (see `leftWithout`: a touchpoint's own
   * policy goes while the fallback of its kind stays); running instances keep the terms they
   * started with, removed policies among them. An unknown id is `sla-policy-not-found`.
   */
  deleteSlaPolicy(id: string): Promise<void>;
}

const KINDS: readonly SlaPolicyKind[] = ['first-response', 'resolution'];

/** The SLA policy commands over a store, checking calendars against the engine's. */
export function createSlaPolicyCommands(
  store: Store,
  clock: Clock,
  calendars: Record<string, BusinessCalendar> | undefined,
  /** The graphs of the latest version of each deployed process. */
  latestGraphs: () => Promise<ExecutableGraph[]>,
): SlaPolicyCommands {
  async function save(id: string, { names = {}, ...terms }: SlaPolicyTerms, userId: string | null) {
    check(terms, calendars ?? {});
    const clash = (await store.listSlaPolicies()).find(
      (p) => p.id !== id && p.kind === terms.kind && p.touchpoint === terms.touchpoint,
    );
    if (clash)
      throw new ConflictError(
        'sla-policy-clash',
        `SLA policy ${clash.id} already promises the ${terms.kind} of ${terms.touchpoint ?? 'any touchpoint'}`,
        { field: 'touchpoint' },
      );
    const policy: SlaPolicy = { id, ...terms, names, updatedAt: clock.now(), updatedBy: userId };
    await store.saveSlaPolicy(policy);
    return policy;
  }
  const get = async (id: string) => {
    const policy = await store.getSlaPolicy(id);
    if (!policy) throw new NotFoundError('sla-policy-not-found', `No SLA policy ${id}`);
    return policy;
  };
  async function readers(policy: Pick<SlaPolicy, 'id' | 'touchpoint' | 'kind'>) {
    return (await latestGraphs())
      .filter((graph) => mayRead(policyCalls(graph), policy))
      .map((graph) => ({
        processId: graph.processId,
        name: graph.name ?? null,
        lanes: graph.lanes,
      }))
      .sort((a, b) => (a.processId < b.processId ? -1 : a.processId > b.processId ? 1 : 0));
  }
  return {
    listSlaPolicies: () => store.listSlaPolicies(),
    getSlaPolicy: get,
    async createSlaPolicy(id, terms, userId) {
      if (await store.getSlaPolicy(id))
        throw new ConflictError('sla-policy-exists', `SLA policy ${id} exists already`, {
          field: 'id',
        });
      return save(id, terms, userId);
    },
    async updateSlaPolicy(id, terms, userId) {
      const stored = await get(id);
      const names = terms.names ?? (terms.name === stored.name ? stored.names : {});
      return save(id, { ...terms, names }, userId);
    },
    slaPolicyReaders: readers,
    async deleteSlaPolicy(id) {
      const policy = await get(id);
      const remaining = (await store.listSlaPolicies()).filter((p) => p.id !== id);
      const reading = (await latestGraphs())
        .filter((graph) => leftWithout(policyCalls(graph), policy, remaining))
        .sort((a, b) => (a.processId < b.processId ? -1 : 1));
      if (reading.length > 0)
        throw new ConflictError(
          'sla-policy-in-use',
          `SLA policy ${id} is read by the deployed processes ${reading.map((g) => g.processId).join(', ')}, which would find no policy without it`,
          {
            processes: reading.map((g) => g.processId),
            processNames: reading.map((g) => g.name ?? g.processId),
          },
        );
      await store.deleteSlaPolicy(id);
    },
  };
}

function check(terms: SlaPolicyTerms, calendars: Record<string, BusinessCalendar>): void {
  if (!KINDS.includes(terms.kind))
    throw new InvalidRequestError('invalid-kind', `kind must be one of ${KINDS.join(', ')}`, {
      field: 'kind',
    });
  let ms: number;
  try {
    ms = addDuration(0, parseDuration(terms.target));
  } catch (error) {
    throw new InvalidRequestError('invalid-duration', (error as Error).message, {
      field: 'target',
    });
  }
  if (ms <= 0)
    throw new InvalidRequestError('invalid-duration', 'target must be longer than zero', {
      field: 'target',
    });
  if (terms.calendar !== null && !Object.hasOwn(calendars, terms.calendar))
    throw new InvalidRequestError(
      'unknown-calendar',
      `Business calendar '${terms.calendar}' is not configured on this server (configured: ${Object.keys(calendars).join(', ') || 'none'})`,
      { field: 'calendar' },
    );
}
