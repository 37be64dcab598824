import { afterEach, describe, expect, it } from 'vitest';
import { officeHours } from '../../engine/index.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** A process whose one task is due as the SLA policy `id` promises. */
const dueByPolicy = (id: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="due-by-policy" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="answer" />
    <bpmn:userTask id="answer" camunda:dueDate="\${slaPolicy('${id}')}" />
    <bpmn:sequenceFlow id="f2" sourceRef="answer" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

describe('SLA policies in running instances', () => {
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

  it('stops at an incident naming the policy a diagram reads when there is none of that id', async () => {
    t = await startTestEngine();
    await t.engine.deploy({ name: 'due-by-policy.bpmn', xml: dueByPolicy('fax-immediate') });
    const { id } = await t.engine.start('due-by-policy');
    const [incident] = await t.engine.listIncidents({ instanceId: id, open: true });
    expect(incident).toMatchObject({ elementId: 'answer' });
    expect(incident!.message).toContain("there is no SLA policy 'fax-immediate'");
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['answer']);
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
