/** The windows a dashboard looks back over, each starting at a local midnight. */
export const dashboardWindows = ['today', '7d', '30d'] as const;
export type DashboardWindow = (typeof dashboardWindows)[number];

const DAYS: Record<DashboardWindow, number> = { today: 1, '7d': 7, '30d': 30 };

/** True when `value` names a window. */
export function isDashboardWindow(value: unknown): value is DashboardWindow {
  return typeof value === 'string' && (dashboardWindows as readonly string[]).includes(value);
}

/**
 * When a window starts in the user's time zone: today's midnight, or the midnight 6 or 29 days
 * before it, so "7 days" is this week's seven calendar days including today.
 */
export function windowStart(window: DashboardWindow, now: Date = new Date()): Date {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (DAYS[window] - 1));
  return start;
}
