import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon, type IconName } from '../../ui/icon.tsx';
import { compliance, type DashboardData } from './dashboard-data.ts';

/** A share of promises kept below this shows in red: the company is not keeping its word. */
const KEPT_TARGET = 0.9;

function Kpi({
  label,
  value,
  detail,
  icon,
  tone,
}: {
  label: string;
  value: string;
  detail: string;
  icon: IconName;
  tone: 'neutral' | 'success' | 'warning' | 'danger';
}) {
  return (
    <div class={`kpi kpi--${tone}`}>
      <span class="kpi__label">
        <Icon name={icon} size={14} />
        {label}
      </span>
      <span class="kpi__value">{value}</span>
      <span class="kpi__detail">{detail}</span>
    </div>
  );
}

/** The four answers at the top: promises kept in the window, at risk now, broken now, open work. */
export function KpiCards({ data }: { data: DashboardData }) {
  const kept = compliance(data.sla.byLane);
  const running = data.sla.openByLane.reduce(
    (sum, lane) => ({ atRisk: sum.atRisk + lane.atRisk, breached: sum.breached + lane.breached }),
    { atRisk: 0, breached: 0 },
  );
  const open = data.openWork.byLane.reduce(
    (sum, lane) => ({ open: sum.open + lane.open, overdue: sum.overdue + lane.overdue }),
    { open: 0, overdue: 0 },
  );
  return (
    <section class="kpis" aria-label={t('dashboard.summary')}>
      <Kpi
        label={t('dashboard.kpi.kept')}
        value={kept.share === null ? '–' : formatPercent(kept.share)}
        detail={t('dashboard.kpi.keptDetail', { met: kept.met, breached: kept.breached })}
        icon="check"
        tone={kept.share === null || kept.share >= KEPT_TARGET ? 'success' : 'danger'}
      />
      <Kpi
        label={t('dashboard.kpi.atRisk')}
        value={formatNumber(running.atRisk)}
        detail={t('dashboard.kpi.atRiskDetail')}
        icon="alert"
        tone={running.atRisk > 0 ? 'warning' : 'neutral'}
      />
      <Kpi
        label={t('dashboard.kpi.breached')}
        value={formatNumber(running.breached)}
        detail={t('dashboard.kpi.breachedDetail')}
        icon="flame"
        tone={running.breached > 0 ? 'danger' : 'neutral'}
      />
      <Kpi
        label={t('dashboard.kpi.open')}
        value={formatNumber(open.open)}
        detail={t('dashboard.kpi.openDetail', { count: open.overdue })}
        icon="inbox"
        tone={open.overdue > 0 ? 'danger' : 'neutral'}
      />
    </section>
  );
}
