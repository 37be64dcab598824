import { afterEach, describe, expect, it } from 'vitest';
import { CLEANUP_LEASE, cleanUpHistory } from '../../engine/retention/history-cleanup.ts';
import type { Store } from '../../engine/ports/store.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/**
 * The history clean-up on the store under test, with the injected clock: what ended longer ago
 * than its time to live goes with everything kept of it, the rest stays; batches yield; one
 * node at a time.
 */
describe('history clean-up', () => {
  let t: TestEngine;
  afterEach(() => t?.close());

  /** Starts `count` requests of `processId` and answers them (they end now); returns their ids. */
  async function endRequests(processId: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const instance = await t.engine.start(processId, {
        businessKey: `customer-${i}`,
        // The callback request's start form asks for a phone number.
        variables: { phone: '555 0100' },
      });
      const [task] = await t.engine.listTasks({ instanceId: instance.id });
      await t.engine.completeTask(task!.id, { userId: 'ana' });
      ids.push(instance.id);
    }
    return ids;
  }

  /** What is left of an instance: its row, history lines, tasks and SLAs. */
  async function leftOf(instanceId: string) {
    return {
      instance: (await t.store.getInstance(instanceId))?.status ?? null,
      history: (await t.store.history(instanceId)).length,
      tasks: (await t.store.listTasks({ instanceId })).length,
      slas: (await t.store.listSlas({ instanceId })).length,
    };
  }

  it("removes an ended request's history once its version's time to live (P30D) has passed, and nothing of running ones", async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/kept-a-month.bpmn');
    const [ended] = await endRequests('kept-a-month', 1);
    const running = await t.engine.start('kept-a-month', { businessKey: 'customer-9' });
    const endedBefore = await leftOf(ended!);
    expect(endedBefore).toMatchObject({ instance: 'completed', tasks: 1, slas: 1 });
    expect(endedBefore.history).toBeGreaterThan(4);

    t.clock.advance('P30D');
    expect(await t.engine.cleanUpHistory()).toMatchObject({ ran: true, instances: 0 });
    expect(await leftOf(ended!)).toEqual(endedBefore);

    t.clock.advance(1);
    const report = await t.engine.cleanUpHistory();
    expect(report).toMatchObject({
      ran: true,
      finished: true,
      instances: 1,
      historyRows: endedBefore.history,
      batches: 1,
    });
    expect(await leftOf(ended!)).toEqual({ instance: null, history: 0, tasks: 0, slas: 0 });
    expect((await t.engine.customerTimeline('customer-0')).items).toEqual([]);
    expect(await leftOf(running.id)).toMatchObject({ instance: 'active', tasks: 1, slas: 1 });
  });

  it("applies the server's default to versions without their own, and keeps their history without one", async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/callback-request.bpmn');
    const [kept] = await endRequests('callback-request', 1);
    t.clock.advance('P3650D');
    expect(await t.engine.cleanUpHistory()).toMatchObject({ ran: true, instances: 0 });
    expect(await leftOf(kept!)).toMatchObject({ instance: 'completed' });
    await t.close();

    t = await startTestEngine({ historyTimeToLive: 7 });
    await t.deployFiles('test/processes/callback-request.bpmn', 'test/processes/kept-a-month.bpmn');
    const [byDefault] = await endRequests('callback-request', 1);
    const [byOwn] = await endRequests('kept-a-month', 1);
    t.clock.advance('P8D');
    expect(await t.engine.cleanUpHistory()).toMatchObject({ instances: 1 });
    expect(await leftOf(byDefault!)).toMatchObject({ instance: null, history: 0 });
    // Its own 30 days beat the default's 7.
    expect(await leftOf(byOwn!)).toMatchObject({ instance: 'completed' });
  });

  it('removes in batches of the given size, letting the event loop turn between them', async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/kept-a-month.bpmn');
    await endRequests('kept-a-month', 12);
    t.clock.advance('P31D');

    // Before each batch, whatever waited for the event loop since the last one has run: here a
    // callback queued after the last batch, as a request or a commit would be.
    const turns: boolean[] = [];
    let turned = true;
    const watched: Store = {
      ...t.store,
      async removeEndedInstances(removal) {
        turns.push(turned);
        turned = false;
        const removed = await t.store.removeEndedInstances(removal);
        setImmediate(() => (turned = true));
        return removed;
      },
    };
    const [report] = await Promise.all([
      cleanUpHistory(watched, t.clock, 'this-node', { batchSize: 2 }),
      t.engine.start('kept-a-month', { businessKey: 'meanwhile' }),
    ]);

    expect(report).toMatchObject({ finished: true, instances: 12, batches: 6 });
    expect(turns).toEqual([true, true, true, true, true, true, true]);
    expect(await t.engine.countInstances({})).toBe(1);
  });

  it('does nothing while another node holds the lease, and runs once it has run out', async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/kept-a-month.bpmn');
    const [ended] = await endRequests('kept-a-month', 1);
    t.clock.advance('P31D');
    const now = t.clock.now();
    expect(
      await t.store.takeLease({
        name: CLEANUP_LEASE,
        owner: 'other-node',
        now,
        until: now + 60_000,
      }),
    ).toBe(true);

    expect(await t.engine.cleanUpHistory()).toMatchObject({ ran: false, instances: 0 });
    expect(await leftOf(ended!)).toMatchObject({ instance: 'completed' });

    t.clock.advance(60_000);
    expect(await t.engine.cleanUpHistory()).toMatchObject({ ran: true, instances: 1 });
    // Released at the end: the other node may take it at once.
    expect(
      await t.store.takeLease({ name: CLEANUP_LEASE, owner: 'other-node', now, until: now + 1 }),
    ).toBe(true);
  });

  it('stops after the batch under way when told to, or when another node took the lease', async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/kept-a-month.bpmn');
    await endRequests('kept-a-month', 6);
    t.clock.advance('P31D');

    const stop = new AbortController();
    stop.abort();
    expect(await t.engine.cleanUpHistory({ batchSize: 2, signal: stop.signal })).toMatchObject({
      ran: true,
      finished: false,
      instances: 0,
    });

    // A lease of no length is renewed before every batch: the intruder takes it after the first.
    const intruded: Store = {
      ...t.store,
      async removeEndedInstances(removal) {
        const removed = await t.store.removeEndedInstances(removal);
        const now = t.clock.now();
        await t.store.takeLease({ name: CLEANUP_LEASE, owner: 'intruder', now, until: now + 1 });
        return removed;
      },
    };
    const report = await cleanUpHistory(intruded, t.clock, 'this-node', {
      batchSize: 2,
      leaseMs: 0,
    });
    expect(report).toMatchObject({ ran: true, finished: false, instances: 2, batches: 1 });
    expect(await t.engine.countInstances({})).toBe(4);
  });
});
