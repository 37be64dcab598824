import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('incidents from failing expressions', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/conditional-approval.bpmn');
  });
  afterEach(() => t.close());

  it('keeps the token at the gateway as an incident when a condition fails, and resumes on retry', async () => {
    const instance = await t.engine.start('conditional-approval');
    const [incident] = await t.engine.listIncidents({ instanceId: instance.id, open: true });
    expect(incident).toMatchObject({ elementId: 'amount-check', type: 'expression' });
    expect(incident!.message).toContain('amount');
    expect(await t.engine.getInstance(instance.id)).toMatchObject({
      status: 'active',
      tokens: [{ elementId: 'amount-check', state: 'incident' }],
    });

    await t.engine.setVariables(instance.id, { amount: 10 });
    await t.engine.retryIncident(incident!.id);
    expect(await t.engine.getInstance(instance.id)).toMatchObject({ status: 'completed' });
    expect(await t.engine.listIncidents({ instanceId: instance.id, open: true })).toEqual([]);
  });

  it('raises an incident on a task whose assignee expression names an unknown variable', async () => {
    const instance = await t.engine.start('conditional-approval', { variables: { amount: 5000 } });
    const [incident] = await t.engine.listIncidents({ instanceId: instance.id });
    expect(incident).toMatchObject({ elementId: 'manager-approval' });
    expect(await t.engine.listTasks({ instanceId: instance.id })).toEqual([]);
  });
});
