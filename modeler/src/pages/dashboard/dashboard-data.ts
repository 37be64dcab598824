import { api, call, type Schemas } from '../../api/client.ts';
import { type DashboardWindow, windowStart } from './dashboard-window.ts';
import type { TrendBucket } from './trend-columns.ts';

export type SlaMetrics = Schemas['SlaMetrics'];
export type OpenWork = Schemas['OpenWork'];
export type Task = Schemas['Task'];

/** Everything the dashboard shows, read in one go so its figures belong together. */
export interface DashboardData {
  sla: SlaMetrics;
  openWork: OpenWork;
  /** Running work whose promise is at risk or broken, most urgent first. */
  attention: Task[];
  /** When the window starts, and the length of its trend's buckets. */
  from: number;
  bucket: TrendBucket;
  readAt: number;
}

/** How many urgent tasks the dashboard lists; the task list has the rest. */
export const ATTENTION_ROWS = 8;

/** Reads the dashboard's figures for a window, as the caller may see them. */
export async function loadDashboard(window: DashboardWindow): Promise<DashboardData> {
  const from = windowStart(window).getTime();
  // Today by the hour; a week or a month by the day, each from a midnight.
  const bucket: TrendBucket = window === 'today' ? 'hour' : 'day';
  const [sla, openWork, attention] = await Promise.all([
    call(
      api.GET('/api/metrics/sla', {
        params: { query: { from: new Date(from).toISOString(), bucket } },
      }),
    ),
    call(api.GET('/api/metrics/open-work')),
    call(
      api.GET('/api/tasks', {
        params: {
          query: {
            state: 'open',
            slaState: 'at-risk,breached',
            sort: 'due',
            limit: ATTENTION_ROWS,
          },
        },
      }),
    ),
  ]);
  return { sla, openWork, attention: attention.items, from, bucket, readAt: Date.now() };
}

/** Kept and broken promises summed over rows, with the share kept (null when none decided). */
export function compliance(rows: { met: number; breached: number }[]) {
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  const breached = rows.reduce((sum, row) => sum + row.breached, 0);
  return { met, breached, share: met + breached === 0 ? null : met / (met + breached) };
}
