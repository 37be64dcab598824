import type { CustomerEvent } from './customer-events.ts';
import type { Definitions } from './definitions.ts';
import type { Store } from './ports/store.ts';
import { readInstanceStory } from './instance-story.ts';

/** An escalation: a timer or escalation event that moved the work on, with its customer. */
export type Escalation = CustomerEvent & { kind: 'promise.escalated'; businessKey: string | null };

export interface EscalationWindow {
  /** Escalations at or after this time, of promises that started at or after it. */
  from: number;
  /** Strict upper bound on both; none: up to now. */
  to?: number;
}

/**
 * The escalations of a window, newest first. Work is escalated when a promise breaks (an
 * interrupting timer beside the promise), so they are read from the instances whose promises
 * started in the window and broke (the SLA table's state index), each told as the customer
 * timeline tells it: from which element, to which work. An escalation without a broken
 * promise is not counted.
 */
export async function escalations(
  store: Store,
  definitions: Definitions,
  { from, to = Number.MAX_SAFE_INTEGER }: EscalationWindow,
): Promise<Escalation[]> {
  const broken = await store.listSlas({
    states: ['breached'],
    startedAfter: from,
    startedBefore: to,
  });
  const found: Escalation[] = [];
  for (const instanceId of new Set(broken.map((sla) => sla.instanceId))) {
    const story = await readInstanceStory(store, definitions, instanceId);
    if (!story) continue;
    for (const event of story.events)
      if (event.kind === 'promise.escalated' && event.at >= from && event.at < to)
        found.push({ ...event, kind: event.kind, businessKey: story.instance.businessKey ?? null });
  }
  return found.sort((a, b) => b.at - a.at || b.seq - a.seq);
}
