import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sseReader } from '../support/sse-reader.ts';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(ms).toISOString();

describe('SLAs in the API', () => {
  let t: TestApp;
  let t0: number;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'processes/customer-request.bpmn',
      'test/processes/conditional-approval.bpmn',
    );
    t0 = t.clock.now();
  });
  afterEach(() => t.close());

  const tasksOf = async (caller: Caller, query = '') =>
    (await t.json(caller, 'GET', `/api/tasks${query}`)).items;

  /** A customer request classified by the front office: answered now (3 minutes) or deferred (24 hours). */
  async function request(businessKey: string, solvableNow: boolean) {
    const instance = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey },
      201,
    );
    const [classify] = (await tasksOf('analyst', `?instanceId=${instance.id}`)) as { id: string }[];
    await t.json(
      'front',
      'POST',
      `/api/tasks/${classify!.id}/complete`,
      { variables: { solvableNow } },
      204,
    );
    const [next] = await tasksOf('analyst', `?instanceId=${instance.id}`);
    return { instance, task: next };
  }

  it('shows each task with its SLA in the list and in the detail', async () => {
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-1' },
      201,
    );
    const [classify] = await tasksOf('front');
    expect(classify.sla).toBeNull();
    const { task } = await request('customer-2', true);
    const sla = {
      state: 'on-time',
      targetAt: at(t0 + 3 * MINUTE),
      atRiskAt: at(t0 + 144_000),
      pausedAt: null,
    };
    expect(task).toMatchObject({ elementId: 'answer-customer', sla });
    expect(await t.json('front', 'GET', `/api/tasks/${task.id}`)).toMatchObject({
      sla: { ...sla, id: expect.any(String) },
    });
  });

  it('filters the task list to at-risk and breached work, within what the caller may see', async () => {
    const answer = (await request('customer-1', true)).task;
    await request('customer-2', false);
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/conditional-approval/start',
      { variables: { amount: 5000, manager: 'front' } },
      201,
    );
    expect(await tasksOf('analyst', '?slaState=at-risk,breached')).toEqual([]);

    t.clock.advance(144_000); // 80% of the 3 minutes
    await t.engine.runDueJobs();
    expect(
      (await tasksOf('front', '?slaState=at-risk,breached')).map((x: any) => [
        x.elementId,
        x.sla.state,
      ]),
    ).toEqual([['answer-customer', 'at-risk']]);
    expect(await tasksOf('back', '?slaState=at-risk,breached')).toEqual([]);

    await t.json('front', 'POST', `/api/tasks/${answer.id}/complete`, {}, 204);
    t.clock.set(t0 + 25 * HOUR); // the manager's approval (due in a day, no timer) is late and still open
    await t.engine.runDueJobs();
    const late = await tasksOf('analyst', '?slaState=breached');
    expect(late.map((x: any) => [x.elementId, x.state, x.sla.state])).toEqual([
      ['manager-approval', 'open', 'breached'],
    ]);
    expect((await tasksOf('front', '?slaState=breached')).map((x: any) => x.elementId)).toEqual([
      'manager-approval',
    ]);
    // The deferred request's promise broke too, but its task was cancelled by the escalation.
    expect(await tasksOf('analyst', '?slaState=on-time')).toEqual([]);
  });

  it('names slaState when it holds an unknown state', async () => {
    const res = await t.call('front', 'GET', '/api/tasks?slaState=at-risk,late');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: 'validation-failed',
      details: { field: 'slaState' },
      message: expect.stringContaining("'late'"),
    });
  });

  it("lists an instance's SLAs and lets a supervisor re-target one, moving the task's due date", async () => {
    const { instance, task } = await request('customer-1', false);
    t.clock.advance('PT2H');
    const [sla] = await t.json('analyst', 'GET', `/api/process-instances/${instance.id}/slas`);
    expect(sla).toMatchObject({
      elementId: 'resolve-request',
      lane: 'Back office',
      taskId: task.id,
      state: 'on-time',
      startedAt: at(t0),
      targetAt: at(t0 + 24 * HOUR),
    });

    const moved = await t.json(
      'analyst',
      'POST',
      `/api/process-instances/${instance.id}/slas/${sla.id}/retarget`,
      { duration: 'PT4H' },
    );
    expect(moved).toMatchObject({ id: sla.id, state: 'on-time', targetAt: at(t0 + 4 * HOUR) });
    expect(await t.json('back', 'GET', `/api/tasks/${task.id}`)).toMatchObject({
      dueAt: at(t0 + 4 * HOUR),
      sla: { targetAt: at(t0 + 4 * HOUR) },
    });
    // Milliseconds work too.
    await t.json(
      'analyst',
      'POST',
      `/api/process-instances/${instance.id}/slas/${sla.id}/retarget`,
      { duration: 5 * HOUR },
    );
    expect(
      (await t.json('analyst', 'GET', `/api/process-instances/${instance.id}/slas`))[0].targetAt,
    ).toBe(at(t0 + 5 * HOUR));
  });

  it('refuses to re-target an unknown or closed SLA, or by a malformed duration', async () => {
    const { instance, task } = await request('customer-1', false);
    const [sla] = await t.json('analyst', 'GET', `/api/process-instances/${instance.id}/slas`);
    const retarget = (slaId: string, duration: unknown, instanceId = instance.id) =>
      t.call('analyst', 'POST', `/api/process-instances/${instanceId}/slas/${slaId}/retarget`, {
        duration,
      });

    const malformed = await retarget(sla.id, 'soon');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      type: 'invalid-duration',
      details: { field: 'duration' },
    });
    expect((await retarget('no-such-sla', 'PT1H')).status).toBe(404);
    expect((await retarget(sla.id, 'PT1H', 'no-such-instance')).status).toBe(404);
    expect(
      (await t.call('analyst', 'GET', '/api/process-instances/no-such-instance/slas')).status,
    ).toBe(404);
    expect(
      (
        await t.call(
          'back',
          'POST',
          `/api/process-instances/${instance.id}/slas/${sla.id}/retarget`,
          { duration: 'PT1H' },
        )
      ).status,
    ).toBe(403);

    await t.json('back', 'POST', `/api/tasks/${task.id}/complete`, {}, 204);
    const closed = await retarget(sla.id, 'PT1H');
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ type: 'sla-not-running' });
  });

  describe('compliance metrics', () => {
    /**
     * customer-1 answered after 1 minute (met), customer-2 not answered in 3 minutes (breached,
     * escalated to the back office), customer-3 deferred to the back office at once.
     */
    async function threeRequests() {
      const one = await request('customer-1', true);
      const two = await request('customer-2', true);
      await request('customer-3', false);
      t.clock.advance('PT1M');
      await t.json('front', 'POST', `/api/tasks/${one.task.id}/complete`, {}, 204);
      t.clock.advance('PT2M');
      await t.engine.runDueJobs();
      expect(
        (await t.json('analyst', 'GET', `/api/process-instances/${two.instance.id}`))
          .activeElements,
      ).toEqual(['resolve-request']);
    }

    const counts = (c: Record<string, number | null>) => ({
      met: 0,
      breached: 0,
      onTime: 0,
      atRisk: 0,
      cancelled: 0,
      compliance: null,
      averageCloseMs: null,
      p90CloseMs: null,
      ...c,
    });

    it('counts met and breached promises per process, touchpoint and lane, with close times', async () => {
      await threeRequests();
      const metrics = await t.json('analyst', 'GET', '/api/metrics/sla');
      const answer = counts({
        met: 1,
        breached: 1,
        compliance: 0.5,
        averageCloseMs: 2 * MINUTE,
        p90CloseMs: 3 * MINUTE,
      });
      const resolve = counts({ onTime: 2 });
      expect(metrics).toMatchObject({
        from: at(t0 + 3 * MINUTE - 30 * 24 * HOUR),
        to: null,
        processId: null,
        trend: null,
      });
      expect(metrics.byProcess).toEqual([
        {
          processId: 'customer-request',
          name: 'Customer request',
          ...counts({
            met: 1,
            breached: 1,
            onTime: 2,
            compliance: 0.5,
            averageCloseMs: 2 * MINUTE,
            p90CloseMs: 3 * MINUTE,
          }),
        },
      ]);
      expect(metrics.byElement).toEqual([
        {
          processId: 'customer-request',
          elementId: 'answer-customer',
          lane: 'Front office',
          name: 'Answer the customer',
          touchpoint: null,
          ...answer,
        },
        {
          processId: 'customer-request',
          elementId: 'resolve-request',
          lane: 'Back office',
          name: 'Resolve the request',
          touchpoint: null,
          ...resolve,
        },
      ]);
      expect(metrics.byLane).toEqual([
        { lane: 'Back office', ...resolve },
        { lane: 'Front office', ...answer },
      ]);
      expect(metrics.openByLane).toEqual([
        { lane: 'Back office', onTime: 2, atRisk: 0, breached: 0, paused: 0 },
      ]);

      t.clock.advance('PT20H'); // past 80% of both back-office promises
      await t.engine.runDueJobs();
      const later = await t.json('analyst', 'GET', '/api/metrics/sla');
      expect(later.openByLane).toEqual([
        { lane: 'Back office', onTime: 0, atRisk: 2, breached: 0, paused: 0 },
      ]);
    });

    it('lists the escalations of the window: which event moved the work on, to what, for whom', async () => {
      await threeRequests();
      const { items } = await t.json('analyst', 'GET', `/api/metrics/escalations?from=${at(t0)}`);
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'promise.escalated',
          at: at(t0 + 3 * MINUTE),
          businessKey: 'customer-2',
          processName: 'Customer request',
          element: expect.objectContaining({
            elementId: 'front-office-sla-missed',
            name: 'Not answered in 3 minutes',
          }),
          escalatedTo: expect.objectContaining({
            elementId: 'resolve-request',
            name: 'Resolve the request',
            lane: 'Back office',
          }),
        }),
      ]);
      const later = await t.json(
        'analyst',
        'GET',
        `/api/metrics/escalations?from=${at(t0 + 4 * MINUTE)}`,
      );
      expect(later.items).toEqual([]);
      expect((await t.call('front', 'GET', `/api/metrics/escalations?from=${at(t0)}`)).status).toBe(
        403,
      );
    });

    it('counts per hour of the window for a trend, empty hours left out', async () => {
      await threeRequests();
      const from = t0 + 2 * MINUTE - HOUR;
      const { trend } = await t.json(
        'analyst',
        'GET',
        `/api/metrics/sla?from=${at(from)}&bucket=hour`,
      );
      const none = { met: 0, breached: 0, onTime: 0, atRisk: 0, cancelled: 0 };
      expect(trend).toEqual([
        // The three requests' promises, made at t0: one kept, one broken, one running.
        { from: at(from), ...none, met: 1, breached: 1, onTime: 1, compliance: 0.5 },
        // The back office's promise to customer-2 after the escalation, at t0 + 3 minutes.
        { from: at(from + HOUR), ...none, onTime: 1, compliance: null },
      ]);
      const refused = await t.call('analyst', 'GET', '/api/metrics/sla?bucket=week');
      expect(refused.status).toBe(400);
    });

    it('counts only the SLAs that started in the window, and of the process asked for', async () => {
      await threeRequests();
      const window = await t.json(
        'analyst',
        'GET',
        `/api/metrics/sla?from=${at(t0 + 2 * MINUTE)}&to=${at(t0 + HOUR)}`,
      );
      expect(window).toMatchObject({ from: at(t0 + 2 * MINUTE), to: at(t0 + HOUR) });
      // Only customer-2's escalation to the back office started in it.
      expect(window.byElement.map((e: any) => [e.elementId, e.onTime])).toEqual([
        ['resolve-request', 1],
      ]);
      const other = await t.json(
        'analyst',
        'GET',
        '/api/metrics/sla?processId=conditional-approval',
      );
      expect(other).toMatchObject({
        processId: 'conditional-approval',
        byProcess: [],
        byElement: [],
        byLane: [],
        openByLane: [],
      });
      const backwards = await t.call(
        'analyst',
        'GET',
        `/api/metrics/sla?from=${at(t0 + HOUR)}&to=${at(t0)}`,
      );
      expect(backwards.status).toBe(400);
      expect(await backwards.json()).toMatchObject({ details: { field: 'from' } });
      expect((await t.call('front', 'GET', '/api/metrics/sla')).status).toBe(403);
    });
  });

  it('streams SLA changes to the staff who see the task and to analysts, and to no one else', async () => {
    const front = sseReader(await t.call('front', 'GET', '/api/events'));
    const back = sseReader(await t.call('back', 'GET', '/api/events'));
    const analyst = sseReader(await t.call('analyst', 'GET', '/api/events'));
    await request('customer-1', true);
    expect(await front.next('sla.changed')).toMatchObject({
      data: { elementId: 'answer-customer', state: 'on-time', lane: 'Front office' },
    });
    expect(await analyst.next('sla.changed')).toMatchObject({
      data: { elementId: 'answer-customer', state: 'on-time' },
    });

    t.clock.advance(144_000);
    await t.engine.runDueJobs();
    expect(await front.next('sla.changed')).toMatchObject({
      data: { elementId: 'answer-customer', state: 'at-risk' },
    });
    t.clock.advance(36_000);
    await t.engine.runDueJobs();
    // The breach cancels the task (the front office is told) and opens the back office's.
    expect(await front.next('task.changed')).toMatchObject({
      data: { elementId: 'answer-customer', state: 'cancelled', sla: { state: 'breached' } },
    });
    expect(await front.next('sla.changed')).toMatchObject({
      data: { elementId: 'answer-customer', state: 'breached' },
    });
    // The back office's first SLA event is its own: the front office's never reached it.
    expect(await back.next('sla.changed')).toMatchObject({
      data: { elementId: 'resolve-request', state: 'on-time', lane: 'Back office' },
    });
    for (const reader of [front, back, analyst]) await reader.cancel();
  });
});
