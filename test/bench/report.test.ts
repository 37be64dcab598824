import { describe, expect, it } from 'vitest';
import { ratioOf, type Row } from '../../bench/support/report.ts';

const row = (fields: Partial<Row>): Row => ({
  name: 'r',
  label: 'r',
  promesa: 100,
  bpmnEngine: null,
  unit: 'x/s',
  better: 'higher',
  ...fields,
});

describe('ratioOf', () => {
  it('is Promesa over the peer for throughput and the peer over Promesa for latency', () => {
    expect(ratioOf(row({ bpmnEngine: 25 }))).toBe(4);
    expect(ratioOf(row({ bpmnEngine: 25, better: 'lower' }))).toBe(0.25);
    expect(ratioOf(row({}))).toBeNull();
  });

  it('is Promesa over the limit, or the median of the per-run ratios when the row carries them', () => {
    expect(ratioOf(row({ limit: 400 }))).toBe(0.25);
    // Medians 100 and 400 may come from different runs; the per-run ratios' median is 0.3.
    expect(ratioOf(row({ limit: 400, ratio: 0.3 }))).toBe(0.3);
  });
});
