/** What a policy promises to answer: the first response, or the resolution of the request. */
export type SlaPolicyKind = 'first-response' | 'resolution';

/**
 * A named promise per touchpoint and kind of request ("Phone, immediate: 3 minutes"), kept in
 * the store and changed without a redeploy. Diagrams read it through `${slaPolicy(...)}`;
 * each instance keeps the policies of its start (`InstanceState.slaPolicies`).
 */
export interface SlaPolicy {
  /** A short name diagrams use: `phone-immediate`. */
  id: string;
  /** How people call it: "Phone, immediate". */
  name: string;
  /**
   * Its name per language (`{ es: 'Teléfono, inmediata' }`), shown instead of `name` to people
   * reading that language; empty when the name is what a person typed (the shipped policies
   * have theirs in English and Spanish).
   */
  names: Record<string, string>;
  /** The touchpoint it applies to (`phone`, `chat`, `email`, ...); null: any touchpoint. */
  touchpoint: string | null;
  kind: SlaPolicyKind;
  /** The promise: an ISO 8601 duration (`PT3M`, `PT24H`). */
  target: string;
  /** A business calendar the target counts on (working time); null: plain time. */
  calendar: string | null;
  /** When and by whom it was last changed; null for the defaults the store starts with. */
  updatedAt: number | null;
  updatedBy: string | null;
}

/** The SLA policies of a store. The store starts with `DEFAULT_SLA_POLICIES`. */
export interface SlaPolicyStore {
  /** Every policy, ordered by id. */
  listSlaPolicies(): Promise<SlaPolicy[]>;
  getSlaPolicy(id: string): Promise<SlaPolicy | undefined>;
  /** Inserts the policy, or replaces the one of its id. */
  saveSlaPolicy(policy: SlaPolicy): Promise<void>;
  /** Removes the policy of this id; false when there was none. */
  deleteSlaPolicy(id: string): Promise<boolean>;
}

/**
 * The policies a new store holds: today's promises of the customer request (answered in 3
 * minutes while the customer waits, resolved in 24 hours), per touchpoint and for any touchpoint,
 * named in English and Spanish. A store is seeded with them once, when it is created (a removed
 * one stays removed).
 */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicy[] = [
  [
    'any-immediate',
    'Any touchpoint, immediate',
    'Cualquier punto de contacto, inmediata',
    null,
    'first-response',
    'PT3M',
  ],
  [
    'any-deferred',
    'Any touchpoint, deferred',
    'Cualquier punto de contacto, diferida',
    null,
    'resolution',
    'PT24H',
  ],
  ['phone-immediate', 'Phone, immediate', 'Teléfono, inmediata', 'phone', 'first-response', 'PT3M'],
  ['phone-deferred', 'Phone, deferred', 'Teléfono, diferida', 'phone', 'resolution', 'PT24H'],
  ['chat-immediate', 'Chat, immediate', 'Chat, inmediata', 'chat', 'first-response', 'PT3M'],
  ['chat-deferred', 'Chat, deferred', 'Chat, diferida', 'chat', 'resolution', 'PT24H'],
  [
    'email-deferred',
    'E-mail, deferred',
    'Correo electrónico, diferida',
    'email',
    'resolution',
    'PT24H',
  ],
].map(([id, name, es, touchpoint, kind, target]) => ({
  id: id!,
  name: name!,
  names: { en: name!, es: es! },
  touchpoint: touchpoint ?? null,
  kind: kind as SlaPolicyKind,
  target: target!,
  calendar: null,
  updatedAt: null,
  updatedBy: null,
}));
