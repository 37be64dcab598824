import { type CustomerEvent, describeInstance } from './customer-events.ts';
import type { Definitions } from './definitions.ts';
import type { InstanceRecord, Store } from './ports/store.ts';

/** One instance and what happened in it, told in the customer's terms. */
export interface InstanceStory {
  instance: InstanceRecord;
  events: CustomerEvent[];
}

/**
 * Reads one instance whole (its history, its SLAs and its diagram) and describes it; undefined
 * when the instance is gone. With `engine`, the lines without customer meaning are kept too.
 */
export async function readInstanceStory(
  store: Store,
  definitions: Definitions,
  instanceId: string,
  engine = false,
): Promise<InstanceStory | undefined> {
  const instance = await store.getInstance(instanceId);
  if (!instance) return undefined;
  const [{ graph, record }, lines, slas] = await Promise.all([
    definitions.byId(instance.definitionId),
    store.history(instanceId),
    store.listSlas({ instanceId }),
  ]);
  const context = {
    instanceId,
    processId: instance.processId,
    processName: record.name ?? null,
    graph,
    slas,
  };
  return { instance, events: describeInstance(lines, context, engine) };
}
