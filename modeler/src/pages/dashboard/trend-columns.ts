import type { AlignedData } from 'uplot';
import type { SlaMetrics } from './dashboard-data.ts';

export type TrendBucket = 'hour' | 'day';
/** The length of each kind of bucket, as the API counts them. */
export const BUCKET_MS: Record<TrendBucket, number> = { hour: 3_600_000, day: 86_400_000 };

/**
 * The chart's columns: every bucket from the window's start to now, the kept and broken counts
 * and the share kept in percent; a bucket without promises leaves a gap (no bar, no point).
 */
export function trendColumns(
  trend: NonNullable<SlaMetrics['trend']>,
  from: number,
  bucket: TrendBucket,
  now: number = Date.now(),
): AlignedData {
  const size = BUCKET_MS[bucket];
  const byStart = new Map(trend.map((row) => [Date.parse(row.from), row]));
  const x: number[] = [];
  const share: (number | null)[] = [];
  const kept: (number | null)[] = [];
  const broken: (number | null)[] = [];
  for (let start = from; start <= now; start += size) {
    const row = byStart.get(start);
    x.push(start / 1000);
    share.push(row?.compliance == null ? null : row.compliance * 100);
    kept.push(row?.met || null);
    broken.push(row?.breached || null);
  }
  return [x, kept, broken, share];
}
