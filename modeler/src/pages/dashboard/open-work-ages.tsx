import { formatDuration, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import type { DashboardData } from './dashboard-data.ts';

/** "Under 1 hr", "1 hr to 4 hr", …, "Over 1 day": the age steps the server counts by. */
function stepLabels(stepsMinutes: number[]): string[] {
  const length = (minutes: number) => formatDuration(minutes * 60_000);
  return [
    t('dashboard.age.under', { limit: length(stepsMinutes[0]!) }),
    ...stepsMinutes
      .slice(1)
      .map((to, i) =>
        t('dashboard.age.between', { from: length(stepsMinutes[i]!), to: length(to) }),
      ),
    t('dashboard.age.over', { limit: length(stepsMinutes.at(-1)!) }),
  ];
}

/**
 * Each lane's open tasks by how long ago they came in, as counts and as one bar per lane
 * (older work in warmer colours), so old work waiting in a lane stands out.
 */
export function OpenWorkAges({ data }: { data: DashboardData }) {
  const { byLane, ageStepsMinutes } = data.openWork;
  if (byLane.length === 0) return <p class="muted">{t('dashboard.age.none')}</p>;
  const labels = stepLabels(ageStepsMinutes);
  const most = Math.max(...byLane.map((lane) => lane.open));
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.column.lane')}</th>
          {labels.map((label) => (
            <th key={label} scope="col" class="numeric">
              {label}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">{t('dashboard.age.bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {byLane.map((lane) => (
          <tr key={lane.lane ?? ''}>
            <th scope="row" class="table__primary">
              {lane.lane ?? t('dashboard.noLane')}
            </th>
            {lane.byAge.map((count, i) => (
              <td key={labels[i]} class="numeric">
                {formatNumber(count)}
              </td>
            ))}
            <td class="age-bar-cell">
              <span class="age-bar" aria-hidden="true">
                {lane.byAge.map((count, i) => (
                  <span
                    key={labels[i]}
                    class={`age-bar__step age-bar__step--${i + 1}`}
                    style={{ width: `${(count / most) * 100}%` }}
                  />
                ))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
