import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import type { PageProps } from '../../app/routes.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { ProblemText } from '../../ui/problem-text.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { deployedByText } from '../processes/deployed-by.ts';
import { loadInstanceCounts, tally } from '../processes/instance-tally.ts';
import { DiagramView } from './diagram-view.tsx';

/** One process: its versions, a read-only diagram of the chosen one with counts per element. */
export default function ProcessPage({ params }: PageProps) {
  const processId = params.processId!;
  const versions = useResource(async () => {
    const [definitions, deployments, counts] = await Promise.all([
      call(
        api.GET('/api/process-definitions', { params: { query: { latest: 'false', processId } } }),
      ),
      call(api.GET('/api/deployments')),
      loadInstanceCounts(),
    ]);
    const deployedBy = new Map(deployments.map((d) => [d.id, d.deployedBy]));
    return definitions
      .sort((a, b) => b.version - a.version)
      .map((d) => ({
        ...d,
        deployedBy: deployedBy.get(d.deploymentId) ?? null,
        instances: tally(counts, (row) => row.definitionId === d.id),
      }));
  }, [processId]);
  const [chosen, setChosen] = useState<string>();

  if (versions.status === 'loading') return <Loading />;
  if (versions.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('list.error.title')} error={versions.error} onRetry={versions.reload} />
      </div>
    );
  const definition = versions.data.find((v) => v.id === chosen) ?? versions.data[0];
  if (!definition)
    return (
      <div class="page">
        <Failed title={t('process.notFound')} error={undefined} />
      </div>
    );

  return (
    <div class="page page--wide">
      <PageHeader
        back={{ href: '/processes', label: t('nav.processes') }}
        title={definition.name ?? definition.processId}
        subtitle={<span class="mono">{definition.processId}</span>}
      >
        <Link
          class="button"
          href={`/processes/${encodeURIComponent(definition.processId)}/heatmap?version=${encodeURIComponent(definition.id)}`}
        >
          <Icon name="flame" />
          {t('heatmap.open')}
        </Link>
        <Link class="button" href={`/modeler?definition=${encodeURIComponent(definition.id)}`}>
          <Icon name="file" />
          {t('process.openInModeler')}
        </Link>
      </PageHeader>
      <div class="process-layout">
        <aside class="panel process-versions" aria-label={t('process.versions')}>
          <h2 class="panel__title">{t('process.versions')}</h2>
          <ul class="version-list">
            {versions.data.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  class={v.id === definition.id ? 'version-item is-active' : 'version-item'}
                  aria-pressed={v.id === definition.id}
                  onClick={() => setChosen(v.id)}
                >
                  <span class="version-item__title">
                    {t('processes.version', { version: v.version })}
                  </span>
                  <span class="version-item__meta">
                    {formatDateTime(v.deployedAt)}
                    {' · '}
                    {deployedByText(v.deployedBy)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <dl class="facts">
            <dt>{t('processes.column.running')}</dt>
            <dd>{formatNumber(definition.instances.running)}</dd>
            <dt>{t('processes.column.finished')}</dt>
            <dd>{formatNumber(definition.instances.finished)}</dd>
          </dl>
          <h2 class="panel__title">{t('process.warnings')}</h2>
          {definition.warnings.length === 0 ? (
            <p class="muted">{t('process.noWarnings')}</p>
          ) : (
            <ul class="problem-list">
              {definition.warnings.map((w) => (
                <li key={`${w.code}-${w.elementId}`} class="problem problem--warning">
                  <Icon name="alert" size={14} />
                  <span title={w.message}>
                    <ProblemText problem={w} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </aside>
        <DiagramView definitionId={definition.id} />
      </div>
    </div>
  );
}
