import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Custom incidents: raised by a script on an execution, listed everywhere, resolved by hand. */
describe('/engine-rest custom incidents', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/wait-an-hour.bpmn', 'test/processes/trip-booking.bpmn');
  });
  afterEach(() => t.close());

  const raise = (
    instanceId: string,
    body: unknown,
    caller: 'developer' | 'analyst' = 'developer',
  ) => t.call(caller, 'POST', `/engine-rest/execution/${instanceId}/create-incident`, body);

  it('raises a custom incident at the waiting activity; it lists everywhere and is resolved by DELETE', async () => {
    const instance = await t.engine.start('wait-an-hour');
    const created = await raise(instance.id, {
      incidentType: 'carrierDown',
      message: 'The carrier API answers 503',
    });
    expect(created.status).toBe(200);
    const incident = await read(created);
    expect(incident).toMatchObject({
      incidentType: 'carrierDown',
      incidentMessage: 'The carrier API answers 503',
      processInstanceId: instance.id,
      executionId: instance.id,
      processDefinitionId: instance.definitionId,
      activityId: 'one-hour',
      configuration: null,
    });

    // Camunda's lists and Promesa's own see it, with the type it was given.
    expect(
      (await t.json('analyst', 'GET', '/engine-rest/incident?incidentType=carrierDown')).map(
        (i: any) => i.id,
      ),
    ).toEqual([incident.id]);
    expect(
      (await t.json('analyst', 'GET', '/engine-rest/execution?incidentType=carrierDown')).map(
        (e: any) => e.id,
      ),
    ).toEqual([instance.id]);
    expect(
      await t.json('analyst', 'GET', `/api/incidents?instanceId=${instance.id}`),
    ).toMatchObject([{ id: incident.id, type: 'carrierDown', elementId: 'one-hour', jobId: null }]);
    // It stops nothing: the instance still waits at its timer.
    expect((await t.engine.getInstance(instance.id)).tokens).toEqual([
      expect.objectContaining({ elementId: 'one-hour', state: 'waiting' }),
    ]);
    // Nothing to retry: it is resolved instead.
    expect((await t.call('developer', 'POST', `/api/incidents/${incident.id}/retry`)).status).toBe(
      400,
    );
    expect((await t.call('analyst', 'DELETE', `/engine-rest/incident/${incident.id}`)).status).toBe(
      403,
    );
    await t.json('developer', 'DELETE', `/engine-rest/incident/${incident.id}`, undefined, 204);
    expect(await t.json('analyst', 'GET', '/engine-rest/incident/count')).toEqual({ count: 0 });
    expect(
      await t.json('analyst', 'GET', `/api/incidents?instanceId=${instance.id}&open=false`),
    ).toMatchObject([{ id: incident.id, type: 'carrierDown' }]);
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    expect((await t.engine.getInstance(instance.id)).status).toBe('completed');
  });

  it('refuses what Camunda refuses, and what Promesa cannot keep, with a 400', async () => {
    const instance = await t.engine.start('wait-an-hour');
    const message = async (res: Response) => {
      expect(res.status).toBe(400);
      return (await read(res)).message as string;
    };
    expect(await message(await raise(instance.id, { message: 'no type' }))).toBe(
      'incidentType is null',
    );
    expect(await message(await raise('nope', { incidentType: 'x' }))).toBe(
      "Cannot find an execution with executionId 'nope'",
    );
    expect(
      await message(await raise(instance.id, { incidentType: 'x', configuration: 'c' })),
    ).toContain('configuration');
    expect(await message(await raise(instance.id, { incidentType: 'failedJob' }))).toContain(
      'failedJob',
    );
    // Two branches wait at once: the instance's execution is at no one activity.
    const trip = await t.engine.start('trip-booking');
    expect((await t.engine.getInstance(trip.id)).tokens.length).toBeGreaterThan(1);
    expect(await message(await raise(trip.id, { incidentType: 'x' }))).toBe(
      'Execution must be related to an activity',
    );
    expect((await raise(instance.id, { incidentType: 'x' }, 'analyst')).status).toBe(403);
    expect(await t.json('analyst', 'GET', '/engine-rest/incident/count')).toEqual({ count: 0 });
  });
});
