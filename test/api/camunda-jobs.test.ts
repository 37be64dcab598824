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

  it("sets a job's priority, which the job list filters and sorts by", async () => {
    const [low, high, plain] = [
      await t.engine.start('wait-an-hour'),
      await t.engine.start('wait-an-hour'),
      await t.engine.start('wait-an-hour'),
    ];
    const [lowTimer, highTimer, plainTimer] = [
      await timerOf(low.id),
      await timerOf(high.id),
      await timerOf(plain.id),
    ];
    const setPriority = (id: string, priority: unknown, status: number) =>
      t.json('developer', 'PUT', `/engine-rest/job/${id}/priority`, { priority }, status);
    await setPriority(lowTimer.id, 5, 204);
    await setPriority(highTimer.id, 20, 204);
    expect(await t.json('analyst', 'GET', `/engine-rest/job/${highTimer.id}`)).toMatchObject({
      priority: 20,
    });
    const ids = async (query: string) =>
      (await t.json('analyst', 'GET', `/engine-rest/job?${query}`)).map((j: any) => j.id);
    expect(await ids('sortBy=jobPriority&sortOrder=desc')).toEqual([
      highTimer.id,
      lowTimer.id,
      plainTimer.id,
    ]);
    expect(await ids('priorityHigherThanOrEquals=5&sortBy=jobPriority&sortOrder=asc')).toEqual([
      lowTimer.id,
      highTimer.id,
    ]);
    expect(await ids('priorityLowerThanOrEquals=5&priorityHigherThanOrEquals=1')).toEqual([
      lowTimer.id,
    ]);
    expect(
      await t.json('analyst', 'POST', '/engine-rest/job/count', { priorityLowerThanOrEquals: 0 }),
    ).toEqual({ count: 1 });
    // Back to 0, a job lists as one that was never given a priority.
    await setPriority(highTimer.id, 0, 204);
    expect(await ids('priorityHigherThanOrEquals=1')).toEqual([lowTimer.id]);

    const empty = await t.call('developer', 'PUT', `/engine-rest/job/${lowTimer.id}/priority`, {
      priority: null,
    });
    expect(empty.status).toBe(400);
    expect((await read(empty)).message).toBe(`Priority for job '${lowTimer.id}' cannot be null.`);
    await setPriority('nope', 1, 404);
    expect(
      (await t.call('analyst', 'PUT', `/engine-rest/job/${lowTimer.id}/priority`, { priority: 1 }))
        .status,
    ).toBe(403);
    // The priority stays with the job when it runs late: it fires as it would have.
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    expect(await status(low.id)).toBe('completed');
  });

  it("annotates an open incident and clears the note; Camunda's incident DTO carries it", async () => {
    const instance = await t.engine.start('wait-an-hour');
    const timer = await timerOf(instance.id);
    await t.json('developer', 'PUT', `/engine-rest/job/${timer.id}/retries`, { retries: 0 }, 204);
    const [incident] = await t.json('analyst', 'GET', '/engine-rest/incident');
    expect(incident.annotation).toBeNull();
    const path = `/engine-rest/incident/${incident.id}/annotation`;
    await t.json('developer', 'PUT', path, { annotation: 'Waiting for the carrier to reply' }, 204);
    expect(await t.json('analyst', 'GET', `/engine-rest/incident/${incident.id}`)).toMatchObject({
      annotation: 'Waiting for the carrier to reply',
    });
    expect((await t.json('analyst', 'GET', '/engine-rest/incident'))[0].annotation).toBe(
      'Waiting for the carrier to reply',
    );
    await t.json('developer', 'DELETE', path, undefined, 204);
    expect(
      (await t.json('analyst', 'GET', `/engine-rest/incident/${incident.id}`)).annotation,
    ).toBeNull();
    // Unknown incidents are Camunda's 400; analysts read but do not annotate.
    expect(
      (
        await t.call('developer', 'PUT', '/engine-rest/incident/nope/annotation', {
          annotation: 'x',
        })
      ).status,
    ).toBe(400);
    expect((await t.call('analyst', 'PUT', path, { annotation: 'x' })).status).toBe(403);
    expect((await t.call('analyst', 'DELETE', path)).status).toBe(403);
  });

  it("computes a timer's due date again from its definition, from its creation or from now", async () => {
    await t.deployFiles('test/processes/call-back-customer.bpmn');
    const instance = await t.engine.start('call-back-customer', {
      variables: { callBackIn: 'PT2H' },
    });
    const timer = await timerOf(instance.id);
    expect(timer.dueDate).toBe('2026-01-05T11:00:00.000+0000');
    // The customer asks to be called sooner: the expression is read again.
    await t.engine.setVariables(instance.id, { callBackIn: 'PT30M' });
    t.clock.advance('PT10M');
    const path = `/engine-rest/job/${timer.id}/duedate/recalculate`;
    await t.json('developer', 'POST', path, undefined, 204);
    expect((await timerOf(instance.id)).dueDate).toBe('2026-01-05T09:30:00.000+0000');
    await t.json('developer', 'POST', `${path}?creationDateBased=false`, undefined, 204);
    expect((await timerOf(instance.id)).dueDate).toBe('2026-01-05T09:40:00.000+0000');
    t.clock.advance('PT30M');
    await t.engine.runDueJobs();
    expect(await status(instance.id)).toBe('completed');

    await t.json('developer', 'POST', '/engine-rest/job/nope/duedate/recalculate', undefined, 404);
    const waiting = await t.engine.start('wait-an-hour');
    const other = await timerOf(waiting.id);
    expect(
      (await t.call('analyst', 'POST', `/engine-rest/job/${other.id}/duedate/recalculate`)).status,
    ).toBe(403);
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
