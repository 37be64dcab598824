import { describe, expect, it } from 'vitest';
import { isIsoDateTime, isIsoDuration, isTimeCycle, timerSyntaxError } from './timer-syntax.ts';

describe('timer syntax', () => {
  it.each(['PT5M', 'P1D', 'P1DT2H', 'PT0.05S', 'PT0S', 'P2W', 'P1Y2M3DT4H5M6S'])(
    'accepts the duration %s',
    (text) => {
      expect(isIsoDuration(text)).toBe(true);
    },
  );

  it.each(['', 'P', 'PT', '5M', 'PT5X', 'P1H', 'PT1H2D', 'pt5m'])(
    'refuses the duration %j',
    (text) => {
      expect(isIsoDuration(text)).toBe(false);
    },
  );

  it.each([
    '2036-11-14T11:12:22',
    '2030-01-31T09:00:00Z',
    '2030-01-31T09:00+02:00',
    '2030-01-31',
    '2030-01-31T09:00:00.250Z',
  ])('accepts the date-time %s', (text) => expect(isIsoDateTime(text)).toBe(true));

  it.each(['2030-13-01', '2030-01-32T00:00', '2030-01-31T25:00', 'tomorrow', '31.01.2030'])(
    'refuses the date-time %s',
    (text) => {
      expect(isIsoDateTime(text)).toBe(false);
    },
  );

  it.each([
    'R3/PT10H',
    'R/PT1H',
    'R2/PT5M',
    'R1/P5D',
    'R/2030-01-01T00:00:00Z/P1D',
    'R2/PT1M/2030-01-01T00:00Z',
    '0 0/5 * * * ?',
    '*/5 * * * *',
    '0 15 10 ? * MON-FRI 2030',
  ])('accepts the cycle %s', (text) => expect(isTimeCycle(text)).toBe(true));

  it.each(['PT5M', 'R3', 'R3/', 'R3/PT5X', 'R/a/b/c', '* * *', '1 2 3 4 5 6 7 8'])(
    'refuses the cycle %s',
    (text) => {
      expect(isTimeCycle(text)).toBe(false);
    },
  );

  it('explains what it expected', () => {
    expect(timerSyntaxError('timeDuration', ' PT5M ')).toBeUndefined();
    expect(timerSyntaxError('timeDuration', 'PT5X')).toMatch(/not an ISO 8601 duration/);
    expect(timerSyntaxError('timeCycle', 'every day')).toMatch(/repeating interval/);
  });
});
