import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('variables that receive what a catch event caught', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles(
      'test/processes/complaint-escalation.bpmn',
      'test/processes/declined-payment.bpmn',
    );
  });
  afterEach(() => t.close());

  const variablesOf = async (id: string) => (await t.engine.getInstance(id)).variables;

  // Camunda: EscalationEventTest#testRetrieveEscalationCodeVariableOnBoundaryEvent
  it('camunda:escalationCodeVariable on an escalation event subprocess start and boundary event', async () => {
    const { id } = await t.engine.start('complaint-escalation');
    expect(await variablesOf(id)).toEqual({ caughtInside: 'late' });

    const [inform] = await t.engine.listTasks({ instanceId: id, elementId: 'inform-team-lead' });
    await t.engine.completeTask(inform!.id);
    expect(await variablesOf(id)).toEqual({ caughtInside: 'late', caughtOutside: 'late' });
  });

  // Camunda: ExternalTaskServiceTest#testHandleBpmnErrorPassMessageEventSubProcess,
  // ErrorEventSubProcessTest#testCatchErrorEventSubprocessSetErrorVariables
  it('camunda:errorCodeVariable and errorMessageVariable on a boundary event and an event subprocess start', async () => {
    const { id } = await t.engine.start('declined-payment');
    const [charge] = await t.engine.fetchAndLock({
      workerId: 'payments',
      maxTasks: 1,
      topics: [{ topicName: 'card-payments', lockDuration: 60_000 }],
    });
    await t.engine.bpmnErrorExternalTask(charge!.id, {
      workerId: 'payments',
      errorCode: 'insufficient-funds',
      errorMessage: 'Not enough money on the account',
    });
    expect(await variablesOf(id)).toEqual({
      failureCode: 'insufficient-funds',
      failureMessage: 'Not enough money on the account',
      declineCode: 'declined',
      declineMessage: 'The bank declined the card',
    });
  });
});
