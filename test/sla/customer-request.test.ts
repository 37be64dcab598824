import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the customer request promise', () => {
  let t: TestEngine;
  let start: number;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('processes/customer-request.bpmn');
    start = t.clock.now();
  });
  afterEach(() => t.close());

  async function openTask(instanceId: string, elementId: string) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    expect(task, `an open ${elementId} task`).toBeDefined();
    return task!;
  }

  it('escalates an immediate request to the back office after 3 minutes, then to a supervisor after 24 hours', async () => {
    const { id } = await t.engine.start('customer-request', { businessKey: 'customer-42' });
    await t.engine.completeTask((await openTask(id, 'classify-request')).id, {
      variables: { solvableNow: true },
    });
    const answer = await openTask(id, 'answer-customer');
    expect(answer).toMatchObject({ candidateGroups: ['front-office'], dueAt: start + 3 * MINUTE });

    t.clock.advance('PT3M');
    await t.engine.runDueJobs();
    expect((await t.engine.getTask(answer.id)).state).toBe('cancelled');
    const resolve = await openTask(id, 'resolve-request');
    expect(resolve).toMatchObject({
      candidateGroups: ['back-office'],
      dueAt: start + 3 * MINUTE + 24 * HOUR,
    });

    t.clock.advance('PT24H');
    await t.engine.runDueJobs();
    const review = await openTask(id, 'review-breach');
    expect(review.candidateGroups).toEqual(['supervisors']);

    const slas = await t.engine.listSlas({ instanceId: id });
    expect(
      slas.map(({ elementId, lane, state, startedAt, targetAt, breachedAt }) => ({
        elementId,
        lane,
        state,
        startedAt,
        targetAt,
        breachedAt,
      })),
    ).toEqual([
      {
        elementId: 'answer-customer',
        lane: 'Front office',
        state: 'breached',
        startedAt: start,
        targetAt: start + 3 * MINUTE,
        breachedAt: start + 3 * MINUTE,
      },
      {
        elementId: 'resolve-request',
        lane: 'Back office',
        state: 'breached',
        startedAt: start + 3 * MINUTE,
        targetAt: start + 3 * MINUTE + 24 * HOUR,
        breachedAt: start + 3 * MINUTE + 24 * HOUR,
      },
    ]);
    expect(await t.engine.listJobs({ instanceId: id })).toEqual([]);
  });

  it('turns at risk at 80% of the target and is met when answered in time', async () => {
    const { id } = await t.engine.start('customer-request');
    await t.engine.completeTask((await openTask(id, 'classify-request')).id, {
      variables: { solvableNow: true },
    });
    t.clock.advance(144_000); // 80% of 3 minutes
    await t.engine.runDueJobs();
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'at-risk', atRiskSince: start + 144_000 },
    ]);

    t.clock.advance(10_000);
    await t.engine.completeTask((await openTask(id, 'answer-customer')).id);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'met', closedAt: start + 154_000 },
    ]);
    expect((await t.engine.getInstance(id)).status).toBe('completed');
    expect(await t.engine.listJobs({ instanceId: id })).toEqual([]);
  });

  it('keeps the time already spent when a running SLA is re-targeted', async () => {
    const { id } = await t.engine.start('customer-request');
    await t.engine.completeTask((await openTask(id, 'classify-request')).id, {
      variables: { solvableNow: false },
    });
    t.clock.advance('PT2H');
    const [sla] = await t.engine.listSlas({ instanceId: id });
    // A premium customer: 4 hours instead of 24, counted from the start, so 2 hours are left.
    await t.engine.retargetSla({ instanceId: id, slaId: sla!.id, duration: 'PT4H' });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { targetAt: start + 4 * HOUR, state: 'on-time' },
    ]);
    expect((await openTask(id, 'resolve-request')).dueAt).toBe(start + 4 * HOUR);

    t.clock.advance('PT2H');
    await t.engine.runDueJobs();
    await openTask(id, 'review-breach');
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'breached', breachedAt: start + 4 * HOUR },
    ]);
  });
});
