import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import type { Clock } from './ports/clock.ts';
import type { SlaPolicy, SlaPolicyKind } from './ports/sla-policies.ts';
import type { Store } from './ports/store.ts';
import type { BusinessCalendar } from './timers/business-calendar.ts';
import { addDuration, parseDuration } from './timers/iso8601.ts';

/** What a person sets of a policy; the id is given apart, who and when are the engine's. */
export type SlaPolicyTerms = Pick<
  SlaPolicy,
  'name' | 'touchpoint' | 'kind' | 'target' | 'calendar'
>;

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
}

const KINDS: readonly SlaPolicyKind[] = ['first-response', 'resolution'];

/** The SLA policy commands over a store, checking calendars against the engine's. */
export function createSlaPolicyCommands(
  store: Store,
  clock: Clock,
  calendars: Record<string, BusinessCalendar> = {},
): SlaPolicyCommands {
  async function save(id: string, terms: SlaPolicyTerms, userId: string | null) {
    check(terms, calendars);
    const clash = (await store.listSlaPolicies()).find(
      (p) => p.id !== id && p.kind === terms.kind && p.touchpoint === terms.touchpoint,
    );
    if (clash)
      throw new ConflictError(
        'sla-policy-clash',
        `SLA policy ${clash.id} already promises the ${terms.kind} of ${terms.touchpoint ?? 'any touchpoint'}`,
        { field: 'touchpoint' },
      );
    const policy: SlaPolicy = { id, ...terms, updatedAt: clock.now(), updatedBy: userId };
    await store.saveSlaPolicy(policy);
    return policy;
  }
  const get = async (id: string) => {
    const policy = await store.getSlaPolicy(id);
    if (!policy) throw new NotFoundError('sla-policy-not-found', `No SLA policy ${id}`);
    return policy;
  };
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
      await get(id);
      return save(id, terms, userId);
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
