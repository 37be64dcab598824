import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/test-engine.ts';

// Camunda: InputOutputEventTest (testMessageCatchEvent, testTimerCatchEvent,
// testMessageCatchAfterEventGateway, testTimerCatchAfterEventGateway)
describe('camunda:inputOutput on intermediate catch events', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await startTestEngine();
    await t.deployFiles('test/processes/catch-event-mappings.bpmn');
  });
  afterEach(() => t.close());

  const variablesOf = async (id: string) => (await t.engine.getInstance(id)).variables;

  it('a message catch writes its outputs, read from the message, when the message comes', async () => {
    const { id } = await t.engine.start('wait-for-reply');
    await t.engine.correlateMessage({
      messageName: 'customer-reply',
      instanceId: id,
      variables: { replyText: 'Yes, please' },
    });
    expect(await variablesOf(id)).toEqual({ replyText: 'Yes, please', answer: 'Yes, please' });
  });

  it('a timer catch reads its due date from an input mapping and writes its outputs when it fires', async () => {
    const { id } = await t.engine.start('call-back-later', {
      variables: { agreedTime: '2026-01-05T15:30:00Z' },
    });
    const [timer] = await t.engine.listJobs({ instanceId: id });
    expect(new Date(timer!.dueAt).toISOString()).toBe('2026-01-05T15:30:00.000Z');

    t.clock.set('2026-01-05T15:30:00Z');
    await t.engine.runDueJobs();
    expect(await variablesOf(id)).toEqual({
      agreedTime: '2026-01-05T15:30:00Z',
      calledBackAt: '2026-01-05T15:30:00Z',
    });
  });

  it('after an event-based gateway, the message catch that wins writes its outputs', async () => {
    const { id } = await t.engine.start('reply-or-reminder');
    await t.engine.correlateMessage({ messageName: 'customer-reply', instanceId: id });
    expect(await variablesOf(id)).toEqual({ outcome: 'replied' });
  });

  it('after an event-based gateway, the timer catch that wins writes its outputs', async () => {
    const { id } = await t.engine.start('reply-or-reminder');
    t.clock.advance('P1D');
    await t.engine.runDueJobs();
    expect(await variablesOf(id)).toEqual({ outcome: 'reminded' });
  });
});
