import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployDiagrams, twoDesks } from '../support/camunda-diagrams.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const formTask = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://promesa.dev/test">
  <bpmn:process id="rate-call" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="rate" />
    <bpmn:userTask id="rate" camunda:candidateGroups="front-office">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="score" type="long" defaultValue="5">
            <camunda:validation><camunda:constraint name="max" config="10" /></camunda:validation>
          </camunda:formField>
          <camunda:formField id="comment" type="string" />
        </camunda:formData>
      </bpmn:extensionElements>
    </bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>`;

/** Handing tasks on (assignee, delegate, resolve) and working them from their forms. */
describe('/engine-rest task assignment, delegation and forms', () => {
  let t: TestApp;
  let evaToken: string;
  beforeEach(async () => {
    t = await startTestApp();
    await deployDiagrams(t.engine, { 'two-desks.bpmn': twoDesks, 'rate-call.bpmn': formTask });
    await t.identity.addUser({ username: 'eva', role: 'staff', groups: ['front-office'] });
    evaToken = (await t.identity.createToken('eva', 'test')).token;
  });
  afterEach(() => t.close());

  const asEva = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { authorization: `Bearer ${evaToken}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const frontDeskTask = async () => {
    const instance = await t.engine.start('two-desks');
    const [task] = await t.engine.listTasks({ instanceId: instance.id, elementId: 'front-desk' });
    return task!;
  };

  it('sets the assignee, delegates with the owner kept, and resolves back to the owner with variables', async () => {
    const task = await frontDeskTask();
    const path = `/engine-rest/task/${task.id}`;
    expect((await t.call('front', 'POST', `${path}/assignee`, { userId: 'front' })).status).toBe(
      204,
    );
    expect((await asEva('POST', `${path}/assignee`, { userId: 'eva' })).status).toBe(403);
    expect((await t.call('front', 'POST', `${path}/delegate`, { userId: 'eva' })).status).toBe(204);
    expect(await t.json('front', 'GET', path)).toMatchObject({
      assignee: 'eva',
      owner: 'front',
      delegationState: 'PENDING',
    });
    expect(
      (
        await asEva('POST', `${path}/resolve`, {
          variables: { called: { value: true, type: 'Boolean' } },
        })
      ).status,
    ).toBe(204);
    expect(await t.json('front', 'GET', path)).toMatchObject({
      assignee: 'front',
      owner: 'front',
      delegationState: 'RESOLVED',
    });
    expect((await t.engine.getInstance(task.instanceId)).variables).toEqual({ called: true });
    expect((await t.call('back', 'POST', `${path}/assignee`, { userId: 'back' })).status).toBe(404);
    // The new assignee must be able to work the task.
    expect((await t.call('front', 'POST', `${path}/assignee`, { userId: 'back' })).status).toBe(
      400,
    );
    expect((await t.call('front', 'POST', `${path}/assignee`, { userId: null })).status).toBe(204);
  });

  it("reads a task's form key and form variables, and completes it from its form checked against the fields", async () => {
    const instance = await t.engine.start('rate-call', { variables: { comment: 'loud line' } });
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    const path = `/engine-rest/task/${task!.id}`;
    expect(await t.json('front', 'GET', `${path}/form`)).toEqual({ key: null, contextPath: null });
    expect(await t.json('front', 'GET', `${path}/form-variables`)).toEqual({
      score: { type: 'Long', value: 5, valueInfo: {} },
      comment: { type: 'String', value: 'loud line', valueInfo: {} },
    });
    expect(
      Object.keys(await t.json('front', 'GET', `${path}/form-variables?variableNames=score`)),
    ).toEqual(['score']);
    const tooHigh = await t.call('front', 'POST', `${path}/submit-form`, {
      variables: { score: { value: 11, type: 'Long' } },
    });
    expect(tooHigh.status).toBe(400);
    expect(
      await t.json('front', 'POST', `${path}/submit-form`, {
        variables: { score: { value: 9, type: 'Long' } },
        withVariablesInReturn: true,
      }),
    ).toEqual({
      comment: { type: 'String', value: 'loud line', valueInfo: {} },
      score: { type: 'Integer', value: 9, valueInfo: {} },
    });
    expect((await t.engine.getTask(task!.id)).state).toBe('completed');
  });
});
