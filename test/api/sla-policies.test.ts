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

/**
 * A one-lane process whose single task is due when `due` says: `${slaPolicy('phone-immediate')}`,
 * and whose second task reads the same, so a running instance reads it again later.
 */
function laneProcess(id: string, lane: string, due: string | null): string {
  const dueAt = due === null ? 'PT1H' : `\${${due}}`;
  const group = lane.toLowerCase().replace(/\s+/g, '-');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${id}-definitions" targetNamespace="https://promesa.dev/test">
  <bpmn:process id="${id}" name="Process ${id}" isExecutable="true">
    <bpmn:laneSet id="${id}-lanes">
      <bpmn:lane id="${group}" name="${lane}">
        <bpmn:flowNodeRef>start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>first</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>second</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>end</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
    <bpmn:userTask id="first" name="First" camunda:candidateGroups="${group}" camunda:dueDate="${dueAt}" />
    <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="second" />
    <bpmn:userTask id="second" name="Second" camunda:candidateGroups="${group}" camunda:dueDate="${dueAt}" />
    <bpmn:sequenceFlow id="f3" sourceRef="second" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;
}

describe('SLA policies per lane, by name and removed', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    // The back office's process reads phone-immediate; sales' reads the e-mail policy of
    // resolution by touchpoint and kind.
    await t.engine.deploy({
      name: 'back.bpmn',
      xml: laneProcess('back-callback', 'Back office', "slaPolicy('phone-immediate')"),
    });
    await t.engine.deploy({
      name: 'sales.bpmn',
      xml: laneProcess('sales-follow-up', 'Sales', "slaPolicy('email', 'resolution')"),
    });
  });
  afterEach(() => t.close());

  const terms = (policy: any, change: object = {}) => {
    const { id: _id, updatedAt: _at, updatedBy: _by, ...rest } = policy;
    return { ...rest, ...change };
  };
  const policy = (id: string) => t.json('front', 'GET', `/api/sla-policies/${id}`);

  it('names the shipped policies in English and Spanish, keeps the names while the name stays, and a typed name replaces them', async () => {
    const shipped = await policy('phone-immediate');
    expect(shipped).toMatchObject({
      name: 'Phone, immediate',
      names: { en: 'Phone, immediate', es: 'Teléfono, inmediata' },
    });
    const retargeted = await t.json(
      'supervisor',
      'PUT',
      '/api/sla-policies/phone-immediate',
      terms(shipped, { target: 'PT5M', names: undefined }),
    );
    expect(retargeted).toMatchObject({ target: 'PT5M', names: shipped.names });
    const renamed = await t.json(
      'supervisor',
      'PUT',
      '/api/sla-policies/phone-immediate',
      terms(retargeted, { name: 'Llamadas, al momento', names: undefined }),
    );
    expect(renamed).toMatchObject({ name: 'Llamadas, al momento', names: {} });
    const created = await t.json(
      'admin',
      'POST',
      '/api/sla-policies',
      {
        id: 'visit-deferred',
        name: 'Visit, deferred',
        names: { en: 'Visit, deferred', es: 'Visita, diferida' },
        touchpoint: 'visit',
        kind: 'resolution',
        target: 'PT48H',
        calendar: null,
      },
      201,
    );
    expect(created.names).toEqual({ en: 'Visit, deferred', es: 'Visita, diferida' });
    const bad = await t.call('admin', 'PUT', '/api/sla-policies/visit-deferred', {
      ...terms(created),
      names: { spanish: 'Visita' },
    });
    expect(bad.status).toBe(400);
  });

  it("lets a supervisor change a policy their lanes' processes read, and refuses with 403 one only other lanes' processes read", async () => {
    const phone = await policy('phone-immediate');
    // The back office's supervisor: back-callback runs in their lane.
    const changed = await t.json(
      'supervisor',
      'PUT',
      '/api/sla-policies/phone-immediate',
      terms(phone, { target: 'PT4M' }),
    );
    expect(changed).toMatchObject({ target: 'PT4M', updatedBy: 'supervisor' });

    // E-mail resolution is read by sales-follow-up only, in the sales lane.
    const email = await policy('email-deferred');
    const refused = await t.call(
      'supervisor',
      'PUT',
      '/api/sla-policies/email-deferred',
      terms(email, { target: 'PT1H' }),
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      type: 'sla-policy-not-steered',
      details: { processes: ['sales-follow-up'], processNames: ['Process sales-follow-up'] },
    });
    // Nor add one the sales process would read.
    const added = await t.call('supervisor', 'POST', '/api/sla-policies', {
      id: 'email-resolution-2',
      name: 'E-mail',
      touchpoint: 'email',
      kind: 'resolution',
      target: 'PT2H',
      calendar: null,
    });
    expect(added.status).toBe(403);
    expect((await policy('email-deferred')).target).toBe('PT24H');

    // A policy no process reads concerns no lane.
    const chat = await policy('chat-immediate');
    await t.json(
      'supervisor',
      'PUT',
      '/api/sla-policies/chat-immediate',
      terms(chat, { target: 'PT2M' }),
    );
    // Analysts and above change every policy.
    for (const caller of ['analyst', 'developer', 'admin'] as Caller[])
      await t.json(
        caller,
        'PUT',
        '/api/sla-policies/email-deferred',
        terms(email, { target: 'PT12H' }),
      );
  });

  it('refuses to remove a policy a deployed process would miss, naming it, and removes it once none would; running instances keep its promise', async () => {
    t.clock.set(at('10:00:00'));
    const running = await t.engine.start('back-callback', { businessKey: 'customer-1' });

    const refused = await t.call('admin', 'DELETE', '/api/sla-policies/phone-immediate');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      type: 'sla-policy-in-use',
      details: { processes: ['back-callback'] },
    });
    // sales-follow-up asks for the e-mail resolution policy: without it, its requests get the
    // fallback of any touchpoint; without both, none.
    // (The sales lane's call, not the back office's supervisor's.)
    expect((await t.call('supervisor', 'DELETE', '/api/sla-policies/email-deferred')).status).toBe(
      403,
    );
    expect((await t.call('admin', 'DELETE', '/api/sla-policies/email-deferred')).status).toBe(204);
    const fallback = await t.call('admin', 'DELETE', '/api/sla-policies/any-deferred');
    expect(fallback.status).toBe(409);
    expect(((await fallback.json()) as any).details).toEqual({
      processes: ['sales-follow-up'],
      processNames: ['Process sales-follow-up'],
    });
    expect((await policy('phone-immediate')).target).toBe('PT3M');

    // A new version no longer reads it: the policy goes, by a supervisor too.
    await t.engine.deploy({
      name: 'back.bpmn',
      xml: laneProcess('back-callback', 'Back office', null),
    });
    expect((await t.call('supervisor', 'DELETE', '/api/sla-policies/phone-immediate')).status).toBe(
      204,
    );
    expect((await t.call('front', 'GET', '/api/sla-policies/phone-immediate')).status).toBe(404);
    expect((await t.call('admin', 'DELETE', '/api/sla-policies/phone-immediate')).status).toBe(404);
    expect((await t.json('front', 'GET', '/api/sla-policies')).map((p: any) => p.id)).not.toContain(
      'phone-immediate',
    );

    // The instance started before keeps the three minutes it was promised, at its next step too.
    const [first] = await t.engine.listTasks({ instanceId: running.id });
    expect(first!.dueAt).toBe(Date.parse(at('10:03:00')));
    t.clock.set(at('10:01:00'));
    await t.engine.completeTask(first!.id, { userId: 'back' });
    const [second] = await t.engine.listTasks({ instanceId: running.id, state: 'open' });
    expect(second).toMatchObject({ elementId: 'second', dueAt: Date.parse(at('10:04:00')) });
  });

  it('refuses staff a removal with 403', async () => {
    expect((await t.call('back', 'DELETE', '/api/sla-policies/chat-immediate')).status).toBe(403);
    expect((await policy('chat-immediate')).id).toBe('chat-immediate');
  });
});
