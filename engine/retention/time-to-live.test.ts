import { describe, expect, it } from 'vitest';
import { bpmn, loadError } from '../model/fixture.ts';
import { loadDefinitions } from '../model/load.ts';
import { parseTimeToLive } from './time-to-live.ts';

describe('history time to live', () => {
  it('reads whole days written as Camunda 7 accepts them: a number or P<n>D', () => {
    expect(parseTimeToLive('30')).toEqual({ days: 30 });
    expect(parseTimeToLive('P30D')).toEqual({ days: 30 });
    expect(parseTimeToLive(' 0 ')).toEqual({ days: 0 });
    expect(parseTimeToLive('P0D')).toEqual({ days: 0 });
  });

  it('refuses anything else, saying what is wrong', () => {
    for (const text of ['PT12H', 'P1M', 'P1W', '1.5', 'thirty', 'P-1D', ''])
      expect(parseTimeToLive(text), text).toEqual({ error: 'write whole days, as 30 or P30D' });
    expect(parseTimeToLive('-1')).toEqual({ error: 'it may not be negative' });
    expect(parseTimeToLive('2147483648')).toEqual({
      error: 'it may not be more than 2147483647 days',
    });
  });

  it('is read from camunda:historyTimeToLive at deployment; a bad one refuses it on the process, with its line', async () => {
    const start = '<startEvent id="s"/>';
    const [graph] = (
      await loadDefinitions(
        bpmn(start, 'id="p" isExecutable="true" camunda:historyTimeToLive="P180D"'),
      )
    ).graphs;
    expect(graph?.historyTimeToLive).toBe(180);
    expect((await loadDefinitions(bpmn(start))).graphs[0]?.historyTimeToLive).toBeUndefined();

    const refused = await loadError(
      bpmn(start, 'id="p" isExecutable="true" camunda:historyTimeToLive="six months"'),
    );
    expect(refused.details.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-history-time-to-live',
        elementId: 'p',
        line: 3,
        message:
          "The history time to live of process 'p' is 'six months': write whole days, as 30 or P30D",
      }),
    ]);
  });
});
