import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Camunda's metric sums that Promesa counts from its history. */
describe('/engine-rest metrics', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/wait-an-hour.bpmn');
  });
  afterEach(() => t.close());

  const sum = async (name: string, query = '') =>
    (await t.json('analyst', 'GET', `/engine-rest/metrics/${name}/sum${query}`)).result;
  const camundaDate = (at: number) => new Date(at).toISOString().replace('Z', '+0000');

  it('sums activity instances started and ended, start inclusive and end exclusive', async () => {
    const startedAt = t.clock.now();
    await t.engine.start('wait-an-hour');
    // The start event passed; the timer waits.
    expect(await sum('activity-instance-start')).toBe(2);
    expect(await sum('activity-instance-end')).toBe(1);
    t.clock.advance('PT1H');
    await t.engine.runDueJobs();
    expect(await sum('activity-instance-start')).toBe(3);
    expect(await sum('activity-instance-end')).toBe(3);

    const hourLater = encodeURIComponent(camundaDate(startedAt + 3_600_000));
    const atStart = encodeURIComponent(camundaDate(startedAt));
    expect(await sum('activity-instance-end', `?startDate=${hourLater}`)).toBe(2);
    expect(await sum('activity-instance-end', `?endDate=${hourLater}`)).toBe(1);
    expect(await sum('activity-instance-start', `?startDate=${atStart}&endDate=${hourLater}`)).toBe(
      2,
    );
  });

  it('refuses the metrics it does not record, naming them', async () => {
    const answer = await t.call('analyst', 'GET', '/engine-rest/metrics/job-successful/sum');
    expect(answer.status).toBe(400);
    expect((await read(answer)).message).toContain('job-successful');
    expect(
      (await t.call('back', 'GET', '/engine-rest/metrics/activity-instance-end/sum')).status,
    ).toBe(403);
  });
});
