import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const at = (time: string) => Date.parse(`2026-01-05T${time}Z`);

describe("the customer request's promise, from the moment of contact", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  async function openTask(instanceId: string, elementId: string) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    expect(task, `an open ${elementId} task`).toBeDefined();
    return task!;
  }

  /** A call at 10:00:00, registered at 10:00:40, classified at 10:01:00. */
  async function callRegisteredAndClassified(solvableNow: boolean) {
    t.clock.set(at('10:00:40'));
    const { id } = await t.engine.start('customer-request', {
      businessKey: 'customer-42',
      variables: { contactedAt: '2026-01-05T10:00:00Z' },
    });
    t.clock.set(at('10:01:00'));
    await t.engine.completeTask((await openTask(id, 'classify-request')).id, {
      variables: { solvableNow },
    });
    return id;
  }

  const overdue = async () =>
    (await t.engine.openWork()).map(({ lane, open, overdue }) => ({ lane, open, overdue }));

  it('breaks at 10:03:00 for a call at 10:00:00, and the back office inherits the broken promise', async () => {
    const id = await callRegisteredAndClassified(true);
    const answer = await openTask(id, 'answer-customer');
    expect(answer).toMatchObject({ dueAt: at('10:03:00'), promiseDueAt: at('10:03:00') });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      {
        elementId: 'answer-customer',
        taskId: answer.id,
        lane: 'Front office',
        startedAt: at('10:00:00'),
        targetAt: at('10:03:00'),
        state: 'on-time',
      },
    ]);

    t.clock.set(at('10:02:59'));
    await t.engine.runDueJobs();
    expect((await t.engine.getTask(answer.id)).state).toBe('open');
    t.clock.set(at('10:03:00'));
    await t.engine.runDueJobs();
    expect((await t.engine.getTask(answer.id)).state).toBe('cancelled');
    const resolve = await openTask(id, 'resolve-request');
    // Its own 24 hours beside the request's promise, which stays broken.
    expect(resolve).toMatchObject({
      lane: 'Back office',
      dueAt: at('10:03:00') + 24 * 3_600_000,
      promiseDueAt: at('10:03:00'),
    });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { elementId: 'answer-customer', state: 'breached', breachedAt: at('10:03:00') },
      { elementId: 'resolve-request', state: 'on-time', startedAt: at('10:03:00') },
    ]);

    // Counted overdue in the back office until the request is resolved.
    t.clock.set(at('10:05:00'));
    expect(await overdue()).toEqual([{ lane: 'Back office', open: 1, overdue: 1 }]);
    await t.engine.completeTask(resolve.id);
    expect(await openTask(id, 'inform-customer')).toMatchObject({ promiseDueAt: at('10:03:00') });
    expect(await overdue()).toEqual([{ lane: 'Back office', open: 1, overdue: 1 }]);
    await t.engine.completeTask((await openTask(id, 'inform-customer')).id);
    expect(await overdue()).toEqual([]);
    expect((await t.engine.getInstance(id)).status).toBe('completed');

    const events = (await t.engine.customerTimeline('customer-42')).items.slice().reverse();
    expect(
      events
        .filter((e) => e.kind.startsWith('promise.'))
        .map((e) => [e.kind, e.element?.name, e.at]),
    ).toEqual([
      // Due at 10:02:24 (80% of the 3 minutes); the jobs ran at 10:02:59.
      ['promise.at-risk', 'Answer the customer', at('10:02:59')],
      ['promise.breached', 'Answer the customer', at('10:03:00')],
      ['promise.escalated', 'Not answered in 3 minutes', at('10:03:00')],
      ['promise.met', 'Resolve the request', at('10:05:00')],
    ]);
    expect(events.find((e) => e.kind === 'promise.escalated')?.escalatedTo).toMatchObject({
      name: 'Resolve the request',
      lane: 'Back office',
    });
  });

  it('gives a deferred request 24 hours from the contact, kept when resolved in time', async () => {
    const id = await callRegisteredAndClassified(false);
    const resolve = await openTask(id, 'resolve-request');
    expect(resolve.promiseDueAt).toBe(at('10:00:00') + 24 * 3_600_000);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { elementId: 'resolve-request', startedAt: at('10:00:00'), state: 'on-time' },
    ]);

    t.clock.set(at('15:00:00'));
    await t.engine.completeTask(resolve.id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([{ state: 'met' }]);
    // A kept promise is no longer carried: informing the customer has no deadline of it.
    expect((await openTask(id, 'inform-customer')).promiseDueAt).toBeNull();
  });

  it('keeps the contact as the start when the promise is re-targeted, and tells the task', async () => {
    const id = await callRegisteredAndClassified(false);
    const [sla] = await t.engine.listSlas({ instanceId: id });
    t.clock.set(at('11:00:00'));
    await t.engine.retargetSla({ instanceId: id, slaId: sla!.id, duration: 'PT4H' });
    expect(await openTask(id, 'resolve-request')).toMatchObject({ promiseDueAt: at('14:00:00') });
    expect((await t.engine.getInstance(id)).variables.promiseDueAt).toBe(
      '2026-01-05T14:00:00.000Z',
    );
  });

  it('counts from the registration when no contact time is given, and never from the future', async () => {
    t.clock.set(at('10:00:40'));
    const unstated = await t.engine.start('customer-request');
    const later = await t.engine.start('customer-request', {
      variables: { contactedAt: '2026-01-05T10:30:00Z' },
    });
    for (const { id } of [unstated, later]) {
      await t.engine.completeTask((await openTask(id, 'classify-request')).id, {
        variables: { solvableNow: true },
      });
      expect((await openTask(id, 'answer-customer')).promiseDueAt).toBe(at('10:03:40'));
    }
  });

  it('refuses a contact time that is no time, and starts nothing', async () => {
    await expect(
      t.engine.start('customer-request', { variables: { contactedAt: 'ten past ten' } }),
    ).rejects.toMatchObject({
      code: 'invalid-contact-time',
      details: { field: 'contactedAt' },
      message: expect.stringContaining('"ten past ten"'),
    });
    expect(await t.engine.listInstances({})).toEqual([]);
  });
});
