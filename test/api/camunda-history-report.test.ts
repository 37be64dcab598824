import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Camunda's duration report of historic process instances, computed in the store. */
describe('/engine-rest/history/process-instance/report', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/wait-an-hour.bpmn');
  });
  afterEach(() => t.close());

  const report = (query: string) =>
    t.json('analyst', 'GET', `/engine-rest/history/process-instance/report?${query}`);

  it('reports the durations of ended instances by the month or quarter they started in', async () => {
    const first = await t.engine.start('wait-an-hour');
    t.clock.advance('PT30M');
    await t.engine.start('wait-an-hour');
    t.clock.advance('PT30M');
    await t.engine.runDueJobs(); // the first ends after an hour
    t.clock.advance('PT30M');
    await t.engine.runDueJobs(); // the second too
    await t.engine.start('wait-an-hour'); // still running: not reported
    expect((await t.engine.getInstance(first.id)).status).toBe('completed');

    const hour = 3_600_000;
    expect(await report('reportType=duration&periodUnit=month')).toEqual([
      { period: 1, periodUnit: 'MONTH', minimum: hour, maximum: hour, average: hour },
    ]);
    expect(
      await report('reportType=duration&periodUnit=quarter&processDefinitionKeyIn=wait-an-hour'),
    ).toEqual([{ period: 1, periodUnit: 'QUARTER', minimum: hour, maximum: hour, average: hour }]);
    // Bounds are inclusive, as Camunda's: the second instance started at 09:30.
    const nineThirty = encodeURIComponent('2026-01-05T09:30:00.000+0000');
    expect(
      await report(`reportType=duration&periodUnit=month&startedBefore=${nineThirty}`),
    ).toHaveLength(1);
    expect(
      await report(
        `reportType=duration&periodUnit=month&processDefinitionIdIn=${first.definitionId}&startedAfter=${encodeURIComponent('2026-01-05T09:30:00.001+0000')}`,
      ),
    ).toEqual([]);
  });

  it('refuses an unknown report type or period unit with a 400, and staff with a 403', async () => {
    const type = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/process-instance/report?reportType=count&periodUnit=month',
    );
    expect(type.status).toBe(400);
    expect((await read(type)).message).toBe('Unknown report type count');
    const unit = await t.call(
      'analyst',
      'GET',
      '/engine-rest/history/process-instance/report?reportType=duration&periodUnit=week',
    );
    expect(unit.status).toBe(400);
    expect((await read(unit)).message).toContain('periodUnit');
    expect(
      (
        await t.call(
          'back',
          'GET',
          '/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month',
        )
      ).status,
    ).toBe(403);
  });
});
