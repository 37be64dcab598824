import { useCallback, useMemo, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { navigate, queryParam } from '../../app/router.ts';
import type { PageProps } from '../../app/routes.ts';
import { t } from '../../i18n/i18n.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { type Diagram, elementNames, ReadOnlyDiagram } from '../../ui/read-only-diagram.tsx';
import { escapeHtml } from '../../ui/escape-html.ts';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import {
  type DashboardWindow,
  dashboardWindows,
  isDashboardWindow,
  windowStart,
} from '../dashboard/dashboard-window.ts';
import { drawHeat } from './heat-layer.ts';
import { HeatLegend } from './heat-legend.tsx';
import {
  type HeatMeasure,
  heatMeasures,
  isHeatMeasure,
  measures,
  valuesOf,
} from './heat-measures.ts';
import { HeatTable } from './heat-table.tsx';
import './heatmap.css';

/**
 * A process version's heat map (`/processes/:processId/heatmap?version=&window=&measure=`):
 * each element glows by how much work is under way there, how often it completed, how long it
 * took or how many promises broke there in the window, with its figure on it and a legend; a
 * table below lists the same figures.
 */
export default function HeatmapPage({ params }: PageProps) {
  const processId = params.processId!;
  const chosenWindow = queryParam('window');
  const window: DashboardWindow = isDashboardWindow(chosenWindow) ? chosenWindow : '7d';
  const chosenMeasure = queryParam('measure');
  const measure: HeatMeasure = isHeatMeasure(chosenMeasure) ? chosenMeasure : 'completed';
  const chosenVersion = queryParam('version');

  const versions = useResource(
    async () =>
      (
        await call(
          api.GET('/api/process-definitions', {
            params: { query: { latest: 'false', processId } },
          }),
        )
      ).sort((a, b) => b.version - a.version),
    [processId],
  );
  const definition =
    versions.status === 'loaded'
      ? (versions.data.find((v) => v.id === chosenVersion) ?? versions.data[0])
      : undefined;
  const figures = useResource(
    async () =>
      definition
        ? (
            await call(
              api.GET('/api/metrics/process-definitions/{id}/elements', {
                params: {
                  path: { id: definition.id },
                  query: { from: windowStart(window).toISOString() },
                },
              }),
            )
          ).elements
        : [],
    [definition?.id, window],
  );
  const elements = figures.status === 'loaded' ? figures.data : undefined;
  const values = useMemo(() => valuesOf(elements ?? [], measure), [elements, measure]);
  const max = Math.max(0, ...values.values());

  const [names, setNames] = useState(new Map<string, string>());
  const decorate = useCallback(
    (diagram: Diagram) => {
      setNames(elementNames(diagram));
      const removeHeat = drawHeat(diagram, values, max);
      const { format, label } = measures[measure];
      for (const [id, value] of values)
        if (diagram.registry.get(id))
          diagram.overlays.add(id, 'heat', {
            position: { top: -12, right: 12 },
            html: `<span class="heat-figure" title="${escapeHtml(t(label))}">${escapeHtml(format(value))}</span>`,
          });
      return () => {
        removeHeat();
        diagram.overlays.remove({ type: 'heat' });
      };
    },
    [values, max, measure],
  );

  const go = (change: Record<string, string>) => {
    const query = new URLSearchParams({
      ...(definition ? { version: definition.id } : {}),
      window,
      measure,
      ...change,
    });
    navigate(`/processes/${encodeURIComponent(processId)}/heatmap?${query}`, { replace: true });
  };

  if (versions.status === 'loading') return <Loading />;
  if (versions.status === 'failed' || !definition)
    return (
      <div class="page">
        <Failed
          title={t('process.notFound')}
          error={versions.status === 'failed' ? versions.error : undefined}
          onRetry={versions.reload}
        />
      </div>
    );

  return (
    <div class="page page--wide heatmap">
      <PageHeader
        back={{
          href: `/processes/${encodeURIComponent(definition.processId)}`,
          label: definition.name ?? definition.processId,
        }}
        title={t('heatmap.title', { process: definition.name ?? definition.processId })}
        subtitle={t('heatmap.subtitle')}
      >
        <label class="heatmap__version">
          <span class="visually-hidden">{t('process.versions')}</span>
          <select
            class="select"
            value={definition.id}
            onChange={(e) => go({ version: (e.target as HTMLSelectElement).value })}
          >
            {versions.data.map((v) => (
              <option key={v.id} value={v.id}>
                {t('processes.version', { version: v.version })}
              </option>
            ))}
          </select>
        </label>
        <Segmented
          legend={t('dashboard.window')}
          options={dashboardWindows.map((w) => [w, t(`dashboard.window.${w}`)])}
          value={window}
          onChoose={(w) => go({ window: w })}
        />
      </PageHeader>
      <Segmented
        legend={t('heatmap.measure')}
        options={heatMeasures.map((m) => [m, t(measures[m].label)])}
        value={measure}
        onChoose={(m) => go({ measure: m })}
      />
      {figures.status === 'failed' && (
        <Failed title={t('heatmap.failed')} error={figures.error} onRetry={figures.reload} />
      )}
      <ReadOnlyDiagram
        definitionId={definition.id}
        decorate={elements ? decorate : undefined}
        label={t('heatmap.diagram')}
      >
        <HeatLegend measure={measure} max={max} />
      </ReadOnlyDiagram>
      {elements && <HeatTable elements={elements} measure={measure} names={names} />}
    </div>
  );
}
