import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * `POST /task/{id}/bpmnError` on `claim-review.bpmn`: `review-claim` has an error boundary
 * event for FRAUD, its subprocess `check-claim` one for MISSING_DOCUMENTS.
 */
describe('/engine-rest BPMN errors thrown from user tasks', () => {
  let t: TestApp;
  let instanceId: string;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/claim-review.bpmn');
    instanceId = (await t.engine.start('claim-review')).id;
  });
  afterEach(() => t.close());

  const taskAt = async (elementId: string) => {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    return task!;
  };
  const throwFrom = (caller: 'front' | 'back' | 'developer', taskId: string, body: unknown) =>
    t.call(caller, 'POST', `/engine-rest/task/${taskId}/bpmnError`, body);

  it('is caught by the error boundary event on the task, with its variables, code and message', async () => {
    const review = await taskAt('review-claim');
    const res = await throwFrom('front', review.id, {
      errorCode: 'FRAUD',
      errorMessage: 'The receipt was edited',
      variables: { amount: { value: 900, type: 'Integer' } },
    });
    expect(res.status).toBe(204);
    const instance = await t.engine.getInstance(instanceId);
    expect(instance.activeElements).toEqual(['investigate-fraud']);
    expect(instance.variables).toEqual({
      amount: 900,
      errorCode: 'FRAUD',
      errorMessage: 'The receipt was edited',
    });
    expect((await t.engine.getTask(review.id)).state).toBe('cancelled');
    expect((await t.call('front', 'GET', `/engine-rest/task/${review.id}`)).status).toBe(404);
    const thrown = (await t.store.history(instanceId)).find((h) => h.kind === 'task.bpmnError');
    expect(thrown).toMatchObject({
      userId: 'front',
      data: { taskId: review.id, errorCode: 'FRAUD' },
    });
  });

  it('is caught by the boundary event of the enclosing subprocess', async () => {
    await t.engine.completeTask((await taskAt('review-claim')).id);
    const verify = await taskAt('verify-documents');
    expect((await throwFrom('front', verify.id, { errorCode: 'MISSING_DOCUMENTS' })).status).toBe(
      204,
    );
    expect((await t.engine.getInstance(instanceId)).activeElements).toEqual(['request-documents']);
  });

  it("ends the task's path when nothing catches it, as a none end event (Camunda)", async () => {
    await t.engine.completeTask((await taskAt('review-claim')).id);
    // Inside the subprocess: the subprocess completes and the process goes on.
    expect(
      (await throwFrom('front', (await taskAt('verify-documents')).id, { errorCode: 'LOST' }))
        .status,
    ).toBe(204);
    expect((await t.engine.getInstance(instanceId)).activeElements).toEqual(['pay-claim']);
    // At the top: the instance completes.
    expect(
      (await throwFrom('back', (await taskAt('pay-claim')).id, { errorCode: 'LOST' })).status,
    ).toBe(204);
    expect((await t.engine.getInstance(instanceId)).status).toBe('completed');
  });

  it('refuses an empty code, a caller the task is not offered to, and a task someone else holds', async () => {
    const review = await taskAt('review-claim');
    for (const [body, message] of [
      [{}, 'errorCode is null'],
      [{ errorCode: '' }, 'errorCode is empty'],
    ] as const) {
      const res = await throwFrom('front', review.id, body);
      expect(res.status).toBe(400);
      expect((await read(res)).message).toBe(message);
    }
    expect((await throwFrom('back', review.id, { errorCode: 'FRAUD' })).status).toBe(404);
    await t.engine.claimTask(review.id, 'eva');
    const held = await throwFrom('front', review.id, { errorCode: 'FRAUD' });
    expect(held.status).toBe(500);
    expect((await read(held)).type).toBe('TaskAlreadyClaimedException');
    expect((await t.engine.getInstance(instanceId)).activeElements).toEqual(['review-claim']);
    // Developers may throw on the holder's behalf, as they may complete it for them.
    expect((await throwFrom('developer', review.id, { errorCode: 'FRAUD' })).status).toBe(204);
    expect((await t.engine.getInstance(instanceId)).activeElements).toEqual(['investigate-fraud']);
  });

  it('escalates from a task: a non-interrupting escalation event on it starts more work and leaves the task open', async () => {
    await t.engine.completeTask((await taskAt('review-claim')).id);
    await t.engine.completeTask((await taskAt('verify-documents')).id);
    const pay = await taskAt('pay-claim');
    const escalate = (body: unknown) =>
      t.call('back', 'POST', `/engine-rest/task/${pay.id}/bpmnEscalation`, body);
    const uncaught = await escalate({
      escalationCode: 'UNKNOWN',
      variables: { reason: { value: 'x', type: 'String' } },
    });
    expect(uncaught.status).toBe(400);
    expect((await read(uncaught)).message).toContain("escalationCode 'UNKNOWN'");
    expect((await t.engine.getInstance(instanceId)).variables).toEqual({});
    expect((await escalate({})).status).toBe(400);

    const res = await escalate({
      escalationCode: 'LARGE_AMOUNT',
      variables: { amount: { value: 25000, type: 'Long' } },
    });
    expect(res.status).toBe(204);
    const instance = await t.engine.getInstance(instanceId);
    expect(instance.activeElements).toEqual(['approve-payment', 'pay-claim']);
    expect(instance.variables).toEqual({ amount: 25000, escalated: 'LARGE_AMOUNT' });
    expect((await t.engine.getTask(pay.id)).state).toBe('open');
    expect(
      (
        await t.call('front', 'POST', `/engine-rest/task/${pay.id}/bpmnEscalation`, {
          escalationCode: 'LARGE_AMOUNT',
        })
      ).status,
    ).toBe(404);
  });
});
