import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('a compensation event subprocess inside a subprocess', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/trip-booking.bpmn');
  });
  afterEach(() => t.close());

  const openTasks = async (instanceId: string) =>
    (await t.engine.listTasks({ instanceId, state: 'open' })).map((task) => task.elementId);

  async function complete(instanceId: string, elementId: string, variables = {}) {
    const [task] = await t.engine.listTasks({ instanceId, elementId, state: 'open' });
    await t.engine.completeTask(task!.id, { variables });
  }

  // Camunda: CompensateEventTest#testCompensationEventSubProcessWithScope
  it("is the subprocess's compensation handler: it compensates the subprocess's activities in its own order", async () => {
    const { id } = await t.engine.start('trip-booking');
    await complete(id, 'book-flight');
    await complete(id, 'book-hotel');
    await complete(id, 'validate-booking', { valid: false });

    expect(await openTasks(id)).toEqual(['cancel-flight']);
    await complete(id, 'cancel-flight');
    expect(await openTasks(id)).toEqual(['cancel-hotel']);
    await complete(id, 'cancel-hotel');
    expect(await openTasks(id)).toEqual(['update-customer-record']);
    expect((await t.engine.getInstance(id)).status).toBe('active');
    await complete(id, 'update-customer-record');
    expect((await t.engine.getInstance(id)).status).toBe('completed');
  });

  it('does not run when the booking is valid', async () => {
    const { id } = await t.engine.start('trip-booking');
    await complete(id, 'book-hotel');
    await complete(id, 'book-flight');
    await complete(id, 'validate-booking', { valid: true });
    expect(await openTasks(id)).toEqual([]);
    expect((await t.engine.getInstance(id)).status).toBe('completed');
  });
});
