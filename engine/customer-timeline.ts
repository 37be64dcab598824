import type { CustomerEvent } from './customer-events.ts';
import type { Definitions } from './definitions.ts';
import type { Store } from './ports/store.ts';
import { readInstanceStory } from './instance-story.ts';

export interface CustomerTimelineOptions {
  /** History lines per page (a page holds at most this many events). */
  limit?: number;
  /** Pages back: only lines before this `seq`. */
  beforeSeq?: number;
  /** Also the lines without customer meaning (flows, gateways, variable writes) as `engine` events. */
  engine?: boolean;
}

export interface CustomerTimelinePage {
  /** Newest first. */
  items: CustomerEvent[];
  /** Pass as `beforeSeq` for the page before; null on the last page. */
  nextBefore: number | null;
}

/**
 * What happened to one customer (every instance with the business key), told in the customer's
 * terms, newest first. A page covers `limit` history lines; each instance in it is read whole,
 * so an event can look at its neighbours (the values a completion submitted, where an
 * escalation sent the work) across the page's edge.
 */
export async function customerTimeline(
  store: Store,
  definitions: Definitions,
  businessKey: string,
  { limit = 100, beforeSeq, engine = false }: CustomerTimelineOptions = {},
): Promise<CustomerTimelinePage> {
  const page = await store.historyByBusinessKey(businessKey, { limit, beforeSeq });
  const inPage = new Set(page.map((line) => line.seq));
  const items: CustomerEvent[] = [];
  for (const instanceId of new Set(page.map((line) => line.instanceId))) {
    const story = await readInstanceStory(store, definitions, instanceId, engine);
    if (story) items.push(...story.events.filter((e) => inPage.has(e.seq)));
  }
  items.sort((a, b) => b.seq - a.seq);
  const last = page.at(-1);
  return { items, nextBefore: page.length === limit && last ? last.seq : null };
}
