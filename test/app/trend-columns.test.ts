import { describe, expect, it } from 'vitest';
import { trendColumns } from '../../modeler/src/pages/dashboard/trend-columns.ts';

const HOUR = 3_600_000;
const from = Date.parse('2026-03-02T00:00:00Z');
const row = (hour: number, met: number, breached: number) => ({
  from: new Date(from + hour * HOUR).toISOString(),
  met,
  breached,
  onTime: 0,
  atRisk: 0,
  cancelled: 0,
  compliance: met + breached === 0 ? null : met / (met + breached),
});

describe("the dashboard trend's columns", () => {
  it('hold every bucket up to now, leaving a gap where no promise was kept or broken', () => {
    const [x, kept, broken, share] = trendColumns(
      [row(0, 3, 1), row(2, 0, 0), row(3, 0, 2)],
      from,
      'hour',
      from + 3 * HOUR + 5,
    );
    expect(x).toEqual([0, 1, 2, 3].map((h) => (from + h * HOUR) / 1000));
    expect(share).toEqual([75, null, null, 0]);
    expect(kept).toEqual([3, null, null, null]);
    expect(broken).toEqual([1, null, null, 2]);
  });
});
