import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

const at = (time: string) => `2026-01-05T${time}.000Z`;

describe("the request's promise through the API", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  const tasksOf = async (caller: Caller, query = '') =>
    (await t.json(caller, 'GET', `/api/tasks${query}`)).items;

  /** The front office registers a request now and classifies it at `classifiedAt`. */
  async function registerAndClassify(
    businessKey: string,
    variables: Record<string, unknown>,
    classifiedAt: string,
    solvableNow: boolean,
  ) {
    await t.json(
      'front',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey, variables },
      201,
    );
    t.clock.set(at(classifiedAt));
    const [classify] = await tasksOf('front', `?businessKey=${businessKey}`);
    await t.json(
      'front',
      'POST',
      `/api/tasks/${classify.id}/complete`,
      { variables: { solvableNow } },
      204,
    );
  }

  it('shows the back office the broken promise of an escalated request, sorted and filtered by it, and counts it overdue', async () => {
    // A call at 10:00:00, registered at 10:00:40, classified immediate at 10:01:00.
    t.clock.set(at('10:00:40'));
    await registerAndClassify('customer-1', { contactedAt: at('10:00:00') }, '10:01:00', true);
    const [answer] = await tasksOf('front');
    expect(answer).toMatchObject({
      elementId: 'answer-customer',
      dueAt: at('10:03:00'),
      promiseDueAt: at('10:03:00'),
      sla: { state: 'on-time', targetAt: at('10:03:00') },
    });

    t.clock.set(at('10:03:00'));
    await t.engine.runDueJobs();
    // A later request, deferred: its promise (24 hours) is kept for now.
    t.clock.set(at('10:04:00'));
    await registerAndClassify('customer-2', {}, '10:04:00', false);

    const byPromise = await tasksOf('back', '?sort=promise');
    expect(
      byPromise.map((task: any) => [task.businessKey, task.promiseDueAt, task.sla?.state]),
    ).toEqual([
      ['customer-1', at('10:03:00'), 'on-time'],
      ['customer-2', '2026-01-06T10:04:00.000Z', 'on-time'],
    ]);
    const broken = await tasksOf('back', `?promiseDueBefore=${at('10:04:00')}`);
    expect(broken.map((task: any) => task.businessKey)).toEqual(['customer-1']);
    const firstPage = await t.json('back', 'GET', '/api/tasks?sort=promise&limit=1');
    const secondPage = await tasksOf(
      'back',
      `?sort=promise&limit=1&cursor=${firstPage.nextCursor}`,
    );
    expect(secondPage.map((task: any) => task.businessKey)).toEqual(['customer-2']);

    const openWork = await t.json('analyst', 'GET', '/api/metrics/open-work');
    expect(openWork.byLane).toEqual([
      { lane: 'Back office', open: 2, overdue: 1, dueSoon: 0, byAge: [2, 0, 0, 0] },
    ]);

    const timeline = (
      await t.json('analyst', 'GET', '/api/history/customers/customer-1')
    ).items.reverse();
    expect(
      timeline
        .filter((e: any) => e.kind === 'promise.breached' || e.kind === 'promise.escalated')
        .map((e: any) => [e.kind, e.element.name, e.at, e.escalatedTo?.name]),
    ).toEqual([
      ['promise.breached', 'Answer the customer', at('10:03:00'), undefined],
      ['promise.escalated', 'Not answered in 3 minutes', at('10:03:00'), 'Resolve the request'],
    ]);
  });

  it('refuses a contact time that is no time with a 400 naming the field, and a sort it does not know', async () => {
    const start = await t.call('front', 'POST', '/api/process-definitions/customer-request/start', {
      variables: { contactedAt: 'ten past ten' },
    });
    expect(start.status).toBe(400);
    expect(await start.json()).toMatchObject({
      type: 'invalid-contact-time',
      details: { field: 'contactedAt' },
    });
    expect((await t.call('back', 'GET', '/api/tasks?sort=broken')).status).toBe(400);
  });
});
