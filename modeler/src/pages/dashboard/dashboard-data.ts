import { api, call, type Schemas } from '../../api/client.ts';
import { type DashboardWindow, windowStart } from './dashboard-window.ts';
import type { TrendBucket } from './trend-columns.ts';

export type SlaMetrics = Schemas['SlaMetrics'];
export type OpenWork = Schemas['OpenWork'];
export type Task = Schemas['Task'];
export type Escalation = Schemas['Escalations']['items'][number];

/** Everything the dashboard shows, read in one go so its figures belong together. */
export interface DashboardData {
  sla: SlaMetrics;
  openWork: OpenWork;
  /** Running work whose promise is at risk or broken, most urgent first. */
  attention: Task[];
  /** Work moved on after its promise broke, newest first. */
  escalations: Escalation[];
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
  const openTasks = (query: object) =>
    call(
      api.GET('/api/tasks', {
        params: { query: { state: 'open', limit: ATTENTION_ROWS, ...query } },
      }),
    );
  const since = new Date(from).toISOString();
  const [sla, openWork, slipping, brokenPromises, escalated] = await Promise.all([
    call(api.GET('/api/metrics/sla', { params: { query: { from: since, bucket } } })),
    call(api.GET('/api/metrics/open-work')),
    openTasks({ slaState: 'at-risk,breached', sort: 'due' }),
    // Work that carries its request's broken promise, whatever its own SLA (an escalation's).
    openTasks({ promiseDueBefore: new Date().toISOString(), sort: 'promise' }),
    call(api.GET('/api/metrics/escalations', { params: { query: { from: since } } })),
  ]);
  const attention = mostUrgent([...slipping.items, ...brokenPromises.items]);
  const escalations = escalated.items;
  return { sla, openWork, attention, escalations, from, bucket, readAt: Date.now() };
}

/** When a task's work falls due: its request's promise or its own SLA, whichever is sooner. */
export function urgentAt(task: Task): number {
  const times = [task.promiseDueAt, task.sla?.targetAt].filter((at): at is string => !!at);
  return Math.min(...times.map((at) => Date.parse(at)));
}

/** Tasks once each, the soonest due (or longest overdue) first, at most `ATTENTION_ROWS`. */
export function mostUrgent(tasks: Task[]): Task[] {
  const unique = [...new Map(tasks.map((task) => [task.id, task])).values()];
  return unique.sort((a, b) => urgentAt(a) - urgentAt(b)).slice(0, ATTENTION_ROWS);
}

/** Kept and broken promises summed over rows, with the share kept (null when none decided). */
export function compliance(rows: { met: number; breached: number }[]) {
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  const breached = rows.reduce((sum, row) => sum + row.breached, 0);
  return { met, breached, share: met + breached === 0 ? null : met / (met + breached) };
}
