import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { language, t, timeZone } from '../../i18n/i18n.ts';
import { BUCKET_MS, type TrendBucket } from './trend-columns.ts';

const HEIGHT = 220;

/** A colour of the design tokens, for the canvas (which cannot read CSS variables itself). */
const token = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A bucket's start as its axis and legend say it: "14:00" for an hour, "7 Dec" for a day. */
function bucketLabel(bucket: TrendBucket): (seconds: number) => string {
  const format = new Intl.DateTimeFormat(
    language.value,
    bucket === 'hour'
      ? { hour: 'numeric', minute: '2-digit', timeZone }
      : { day: 'numeric', month: 'short', timeZone },
  );
  return (seconds) => format.format(new Date(seconds * 1000));
}

/**
 * The share of promises kept per hour (today) or per day, with the kept and broken counts as
 * bars beneath: drawn with uPlot on a canvas, its words and dates from the app's catalogue.
 */
export function TrendChart({ data, bucket }: { data: uPlot.AlignedData; bucket: TrendBucket }) {
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot>();

  useEffect(() => {
    const element = holder.current!;
    const label = bucketLabel(bucket);
    const half = BUCKET_MS[bucket] / 2000;
    // The tokens are #rrggbb: two more digits make the bars' fill translucent.
    const success = token('--color-success');
    const danger = token('--color-danger');
    const accent = token('--color-accent');
    const axis = { stroke: token('--color-text-muted'), grid: { stroke: token('--color-border') } };
    const created = new uPlot(
      {
        width: element.clientWidth,
        height: HEIGHT,
        cursor: { drag: { x: false, y: false } },
        scales: {
          // Half a bucket of room at each end, so the first and last buckets' bars show whole.
          x: { range: (_, min, max) => [min - half, max + half] },
          pct: { range: [0, 100] },
          // Counts from zero, so a bar's height is its count.
          n: { range: (_, _min, max) => [0, Math.max(1, max)] },
        },
        series: [
          { label: t('dashboard.trend.when'), value: (_, v) => (v == null ? '–' : label(v)) },
          {
            label: t('dashboard.trend.kept'),
            scale: 'n',
            fill: `${success}99`,
            stroke: success,
            paths: uPlot.paths.bars!({ size: [0.35, 24], align: -1 }),
            points: { show: false },
            value: (_, v) => formatNumber(v ?? 0),
          },
          {
            label: t('dashboard.trend.broken'),
            scale: 'n',
            fill: `${danger}99`,
            stroke: danger,
            paths: uPlot.paths.bars!({ size: [0.35, 24], align: 1 }),
            points: { show: false },
            value: (_, v) => formatNumber(v ?? 0),
          },
          {
            label: t('dashboard.trend.share'),
            scale: 'pct',
            stroke: accent,
            width: 2,
            points: { show: true, size: 8, fill: accent },
            value: (_, v) => (v == null ? '–' : formatPercent(v / 100)),
          },
        ],
        axes: [
          {
            ...axis,
            // Ticks on bucket starts only, at most about eight of them.
            splits: (u) => {
              const starts = [...u.data[0]];
              const step = Math.ceil(starts.length / 8);
              return starts.filter((_, i) => i % step === 0);
            },
            values: (_, splits) => splits.map(label),
          },
          { ...axis, scale: 'pct', values: (_, splits) => splits.map((v) => `${v}%`) },
          {
            ...axis,
            scale: 'n',
            side: 1,
            grid: { show: false },
            values: (_, splits) => splits.map((v) => (Number.isInteger(v) ? formatNumber(v) : '')),
          },
        ],
      },
      data,
      element,
    );
    chart.current = created;
    const resize = new ResizeObserver(() =>
      created.setSize({ width: element.clientWidth, height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      created.destroy();
      chart.current = undefined;
    };
  }, [bucket, language.value]);

  useEffect(() => chart.current?.setData(data), [data]);

  return (
    <figure class="trend-chart">
      <div ref={holder} role="img" aria-label={t('dashboard.trend.label')} />
    </figure>
  );
}
