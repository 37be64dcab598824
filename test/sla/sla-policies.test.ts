import { afterEach, describe, expect, it } from 'vitest';
import { officeHours } from '../../engine/index.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('SLA policies in the customer request', () => {
  let t: TestEngine;
  afterEach(() => t.close());

  it('counts "e-mail, deferred" in 24 working hours on the Madrid calendar once it names it', async () => {
    t = await startTestEngine({ calendars: { madrid: officeHours('Europe/Madrid') } });
    await t.deployFiles('processes/customer-request.bpmn');
    const emailDeferred = await t.engine.getSlaPolicy('email-deferred');
    await t.engine.updateSlaPolicy(
      'email-deferred',
      { ...emailDeferred, calendar: 'madrid' },
      'sara',
    );
    // Friday 16:00 in Madrid: one working hour that day, eight on Monday and Tuesday, seven on
    // Wednesday.
    t.clock.set('2026-01-09T15:00:00Z');
    const { id } = await t.engine.start('customer-request', { businessKey: 'customer-9' });
    const [classify] = await t.engine.listTasks({ instanceId: id });
    await t.engine.completeTask(classify!.id, {
      variables: { solvableNow: false, channel: 'email' },
    });
    const [resolve] = await t.engine.listTasks({ instanceId: id, state: 'open' });
    const wednesday = Date.parse('2026-01-14T15:00:00Z');
    expect(resolve).toMatchObject({ elementId: 'resolve-request', dueAt: wednesday });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      {
        elementId: 'resolve-request',
        policy: 'email-deferred',
        calendar: 'madrid',
        targetAt: wednesday,
      },
    ]);
    // The escalation timer counts on the same calendar.
    const jobs = await t.engine.listJobs({ instanceId: id });
    expect(jobs.map((job) => job.dueAt)).toContain(wednesday);
  });

  it('gives a phone request without a channel the policy for any touchpoint', async () => {
    t = await startTestEngine();
    await t.deployFiles('processes/customer-request.bpmn');
    const { id } = await t.engine.start('customer-request');
    const [classify] = await t.engine.listTasks({ instanceId: id });
    await t.engine.completeTask(classify!.id, { variables: { solvableNow: true } });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { elementId: 'answer-customer', policy: 'any-immediate' },
    ]);
  });
});
