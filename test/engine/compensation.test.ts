import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('compensation of a multi-instance activity', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/refund-batch.bpmn');
  });
  afterEach(() => t.close());

  it('runs the handler once for each completed instance, as Camunda does', async () => {
    const { id } = await t.engine.start('refund-batch');
    for (const task of await t.engine.listTasks({
      instanceId: id,
      elementId: 'refund-order',
      state: 'open',
    }))
      await t.engine.completeTask(task.id);
    const handlers = await t.engine.listTasks({
      instanceId: id,
      elementId: 'take-refund-back',
      state: 'open',
    });
    expect(handlers).toHaveLength(2);
    for (const task of handlers) await t.engine.completeTask(task.id);
    expect((await t.engine.getInstance(id)).status).toBe('completed');
  });
});
