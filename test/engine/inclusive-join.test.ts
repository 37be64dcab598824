import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('an inclusive join', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/link-before-join.bpmn');
  });
  afterEach(() => t.close());

  it('waits for a token that can still arrive through a link event', async () => {
    const { id } = await t.engine.start('link-before-join');
    const [quick] = await t.engine.listTasks({ instanceId: id, elementId: 'quick-check' });
    await t.engine.completeTask(quick!.id);
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['slow-check']);

    const [slow] = await t.engine.listTasks({ instanceId: id, elementId: 'slow-check' });
    await t.engine.completeTask(slow!.id);
    expect((await t.engine.getInstance(id)).activeElements).toEqual(['after-join']);
    expect(await t.engine.listTasks({ instanceId: id, elementId: 'after-join' })).toHaveLength(1);
  });
});
