import { useCallback, useMemo } from 'preact/hooks';
import { navigate, queryParam } from '../../app/router.ts';
import { formatTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { AttentionList } from './attention-list.tsx';
import { LaneTable, ProcessTable, TouchpointTable } from './compliance-tables.tsx';
import { loadDashboard } from './dashboard-data.ts';
import { EscalationList } from './escalation-list.tsx';
import { type DashboardWindow, dashboardWindows, isDashboardWindow } from './dashboard-window.ts';
import { KpiCards } from './kpi-cards.tsx';
import { OpenWorkAges } from './open-work-ages.tsx';
import { TrendChart } from './trend-chart.tsx';
import { trendColumns } from './trend-columns.ts';
import { useLiveRefresh } from './use-live-refresh.ts';
import './dashboard.css';

/**
 * "Are we keeping our promises?" (`/dashboard?window=today|7d|30d`), for supervisors (their
 * lanes) and analysts (everything): promises kept and broken in the window per lane, touchpoint
 * and process, what is at risk or broken now, and the open work; it follows the server's
 * changes live.
 */
export default function DashboardPage() {
  const chosen = queryParam('window');
  const window: DashboardWindow = isDashboardWindow(chosen) ? chosen : 'today';
  const data = useResource(() => loadDashboard(window), [window]);
  const reload = useCallback(() => data.reload(), [data.reload]);
  const loaded = data.status === 'loaded' ? data.data : undefined;
  const trend = useMemo(
    () => loaded && trendColumns(loaded.sla.trend ?? [], loaded.from, loaded.bucket, loaded.readAt),
    [loaded],
  );
  useLiveRefresh(reload);

  return (
    <div class="page dashboard">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          data.status === 'loaded'
            ? t('dashboard.updated', { time: formatTime(data.data.readAt) })
            : t('dashboard.subtitle')
        }
      >
        <Segmented
          legend={t('dashboard.window')}
          options={dashboardWindows.map((w) => [w, t(`dashboard.window.${w}`)])}
          value={window}
          onChoose={(w) => navigate(`/dashboard?window=${w}`, { replace: true })}
        />
      </PageHeader>
      {data.status === 'loading' && <Loading />}
      {data.status === 'failed' && (
        <Failed title={t('dashboard.failed')} error={data.error} onRetry={data.reload} />
      )}
      {data.status === 'loaded' && (
        <>
          <KpiCards data={data.data} />
          <div class="dashboard-grid">
            <section class="panel dashboard-panel" aria-labelledby="trend-title">
              <h2 id="trend-title" class="panel__title">
                {t(`dashboard.trend.${data.data.bucket}`)}
              </h2>
              <TrendChart data={trend!} bucket={data.data.bucket} />
            </section>
            <AttentionList tasks={data.data.attention} readAt={data.data.readAt} onMoved={reload} />
          </div>
          <section class="dashboard-section" aria-labelledby="lanes-title">
            <h2 id="lanes-title" class="section-title">
              {t('dashboard.lanes')}
            </h2>
            <LaneTable data={data.data} />
          </section>
          <section class="dashboard-section" aria-labelledby="escalations-title">
            <h2 id="escalations-title" class="section-title">
              {t('dashboard.escalations', { count: data.data.escalations.length })}
            </h2>
            <EscalationList escalations={data.data.escalations} />
          </section>
          <section class="dashboard-section" aria-labelledby="ages-title">
            <h2 id="ages-title" class="section-title">
              {t('dashboard.ages')}
            </h2>
            <OpenWorkAges data={data.data} />
          </section>
          <section class="dashboard-section" aria-labelledby="touchpoints-title">
            <h2 id="touchpoints-title" class="section-title">
              {t('dashboard.touchpoints')}
            </h2>
            <TouchpointTable data={data.data} />
          </section>
          {data.data.sla.byProcess.length > 0 && (
            <section class="dashboard-section" aria-labelledby="processes-title">
              <h2 id="processes-title" class="section-title">
                {t('dashboard.processes')}
              </h2>
              <ProcessTable data={data.data} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
