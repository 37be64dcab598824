import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../engine/errors.ts';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

describe('generated task forms', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  async function classifyTask() {
    const { id } = await t.engine.start('customer-request');
    const [task] = await t.engine.listTasks({ instanceId: id });
    return task!;
  }

  it('reads the fields of camunda:formData with their constraints', async () => {
    const task = await classifyTask();
    const form = await t.engine.getTaskForm(task.id);
    expect(form.fields.map((f) => f.id)).toEqual(['solvableNow', 'channel', 'summary']);
    expect(form.fields[1]).toMatchObject({
      type: 'enum',
      values: [{ id: 'phone' }, { id: 'chat' }, { id: 'email' }],
    });
  });

  it.each([
    [{}, 'solvableNow', 'is required'],
    [{ solvableNow: 'yes' }, 'solvableNow', 'true or false'],
    [{ solvableNow: true, channel: 'fax' }, 'channel', 'one of phone, chat, email'],
    [{ solvableNow: true, summary: 'x'.repeat(501) }, 'summary', 'at most 500'],
  ])(
    'refuses a completion with %j, naming the field %s, and leaves the task open',
    async (variables, field, message) => {
      const task = await classifyTask();
      const error = await t.engine.completeTask(task.id, { variables }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as InvalidRequestError).details.field).toBe(field);
      expect((error as Error).message).toContain(message);
      expect((await t.engine.getTask(task.id)).state).toBe('open');
    },
  );

  it('names every invalid field of a completion at once', async () => {
    const task = await classifyTask();
    const error = (await t.engine
      .completeTask(task.id, { variables: { channel: 'fax', summary: 'x'.repeat(501) } })
      .catch((e: unknown) => e)) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.details.field).toBe('solvableNow');
    expect(error.details.problems?.map((p) => p.field)).toEqual([
      'solvableNow',
      'channel',
      'summary',
    ]);
    expect(error.message).toMatch(/required.*one of phone, chat, email.*at most 500/);
  });

  it('accepts a valid completion', async () => {
    const task = await classifyTask();
    await t.engine.completeTask(task.id, {
      variables: { solvableNow: true, channel: 'chat', summary: 'Wrong invoice' },
    });
    expect((await t.engine.getTask(task.id)).state).toBe('completed');
  });
});
