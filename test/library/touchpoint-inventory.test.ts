import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

/** The library's system steps: what the example workers serve. */
const TOPICS = [
  'find-duplicates',
  'merge-records',
  'notify-customer',
  'request-resolved',
  'update-crm',
];

describe('the touchpoint catalogue and the inventory of the shipped library', () => {
  let lib: LibraryApp;
  beforeEach(async () => {
    lib = await startLibraryApp();
  });
  afterEach(() => lib.close());

  const inventory = () => lib.json('analyst', 'GET', '/api/inventory');
  /** A worker asks for work on the topics (and gets none: nothing runs). */
  const poll = (workerId: string, topics: string[]) =>
    lib.json('developer', 'POST', '/api/external-tasks/fetch-and-lock', {
      workerId,
      maxTasks: 1,
      topics: topics.map((topicName) => ({ topicName, lockDuration: 1_000 })),
    });

  it('maps every stage and touchpoint of the map to the processes that serve it', async () => {
    const { entries } = await lib.json('analyst', 'GET', '/api/touchpoints');
    const cell = (stage: string, touchpoint: string) =>
      entries.find((e: any) => e.stage === stage && e.touchpoint === touchpoint);
    const served = (stage: string, touchpoint: string) =>
      cell(stage, touchpoint).processes.map((p: any) => p.processId);
    expect(served('serve', 'phone')).toEqual(['complaint-handling', 'customer-request']);
    expect(served('acquire', 'web-form')).toEqual(['lead-qualification']);
    expect(served('win-back', 'phone')).toEqual(['churn-retention']);
    expect(cell('onboard', 'phone').processes[0]).toMatchObject({
      processId: 'customer-onboarding',
      version: 1,
      elements: [
        { elementId: 'remind-customer', name: 'Call the customer about the documents' },
        { elementId: 'welcome-call', name: 'Make the welcome call' },
      ],
    });
    // The map's order, and every cell of it, served or not.
    expect(entries.slice(0, 4).map((e: any) => [e.stage, e.touchpoint, e.declared])).toEqual([
      ['acquire', 'phone', true],
      ['acquire', 'visit', true],
      ['acquire', 'web-form', true],
      ['acquire', 'chat', true],
    ]);
    expect(entries.every((e: any) => e.declared)).toBe(true);
  });

  it('lists the deliberate gaps of the shipped map and none the library covers', async () => {
    const report = await inventory();
    expect(report).toMatchObject({
      touchpointsWithoutProcess: [
        { stage: 'acquire', touchpoint: 'chat' },
        { stage: 'win-back', touchpoint: 'email' },
      ],
      processesWithoutSla: [],
      tasksWithoutPeople: [],
    });
    // No worker has asked for work yet.
    expect(report.topicsWithoutWorker.map((t: any) => [t.topic, t.lastSeenAt])).toEqual(
      TOPICS.map((topic) => [topic, null]),
    );
    expect(report.topicsWithoutWorker[0].elements).toEqual([
      expect.objectContaining({ processId: 'duplicate-records', elementId: 'find-duplicates' }),
    ]);

    // Workers for every topic: nothing missing; a day later without them, missing again.
    await poll('mailer', ['notify-customer', 'request-resolved']);
    await poll('crm', ['update-crm', 'find-duplicates', 'merge-records']);
    expect((await inventory()).topicsWithoutWorker).toEqual([]);
    const lastPoll = new Date(lib.t.clock.now()).toISOString();
    lib.t.clock.advance('PT25H');
    await poll('crm', ['update-crm', 'find-duplicates', 'merge-records']);
    expect(
      (await inventory()).topicsWithoutWorker.map((t: any) => [t.topic, t.lastSeenAt]),
    ).toEqual([
      ['notify-customer', lastPoll],
      ['request-resolved', lastPoll],
    ]);
    expect(
      (await lib.json('analyst', 'GET', '/api/inventory?workerWindowHours=48')).topicsWithoutWorker,
    ).toEqual([]);
  });

  it('names the human tasks nobody can do once the only seller is away', async () => {
    // The supervisor of sales marks the only seller away.
    await lib.json('sam', 'PUT', '/api/users/sol/absence', { absent: true });
    const { tasksWithoutPeople } = await inventory();
    expect(tasksWithoutPeople.map((t: any) => [t.processId, t.elementId, t.groups])).toEqual([
      ['lead-qualification', 'qualify-lead', ['sales']],
      ['lead-qualification', 'prepare-offer', ['sales']],
    ]);
  });

  it('shows a process with a touchpoint the map lacks, no promise, nobody in its lane and no worker', async () => {
    await lib.t.deployFiles('test/processes/night-reminder.bpmn');
    const { entries } = await lib.json('analyst', 'GET', '/api/touchpoints');
    // Not in the map: listed after it, under the stage of the process's start.
    expect(entries.at(-1)).toMatchObject({
      stage: 'serve',
      touchpoint: 'sms',
      declared: false,
      processes: [{ processId: 'night-reminder', elements: [{ elementId: 'send-text' }] }],
    });
    const report = await inventory();
    expect(report.processesWithoutSla).toEqual([
      { processId: 'night-reminder', name: 'Night reminder', version: 1 },
    ]);
    expect(report.tasksWithoutPeople).toEqual([
      expect.objectContaining({
        elementId: 'write-reminder',
        lane: 'Night shift',
        groups: ['night-shift'],
      }),
    ]);
    expect(report.topicsWithoutWorker.map((t: any) => t.topic)).toContain('send-sms');
  });

  it('is for analysts and above', async () => {
    for (const path of ['/api/touchpoints', '/api/inventory'])
      expect((await lib.t.call('supervisor', 'GET', path)).status).toBe(403);
  });
});
