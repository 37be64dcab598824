import { afterEach, describe, expect, it } from 'vitest';
import { officeHours } from '../../engine/index.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('SLA clocks', () => {
  let t: TestEngine;
  afterEach(() => t.close());

  async function complete(instanceId: string, elementId: string, variables = {}) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    expect(task, `an open ${elementId} task`).toBeDefined();
    await t.engine.completeTask(task!.id, { variables });
  }

  it('stands still while the instance waits on the customer: 10 minutes of waiting move the breach 10 minutes later', async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/complaint-with-reply.bpmn');
    const start = t.clock.now();
    const { id } = await t.engine.start('complaint-with-reply', { businessKey: 'customer-7' });
    await complete(id, 'analyse-complaint', { needsInformation: true });
    await complete(id, 'ask-customer');
    t.clock.advance('PT10M');
    await t.engine.correlateMessage({ messageName: 'customer-reply', businessKey: 'customer-7' });
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      {
        elementId: 'handle-complaint',
        pausedMs: 10 * MINUTE,
        targetAt: start + 24 * HOUR + 10 * MINUTE,
        state: 'on-time',
      },
    ]);

    t.clock.set(start + 24 * HOUR + 5 * MINUTE);
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['resolve-complaint']);

    t.clock.set(start + 24 * HOUR + 10 * MINUTE);
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['review-complaint']);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'breached', breachedAt: start + 24 * HOUR + 10 * MINUTE },
    ]);
  });

  it('does not count a wait on the customer that is still going on', async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/complaint-with-reply.bpmn');
    const { id } = await t.engine.start('complaint-with-reply');
    await complete(id, 'analyse-complaint', { needsInformation: true });
    await complete(id, 'ask-customer');
    t.clock.advance('PT30H');
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['customer-reply']);
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { state: 'on-time', pausedAt: expect.any(Number) },
    ]);
  });

  it('counts a due date on the business calendar: Friday 16:00 plus 8 working hours is Monday 16:00', async () => {
    t = await startTestEngine({ calendars: { office: officeHours('UTC') } });
    await t.deployFiles('test/processes/office-hours-request.bpmn');
    t.clock.set('2026-01-09T16:00:00Z');
    const { id } = await t.engine.start('office-hours-request');
    const [task] = await t.engine.listTasks({ instanceId: id });
    expect(new Date(task!.dueAt!).toISOString()).toBe('2026-01-12T16:00:00.000Z');
    expect(await t.engine.listSlas({ instanceId: id })).toMatchObject([
      { calendar: 'office', targetAt: Date.parse('2026-01-12T16:00:00Z') },
    ]);
  });
});
