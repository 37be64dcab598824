import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

const at = (time: string) => `2026-01-05T${time}.000Z`;

describe('SLA policies through the API', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  const phoneImmediate = {
    name: 'Phone, immediate',
    touchpoint: 'phone',
    kind: 'first-response',
    target: 'PT5M',
    calendar: null,
  };

  /** The front office registers a request now; it is returned with its classification. */
  async function register(businessKey: string) {
    await t.json(
      'front',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey },
      201,
    );
    return {
      /** Classifies it as solvable on the call, over `channel`: its answer task, due when promised. */
      async classifyImmediate(channel: string) {
        const tasks = (await t.json('front', 'GET', `/api/tasks?businessKey=${businessKey}`)).items;
        await t.json(
          'front',
          'POST',
          `/api/tasks/${tasks[0].id}/complete`,
          { variables: { solvableNow: true, channel } },
          204,
        );
        const [answer] = (await t.json('front', 'GET', `/api/tasks?businessKey=${businessKey}`))
          .items;
        expect(answer.elementId).toBe('answer-customer');
        return answer;
      },
    };
  }

  it('a change from 3 to 5 minutes applies to requests registered afterwards, not to running ones', async () => {
    t.clock.set(at('10:00:00'));
    const running = await register('customer-1');
    t.clock.set(at('10:00:30'));
    const changed = await t.json('supervisor', 'PUT', '/api/sla-policies/phone-immediate', {
      ...phoneImmediate,
      target: 'PT5M',
    });
    expect(changed).toMatchObject({
      id: 'phone-immediate',
      target: 'PT5M',
      updatedAt: at('10:00:30'),
      updatedBy: 'supervisor',
    });
    expect(await t.json('front', 'GET', '/api/sla-policies/phone-immediate')).toEqual(changed);

    t.clock.set(at('10:01:00'));
    const later = await register('customer-2');
    // The running request is classified after the change: it keeps the 3 minutes of its start.
    expect(await running.classifyImmediate('phone')).toMatchObject({
      dueAt: at('10:03:00'),
      sla: { targetAt: at('10:03:00') },
    });
    expect(await later.classifyImmediate('phone')).toMatchObject({
      dueAt: at('10:06:00'),
      sla: { targetAt: at('10:06:00') },
    });

    // The timers follow: the running request escalates at 10:03, the later one at 10:06.
    t.clock.set(at('10:03:00'));
    await t.engine.runDueJobs();
    const escalated = async () =>
      (await t.json('back', 'GET', '/api/tasks')).items.map((task: any) => task.businessKey);
    expect(await escalated()).toEqual(['customer-1']);
    t.clock.set(at('10:05:59'));
    await t.engine.runDueJobs();
    expect(await escalated()).toEqual(['customer-1']);
    t.clock.set(at('10:06:00'));
    await t.engine.runDueJobs();
    expect((await escalated()).sort()).toEqual(['customer-1', 'customer-2']);

    const slas = await t.engine.listSlas({ processId: 'customer-request' });
    expect(
      slas
        .map((s) => [s.businessKey, s.elementId, s.policy, s.state])
        .sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual([
      ['customer-1', 'answer-customer', 'phone-immediate', 'breached'],
      ['customer-1', 'resolve-request', 'phone-deferred', 'on-time'],
      ['customer-2', 'answer-customer', 'phone-immediate', 'breached'],
      ['customer-2', 'resolve-request', 'phone-deferred', 'on-time'],
    ]);
  });

  it('counts compliance per policy in the SLA metrics, computed by the store', async () => {
    t.clock.set(at('10:00:00'));
    const kept = await register('customer-1');
    const broken = await register('customer-2');
    const chat = await register('customer-3');
    const answer = await kept.classifyImmediate('phone');
    await broken.classifyImmediate('phone');
    await chat.classifyImmediate('chat');
    t.clock.set(at('10:02:00'));
    await t.json('front', 'POST', `/api/tasks/${answer.id}/complete`, {}, 204);
    t.clock.set(at('10:03:00'));
    await t.engine.runDueJobs();

    const metrics = await t.json('analyst', 'GET', `/api/metrics/sla?from=${at('09:00:00')}`);
    expect(
      metrics.byPolicy.map((row: any) => [
        row.policy,
        row.name,
        row.met,
        row.breached,
        row.onTime,
        row.compliance,
      ]),
    ).toEqual([
      ['chat-deferred', 'Chat, deferred', 0, 0, 1, null],
      ['chat-immediate', 'Chat, immediate', 0, 1, 0, 0],
      ['phone-deferred', 'Phone, deferred', 0, 0, 1, null],
      ['phone-immediate', 'Phone, immediate', 1, 1, 0, 0.5],
    ]);
    // A supervisor steers lanes, and a policy spans them.
    const steered = await t.json('supervisor', 'GET', `/api/metrics/sla?from=${at('09:00:00')}`);
    expect(steered.byPolicy).toEqual([]);
  });

  it('lets staff read the policies and refuses them a change with a 403', async () => {
    const policies = await t.json('front', 'GET', '/api/sla-policies');
    expect(policies.map((p: any) => [p.id, p.touchpoint, p.kind, p.target])).toContainEqual([
      'phone-immediate',
      'phone',
      'first-response',
      'PT3M',
    ]);
    for (const caller of ['front', 'back'] as Caller[]) {
      const put = await t.call(caller, 'PUT', '/api/sla-policies/phone-immediate', phoneImmediate);
      expect(put.status).toBe(403);
      const post = await t.call(caller, 'POST', '/api/sla-policies', {
        ...phoneImmediate,
        id: 'visit-immediate',
        touchpoint: 'visit',
      });
      expect(post.status).toBe(403);
    }
    expect(await t.json('front', 'GET', '/api/sla-policies/phone-immediate')).toMatchObject({
      target: 'PT3M',
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('adds policies, and refuses a taken id, a clash, a bad target or calendar and an unknown id', async () => {
    const visit = { ...phoneImmediate, id: 'visit-immediate', name: 'Visit', touchpoint: 'visit' };
    expect(await t.json('admin', 'POST', '/api/sla-policies', visit, 201)).toMatchObject({
      id: 'visit-immediate',
      updatedBy: 'admin',
    });
    const refusal = async (method: string, path: string, body: object, status: number) => {
      const res = await t.call('supervisor', method, path, body);
      expect(res.status).toBe(status);
      return (await res.json()) as { type: string; details: { field?: string } };
    };
    expect(await refusal('POST', '/api/sla-policies', visit, 409)).toMatchObject({
      type: 'sla-policy-exists',
    });
    expect(
      await refusal('PUT', '/api/sla-policies/phone-immediate', { ...visit, id: undefined }, 409),
    ).toMatchObject({ type: 'sla-policy-clash', details: { field: 'touchpoint' } });
    expect(
      await refusal(
        'PUT',
        '/api/sla-policies/phone-immediate',
        { ...phoneImmediate, target: 'soon' },
        400,
      ),
    ).toMatchObject({ type: 'invalid-duration', details: { field: 'target' } });
    expect(
      await refusal(
        'PUT',
        '/api/sla-policies/phone-immediate',
        { ...phoneImmediate, calendar: 'madrid' },
        400,
      ),
    ).toMatchObject({ type: 'unknown-calendar', details: { field: 'calendar' } });
    expect(
      await refusal(
        'PUT',
        '/api/sla-policies/fax-immediate',
        { ...phoneImmediate, touchpoint: 'fax' },
        404,
      ),
    ).toMatchObject({ type: 'sla-policy-not-found' });
    expect((await t.json('front', 'GET', '/api/sla-policies/phone-immediate')).target).toBe('PT3M');
  });
});
