import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Jobs and the incidents on them through `/engine-rest`, as an operator scripts against them. */
describe('/engine-rest jobs and incidents', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/wait-an-hour.bpmn');
  });
  afterEach(() => t.close());

  const timerOf = async (instanceId: string) =>
    (
      await t.json('analyst', 'GET', `/engine-rest/job?processInstanceId=${instanceId}&timers=true`)
    )[0];
  const status = async (id: string) => (await t.engine.getInstance(id)).status;

  it('lists a waiting timer; retries 0 raise a failedJob incident, more resolve it', async () => {
    const instance = await t.engine.start('wait-an-hour');
    const timer = await timerOf(instance.id);
    expect(timer).toMatchObject({
      processInstanceId: instance.id,
      processDefinitionKey: 'wait-an-hour',
      processDefinitionId: instance.definitionId,
      retries: 3,
      dueDate: '2026-01-05T10:00:00.000+0000',
      exceptionMessage: null,
    });
    expect(await t.json('analyst', 'GET', '/engine-rest/job/count?messages=true')).toEqual({
      count: 0,
    });

    await t.json('developer', 'PUT', `/engine-rest/job/${timer.id}/retries`, { retries: 0 }, 204);
    const [incident] = await t.json(
      'analyst',
      'GET',
      '/engine-rest/incident?incidentType=failedJob',
    );
    expect(incident).toMatchObject({ configuration: timer.id, activityId: 'one-hour' });
    expect(await t.json('analyst', 'GET', `/engine-rest/incident/${incident.id}`)).toMatchObject({
      id: incident.id,
      processInstanceId: instance.id,
    });
    expect(await t.json('analyst', 'GET', '/engine-rest/incident/count')).toEqual({ count: 1 });
    expect(
      await t.json('analyst', 'POST', '/engine-rest/job/count', { noRetriesLeft: true }),
    ).toEqual({ count: 1 });
    const resolve = await t.call('developer', 'DELETE', `/engine-rest/incident/${incident.id}`);
    expect(resolve.status).toBe(400);
    expect((await read(resolve)).message).toContain('failedJob');

    await t.json('developer', 'PUT', `/engine-rest/job/${timer.id}/retries`, { retries: 2 }, 204);
    expect(await t.json('analyst', 'GET', '/engine-rest/incident/count')).toEqual({ count: 0 });
    // A parked job is due at once when its retries are set again.
    await t.engine.runDueJobs();
    expect(await status(instance.id)).toBe('completed');
  });

  it('moves a due date and runs a job at once', async () => {
    const early = await t.engine.start('wait-an-hour');
    const late = await t.engine.start('wait-an-hour');
    const earlyTimer = await timerOf(early.id);
    await t.json(
      'developer',
      'PUT',
      `/engine-rest/job/${earlyTimer.id}/duedate`,
      { duedate: '2026-01-05T09:05:00.000+0000' },
      204,
    );
    const dueSoon = await t.json(
      'analyst',
      'GET',
      '/engine-rest/job?dueDates=lt_2026-01-05T09:30:00.000%2B0000&sortBy=jobDueDate&sortOrder=asc',
    );
    expect(dueSoon.map((j: any) => j.id)).toEqual([earlyTimer.id]);
    t.clock.advance(5 * 60_000);
    await t.engine.runDueJobs();
    expect(await status(early.id)).toBe('completed');

    const lateTimer = await timerOf(late.id);
    await t.json('developer', 'POST', `/engine-rest/job/${lateTimer.id}/execute`, undefined, 204);
    expect(await status(late.id)).toBe('completed');
    expect((await t.call('analyst', 'GET', `/engine-rest/job/${lateTimer.id}`)).status).toBe(404);
  });

  it('refuses staff and the changes of analysts', async () => {
    const instance = await t.engine.start('wait-an-hour');
    const timer = await timerOf(instance.id);
    expect((await t.call('front', 'GET', '/engine-rest/job')).status).toBe(403);
    expect((await t.call('front', 'GET', '/engine-rest/incident/count')).status).toBe(403);
    expect((await t.call('analyst', 'POST', `/engine-rest/job/${timer.id}/execute`)).status).toBe(
      403,
    );
    expect(
      (
        await t.call('developer', 'PUT', `/engine-rest/job/${timer.id}/duedate`, {
          duedate: null,
          cascade: true,
        })
      ).status,
    ).toBe(400);
  });
});
