import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

/** Three external checks in parallel; a failed one fails them all. */
const CHECKS = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="urn:test">
  <process id="checks" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <serviceTask id="check" camunda:type="external" camunda:topic="check">
      <multiInstanceLoopCharacteristics><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics>
    </serviceTask>
    <boundaryEvent id="check-failed" attachedToRef="check"><errorEventDefinition errorRef="failed" /></boundaryEvent>
    <sequenceFlow id="f2" sourceRef="check" targetRef="done" />
    <endEvent id="done" />
    <sequenceFlow id="f3" sourceRef="check-failed" targetRef="handle-failure" />
    <userTask id="handle-failure" />
  </process>
  <error id="failed" errorCode="failed" />
</definitions>`;

describe('multi-instance activities', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles(
      'test/processes/review-round.bpmn',
      'test/processes/sequential-steps.bpmn',
      'test/processes/doubling.bpmn',
    );
  });
  afterEach(() => t.close());

  const open = async (instanceId: string, elementId: string) =>
    t.engine.listTasks({ instanceId, elementId, state: 'open', orderBy: 'created' });

  it('gives each reviewer a task and withdraws the rest once the completion condition holds', async () => {
    const instance = await t.engine.start('review-round', {
      variables: { reviewers: ['ada', 'bob', 'cyd'] },
    });
    const byAssignee = async () =>
      Object.fromEntries(
        (await open(instance.id, 'review')).map((task) => [task.assignee, task.id]),
      );
    const tasks = await byAssignee();
    expect(Object.keys(tasks).sort()).toEqual(['ada', 'bob', 'cyd']);

    await t.engine.completeTask(tasks.ada!);
    expect(Object.keys(await byAssignee()).sort()).toEqual(['bob', 'cyd']);
    expect((await t.engine.getInstance(instance.id)).status).toBe('active');

    await t.engine.completeTask(tasks.cyd!);
    expect((await t.engine.getInstance(instance.id)).status).toBe('completed');
    expect(await t.engine.getTask(tasks.bob!)).toMatchObject({ state: 'cancelled' });

    // History names the body and its instances apart, as Camunda does.
    const history = await t.engine.history(instance.id);
    const of = (kind: string, elementId: string) =>
      history.filter((h) => h.kind === kind && h.elementId === elementId).length;
    expect(of('activity.completed', 'review')).toBe(2);
    expect(of('activity.cancelled', 'review')).toBe(1);
    expect(of('activity.completed', 'review#multiInstanceBody')).toBe(1);
    expect(history.find((h) => h.elementId === 'review#multiInstanceBody')?.elementType).toBe(
      'multiInstanceBody',
    );
    expect(await t.engine.listJobs({})).toEqual([]);
  });

  it('lets an error boundary event on the body cancel every instance', async () => {
    await t.engine.deploy({ name: 'checks.bpmn', xml: CHECKS });
    const instance = await t.engine.start('checks');
    expect(
      await t.store.listExternalTasks({ instanceId: instance.id, state: 'open' }),
    ).toHaveLength(3);
    const [locked] = await t.engine.fetchAndLock({
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'check', lockDuration: 60_000 }],
    });
    // One instance's BPMN error is caught by the boundary event of the whole activity.
    await t.engine.bpmnErrorExternalTask(locked!.id, { workerId: 'w', errorCode: 'failed' });
    expect(await t.store.listExternalTasks({ instanceId: instance.id, state: 'open' })).toEqual([]);
    expect((await t.engine.getInstance(instance.id)).activeElements).toEqual(['handle-failure']);
  });

  it('runs a sequential body one instance at a time, with the loop variables Camunda exposes', async () => {
    const instance = await t.engine.start('sequential-steps', {
      variables: { steps: ['wash', 'dry', 'fold'] },
    });
    const assignees: string[] = [];
    for (let i = 0; i < 3; i++) {
      const tasks = await open(instance.id, 'do-step');
      expect(tasks).toHaveLength(1);
      assignees.push(tasks[0]!.assignee!);
      await t.engine.completeTask(tasks[0]!.id);
    }
    expect(assignees).toEqual(['wash-0-0-of-3', 'dry-1-1-of-3', 'fold-2-2-of-3']);
    const view = await t.engine.getInstance(instance.id);
    expect(view.status).toBe('completed');
    // Loop variables live in the body's and the instances' scopes, never in the process scope.
    expect(Object.keys(view.variables).sort()).toEqual(['steps']);
  });

  it('leaves at once when the collection is empty', async () => {
    const instance = await t.engine.start('sequential-steps', { variables: { steps: [] } });
    expect((await t.engine.getInstance(instance.id)).status).toBe('completed');
  });

  it('raises an incident on the activity when the collection is not a list, and resumes on retry', async () => {
    const instance = await t.engine.start('sequential-steps', { variables: { steps: 'wash' } });
    const [incident] = await t.engine.listIncidents({ instanceId: instance.id, open: true });
    expect(incident).toMatchObject({ elementId: 'do-step' });
    await t.engine.setVariables(instance.id, { steps: ['wash'] });
    await t.engine.retryIncident(incident!.id);
    expect((await open(instance.id, 'do-step')).map((task) => task.assignee)).toEqual([
      'wash-0-0-of-1',
    ]);
  });

  it('collects a Zeebe output element per instance into the output collection', async () => {
    const instance = await t.engine.start('doubling', { variables: { items: [1, 2, 3] } });
    expect((await t.engine.getInstance(instance.id)).variables).toMatchObject({
      results: [10, 20, 30],
    });
  });
});
