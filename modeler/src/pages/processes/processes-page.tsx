import { api, call, type Schemas } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { deployedByText } from './deployed-by.ts';
import { loadInstanceCounts, tally } from './instance-tally.ts';

type Definition = Schemas['ProcessDefinition'];

/** Every deployed process, its latest version first, with who deployed it and its open work. */
export default function ProcessesPage() {
  const catalogue = useResource(async () => {
    const [definitions, deployments, counts] = await Promise.all([
      call(api.GET('/api/process-definitions', { params: { query: { latest: 'false' } } })),
      call(api.GET('/api/deployments')),
      loadInstanceCounts(),
    ]);
    const deployedBy = new Map(deployments.map((d) => [d.id, d.deployedBy]));
    const byProcess = new Map<string, Definition[]>();
    for (const d of definitions)
      byProcess.set(d.processId, [...(byProcess.get(d.processId) ?? []), d]);
    return [...byProcess.values()]
      .map((versions) => versions.sort((a, b) => b.version - a.version))
      .map((versions) => ({
        latest: versions[0]!,
        versions,
        deployedBy,
        instances: tally(counts, (row) => row.processId === versions[0]!.processId),
      }))
      .sort((a, b) =>
        (a.latest.name ?? a.latest.processId).localeCompare(b.latest.name ?? b.latest.processId),
      );
  }, []);

  return (
    <div class="page">
      <PageHeader title={t('processes.title')} subtitle={t('processes.subtitle')}>
        <Link class="button button--primary" href="/modeler">
          <Icon name="plus" />
          {t('processes.new')}
        </Link>
      </PageHeader>
      {catalogue.status === 'loading' && <Loading />}
      {catalogue.status === 'failed' && (
        <Failed title={t('list.error.title')} error={catalogue.error} onRetry={catalogue.reload} />
      )}
      {catalogue.status === 'loaded' && catalogue.data.length === 0 && (
        <Empty icon="process" title={t('processes.empty.title')} body={t('processes.empty.body')}>
          <Link class="button" href="/modeler">
            {t('processes.new')}
          </Link>
        </Empty>
      )}
      {catalogue.status === 'loaded' && catalogue.data.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('processes.column.process')}</th>
              <th scope="col">{t('processes.column.version')}</th>
              <th scope="col">{t('processes.column.deployed')}</th>
              <th scope="col" class="numeric">
                {t('processes.column.running')}
              </th>
              <th scope="col" class="numeric">
                {t('processes.column.finished')}
              </th>
              <th scope="col">{t('processes.column.warnings')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.data.map(({ latest, versions, deployedBy, instances }) => (
              <tr key={latest.processId}>
                <td>
                  <Link
                    class="table__primary"
                    href={`/processes/${encodeURIComponent(latest.processId)}`}
                  >
                    {latest.name ?? latest.processId}
                  </Link>
                  <div class="mono muted">{latest.processId}</div>
                </td>
                <td>
                  <span class="badge badge--info">
                    {t('processes.version', { version: latest.version })}
                  </span>{' '}
                  <span class="muted">{t('processes.versions', { count: versions.length })}</span>
                </td>
                <td>
                  <RelativeTime at={latest.deployedAt} />
                  <div class="muted">{deployedByText(deployedBy.get(latest.deploymentId))}</div>
                </td>
                <td class="numeric">{formatNumber(instances.running)}</td>
                <td class="numeric">{formatNumber(instances.finished)}</td>
                <td>
                  {latest.warnings.length > 0 ? (
                    <span class="badge badge--warning">
                      <Icon name="alert" size={12} />
                      {t('processes.warnings', { count: latest.warnings.length })}
                    </span>
                  ) : (
                    <span class="badge badge--success">
                      <Icon name="check" size={12} />
                      {t('processes.noWarnings')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
