/**
 * Event subscriptions: who waits for which message or signal. A subscription with an instance
 * belongs to a waiting token, an armed boundary event or an event subprocess; one without an
 * instance is the start event of a deployed definition.
 */
export interface EventSubscriptionRecord {
  id: string;
  kind: 'message' | 'signal';
  /** The message or signal name, expressions already evaluated. */
  name: string;
  instanceId?: string | null;
  tokenId?: string | null;
  elementId: string;
  definitionId: string;
  processId: string;
  businessKey?: string | null;
  createdAt: number;
}

export interface SubscriptionQuery {
  kind?: 'message' | 'signal';
  name?: string;
  instanceId?: string;
  businessKey?: string;
  /** Only start events of definitions (no instance). */
  startEventsOnly?: boolean;
  /** Only subscriptions of instances. */
  instancesOnly?: boolean;
  /**
   * Only those a message or signal may reach: of unsuspended instances, and start events of
   * unsuspended definitions (Camunda passes suspended ones by).
   */
  activeOnly?: boolean;
  id?: string;
  elementId?: string;
  /** Newest first (ties by id); oldest first (`createdAt`, then `id`) otherwise. */
  newestFirst?: boolean;
  offset?: number;
  limit?: number;
}

export interface SubscriptionStore {
  findSubscriptions(query: SubscriptionQuery): Promise<EventSubscriptionRecord[]>;
  /** How many subscriptions `findSubscriptions` would return without paging. */
  countSubscriptions(query: SubscriptionQuery): Promise<number>;
}
