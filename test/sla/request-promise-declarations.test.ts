import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const HOUR = 3_600_000;
const at = (time: string) => Date.parse(`2026-01-05T${time}Z`);

describe("a request's promise declared on a process, chosen on the way, or on a subprocess", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/request-promises.bpmn');
    t.clock.set(at('09:10:00'));
  });
  afterEach(() => t.close());

  async function openTask(instanceId: string, elementId: string) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    expect(task, `an open ${elementId} task`).toBeDefined();
    return task!;
  }

  it("keeps a process's own promise on every task, standing still while the customer owes documents", async () => {
    const { id } = await t.engine.start('documented-claim', {
      businessKey: 'customer-9',
      variables: { contactedAt: '2026-01-05T09:00:00Z' },
    });
    const review = await openTask(id, 'review-claim');
    expect(review.promiseDueAt).toBe(at('11:00:00'));
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      {
        elementId: 'documented-claim',
        taskId: null,
        lane: null,
        startedAt: at('09:00:00'),
        targetAt: at('11:00:00'),
      },
    ]);

    t.clock.set(at('09:30:00'));
    await t.engine.completeTask(review.id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { pausedAt: at('09:30:00') },
    ]);
    t.clock.set(at('10:30:00'));
    await t.engine.correlateMessage({ messageName: 'documents-sent', businessKey: 'customer-9' });
    // An hour on the customer's side: the promise falls due an hour later.
    const decide = await openTask(id, 'decide-claim');
    expect(decide.promiseDueAt).toBe(at('12:00:00'));
    expect((await t.engine.getInstance(id)).variables.promiseDueAt).toBe(
      '2026-01-05T12:00:00.000Z',
    );

    t.clock.set(at('12:00:00'));
    await t.engine.runDueJobs();
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([{ state: 'breached' }]);
    t.clock.set(at('12:05:00'));
    expect((await t.engine.openWork()).map((row) => row.overdue)).toEqual([1]);
    await t.engine.completeTask(decide.id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'breached', closedAt: at('12:05:00') },
    ]);
    const events = (await t.engine.customerTimeline('customer-9')).items.slice().reverse();
    expect(events.find((e) => e.kind === 'promise.breached')?.element?.name).toBe(
      'Documented claim',
    );
  });

  it('is met when the process ends in time', async () => {
    const { id } = await t.engine.start('documented-claim');
    await t.engine.completeTask((await openTask(id, 'review-claim')).id);
    await t.engine.correlateMessage({ messageName: 'documents-sent' });
    t.clock.advance('PT1H');
    await t.engine.completeTask((await openTask(id, 'decide-claim')).id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'met', startedAt: at('09:10:00'), closedAt: at('10:10:00') },
    ]);
  });

  it('lets the next activity choose again when the one that chose is cancelled before it broke', async () => {
    const { id } = await t.engine.start('callback-offer');
    const answer = await openTask(id, 'answer-call');
    expect(answer).toMatchObject({ dueAt: at('09:13:00'), promiseDueAt: at('09:13:00') });

    t.clock.set(at('09:11:00'));
    await t.engine.correlateMessage({ messageName: 'callback-asked' });
    // An hour from the call, not from the customer's asking.
    expect((await openTask(id, 'call-back')).promiseDueAt).toBe(at('09:10:00') + HOUR);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { elementId: 'answer-call', state: 'cancelled' },
      { elementId: 'call-back', state: 'on-time', startedAt: at('09:10:00') },
    ]);
  });

  it('gives a subprocess a promise of its own, from its contact, that the work before it lacks', async () => {
    const { id } = await t.engine.start('missed-call', {
      variables: { calledAt: '2026-01-05T08:50:00Z' },
    });
    expect((await openTask(id, 'look-up-customer')).promiseDueAt).toBeNull();
    t.clock.set(at('09:20:00'));
    await t.engine.completeTask((await openTask(id, 'look-up-customer')).id);
    expect((await openTask(id, 'call-customer')).promiseDueAt).toBe(at('09:50:00'));
    await t.engine.completeTask((await openTask(id, 'call-customer')).id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { elementId: 'return-call', startedAt: at('08:50:00'), state: 'met' },
    ]);
    expect((await t.engine.getInstance(id)).status).toBe('completed');
  });
});
