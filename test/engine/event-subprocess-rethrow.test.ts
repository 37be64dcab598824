import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('an event subprocess that throws what it caught', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles(
      'test/processes/complaint-escalation.bpmn',
      'test/processes/rejected-claim.bpmn',
    );
  });
  afterEach(() => t.close());

  const openTasks = async (instanceId: string) =>
    (await t.engine.listTasks({ instanceId, state: 'open' })).map((task) => task.elementId).sort();

  async function complete(instanceId: string, elementId: string) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    await t.engine.completeTask(task!.id);
  }

  // Camunda: EscalationEventSubprocessTest#testReThrowEscalationEventToBoundaryEvent
  it('hands an escalation on to the scope around it, not to itself again', async () => {
    const { id } = await t.engine.start('complaint-escalation');
    expect(await openTasks(id)).toEqual(['answer-customer', 'inform-team-lead']);

    await complete(id, 'inform-team-lead');
    expect(await openTasks(id)).toEqual(['answer-customer', 'call-customer']);
  });

  it('hands an error on to the scope around it, not to itself again', async () => {
    const { id } = await t.engine.start('rejected-claim');
    await complete(id, 'check-claim');
    expect(await openTasks(id)).toEqual(['log-rejection']);

    await complete(id, 'log-rejection');
    expect(await openTasks(id)).toEqual(['tell-customer']);
    await complete(id, 'tell-customer');
    expect((await t.engine.getInstance(id)).status).toBe('completed');
  });
});
