import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sseReader } from '../support/sse-reader.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('history, metrics and the event stream', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('processes/customer-request.bpmn');
  });
  afterEach(() => t.close());

  /** customer-1: classified by the front office, then waiting for the back office. */
  async function deferredRequest() {
    const instance = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-1' },
      201,
    );
    const [classify] = (await t.json('front', 'GET', '/api/tasks')).items;
    t.clock.advance('PT2M');
    await t.json(
      'front',
      'POST',
      `/api/tasks/${classify.id}/complete`,
      { variables: { solvableNow: false } },
      204,
    );
    return { instance, classify };
  }

  it('returns the activity log of an instance, and 404 for an unknown one', async () => {
    const { instance } = await deferredRequest();
    const log = await t.json('analyst', 'GET', `/api/history/process-instances/${instance.id}`);
    expect(log[0]).toMatchObject({ kind: 'instance.started', at: '2026-01-05T09:00:00.000Z' });
    expect((await t.call('analyst', 'GET', '/api/history/process-instances/nope')).status).toBe(
      404,
    );
  });

  it('counts open, overdue and due-soon work per lane and per process', async () => {
    // resolve-request in the back office: its request's promise falls due 24 hours after the
    // registration, 2 minutes before the task's own 24 hours.
    await deferredRequest();
    await t.json(
      'developer',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-2' },
      201,
    );
    const soon = await t.json('analyst', 'GET', '/api/metrics/open-work?dueSoonMinutes=1440');
    expect(soon.ageStepsMinutes).toEqual([60, 240, 1440]);
    expect(soon.byLane).toEqual([
      { lane: 'Back office', open: 1, overdue: 0, dueSoon: 1, byAge: [1, 0, 0, 0] },
      { lane: 'Front office', open: 1, overdue: 0, dueSoon: 0, byAge: [1, 0, 0, 0] },
    ]);
    t.clock.advance('PT23H30M');
    const later = await t.json('analyst', 'GET', '/api/metrics/open-work');
    expect(later.byLane.find((l: any) => l.lane === 'Back office')).toMatchObject({
      dueSoon: 1,
      overdue: 0,
    });
    t.clock.advance('PT1H');
    const late = await t.json('analyst', 'GET', '/api/metrics/open-work');
    // A day and a half hour on, both tasks are over a day old.
    expect(late.byProcess).toEqual([
      { processId: 'customer-request', open: 2, overdue: 1, dueSoon: 0, byAge: [0, 0, 0, 2] },
    ]);
  });

  it('reports passes and mean durations per element for a heat map', async () => {
    await deferredRequest();
    const stats = await t.json(
      'analyst',
      'GET',
      '/api/metrics/process-definitions/customer-request/elements',
    );
    const classify = stats.elements.find((e: any) => e.elementId === 'classify-request');
    expect(classify).toEqual({
      elementId: 'classify-request',
      elementType: 'bpmn:UserTask',
      started: 1,
      completed: 1,
      cancelled: 0,
      averageDurationMs: 120_000,
      active: 0,
      breached: 0,
    });
    expect(stats.elements.find((e: any) => e.elementId === 'resolve-request')).toMatchObject({
      started: 1,
      completed: 0,
      averageDurationMs: null,
      active: 1,
    });
    // From a minute in: the classification started before it, and ended in it.
    const windowed = await t.json(
      'analyst',
      'GET',
      '/api/metrics/process-definitions/customer-request/elements?from=2026-01-05T09:01:00.000Z',
    );
    expect(windowed.elements.find((e: any) => e.elementId === 'classify-request')).toMatchObject({
      started: 0,
      completed: 1,
      averageDurationMs: 120_000,
    });
  });

  it('counts the instances of each version by status, for analysts only', async () => {
    const { instance } = await deferredRequest();
    await t.json('developer', 'POST', `/api/process-instances/${instance.id}/cancel`, {}, 204);
    await deferredRequest();
    expect(await t.json('analyst', 'GET', '/api/metrics/instances')).toEqual({
      byDefinition: [
        {
          processId: 'customer-request',
          definitionId: instance.definitionId,
          status: 'active',
          count: 1,
        },
        {
          processId: 'customer-request',
          definitionId: instance.definitionId,
          status: 'cancelled',
          count: 1,
        },
      ],
    });
    await t.json('front', 'GET', '/api/metrics/instances', undefined, 403);
  });

  it("streams task changes to the staff of the task's group and to no one else", async () => {
    const front = sseReader(await t.call('front', 'GET', '/api/events'));
    const back = sseReader(await t.call('back', 'GET', '/api/events'));
    await deferredRequest();
    const first = await front.next('task.changed');
    expect(first).toMatchObject({
      event: 'task.changed',
      data: { elementId: 'classify-request', state: 'open' },
    });
    expect((await front.next('task.changed')).data).toMatchObject({
      elementId: 'classify-request',
      state: 'completed',
    });
    // The back office's first event is its own task: the front office's never reached it.
    expect(await back.next()).toMatchObject({
      event: 'task.changed',
      data: { elementId: 'resolve-request', state: 'open' },
    });
    await front.cancel();
    await back.cancel();
  });
});
