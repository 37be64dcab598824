import { describe, expect, it } from 'vitest';
import { mostUrgent, type Task } from '../../modeler/src/pages/dashboard/dashboard-data.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();
const task = (id: string, own: number | null, promise: number | null) =>
  ({
    id,
    sla: own === null ? null : { id: `sla-${id}`, state: 'at-risk', targetAt: at(own) },
    promiseDueAt: promise === null ? null : at(promise),
  }) as unknown as Task;

describe("the dashboard's most urgent work", () => {
  it('lists each task once, by the sooner of its own due time and its request promise', () => {
    const escalated = task('escalated', 50, 3);
    const slipping = task('slipping', 10, null);
    const both = task('both', 20, 15);
    expect(mostUrgent([slipping, both, escalated, both]).map((t) => t.id)).toEqual([
      'escalated',
      'slipping',
      'both',
    ]);
  });

  it('keeps at most eight', () => {
    const many = Array.from({ length: 12 }, (_, i) => task(`t${i}`, 59 - i, null));
    expect(mostUrgent(many).map((t) => t.id)).toEqual([
      't11',
      't10',
      't9',
      't8',
      't7',
      't6',
      't5',
      't4',
    ]);
  });
});
